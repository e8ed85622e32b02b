using Microsoft.Extensions.Options;
using PainCoach.Conversation;
using PainCoach.RedFlags;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;
using PainCoach.Tests.Conversation;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Every red flag the screen catches reaches the SMS reply, whatever keyword the message starts with ("done. heel still
/// sore after a month", "pain in my heel for 4 weeks"): each read part's red-flag sentences texted by a subscriber of
/// the sign's program, through <see cref="ConversationRules"/> with the real screen. Counts and failing sentences.
/// </summary>
public sealed partial class RedFlagCorpusTests
{
    private static readonly DateTimeOffset SmsNow = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(PartsWithSigns))]
    public void Every_red_flag_the_screen_catches_reaches_the_sms_reply(string part)
    {
        var reminders = new ReminderOptions();
        var subscribers = new SubscriberOptions();
        var texts = ConversationRulesTests.Texts(reminders, subscribers);
        var rules = new ConversationRules(texts, ScreenFor(part), new FakeShortAnswers(), new ReminderPlanner(reminders), Options.Create(subscribers), Options.Create(reminders));
        var from = PhoneNumberReader.TryRead("+12125550123", "US")!;
        const string Key = "0000000000000000000000000000000000000000000000000000000000000001";

        // One subscriber per program, joined by SMS as people do; each red flag is then texted by its sign's program.
        var subscriberOf = Programs.ToDictionary(program => program, program =>
            rules.Decide(null, Key, new InboundSms("SM" + new string('6', 32), from, "JOIN " + program, null), SmsCommandParser.Parse("JOIN " + program, null), SmsNow).Updated);

        var lost = new List<string>();
        var caught = 0;
        foreach (var r in RedFlags(part))
        {
            var program = ProgramOf(r.Sign);
            var alert = ScreenFor(part).Screen(SmsCommandParser.Clean(r.Text), program);
            if (!(alert?.Level >= Level(r.Tier)))
            {
                continue;
            }

            caught++;
            var command = SmsCommandParser.Parse(r.Text, null);
            var reply = rules.Decide(subscriberOf[program], Key, new InboundSms("SM" + new string('7', 32), from, r.Text, null), command, SmsNow).Reply;
            // A high pain score brings its own advice to book a visit (PAIN 9), in place of the see-a-clinician line. A
            // text written mostly in Spanish gets the same advice in Spanish (docs/sms.md, "Language").
            var advised = reply.Contains(texts.Prefixed(alert!.Message), StringComparison.Ordinal)
                || reply.Contains(texts.Prefixed(SmsTexts.AlertAdvice(alert, SmsLanguage.Spanish)), StringComparison.Ordinal)
                || (alert.Level == AlertLevel.SeeClinician && reply.Contains(SmsTexts.SeeClinicianAdvice, StringComparison.Ordinal));
            if (!advised)
            {
                var kind = command.GetType().Name;
                lost.Add(FreshParts.Contains(part) ? $"{r.Sign} ({kind})" : $"{r.Tier}/{r.Sign} ({kind}): {r.Text}");
            }
        }

        output.WriteLine($"{part}: {caught} red flags caught by the screen, {lost.Count} of them without the advice in the SMS reply");
        Assert.True(lost.Count == 0, $"{part}:\n{string.Join("\n", lost)}");
    }
}
