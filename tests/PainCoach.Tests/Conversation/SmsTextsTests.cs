using Microsoft.Extensions.Options;
using PainCoach.Conversation;
using PainCoach.RedFlags;
using PainCoach.Reminders;
using PainCoach.Signup;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Conversation;

public sealed class SmsTextsTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    private static SignupTexts SignupTexts(ReminderOptions? reminders = null, PainCoachOptions? coach = null) =>
        new(Options.Create(coach ?? new PainCoachOptions()), Options.Create(reminders ?? new ReminderOptions()));

    /// <summary>Every text, named: the same text for two programs is still two cases (xUnit skips repeated ids).</summary>
    public static TheoryData<string, string> AllTexts()
    {
        var texts = ConversationRulesTests.Texts();
        var planner = new ReminderPlanner(new ReminderOptions());
        var data = new TheoryData<string, string>();
        foreach (var program in Enum.GetValues<BodyArea>())
        {
            var s = SubscriberRules.New(new string('a', 64), PhoneNumberReader.TryRead("+12125550123", "US")!, program, "America/Argentina/ComodRivadavia", true,
                SubscriberStatus.Active, new ConsentEvent(Now, "sms-join", ""), Now) with { PausedUntil = Now.AddDays(90), Status = SubscriberStatus.Paused };
            s = s with { IceTimes = [new(8, 30), new(11, 30), new(13, 30), new(20, 30)], StretchTimes = [new(9, 45), new(12, 45)] };
            data.Add($"Confirmation {program}", texts.Confirmation(s));
            data.Add($"AskForYes {program}", SignupTexts().AskForYes(program));
            data.Add($"Help {program}", texts.Help(s));
            data.Add($"Status {program}", texts.Status(s, planner.NextSetReminder(s, Now), Now));
            data.Add($"AlreadyActive {program}", texts.AlreadyActive(s));
            data.Add($"Paused {program}", texts.Paused(Now.AddDays(90), s));
            data.Add($"TimesSet {program}", texts.TimesSet(ReminderKind.Ice, s.IceTimes, s));
            data.Add($"TimeZoneSet {program}", texts.TimeZoneSet(s));
        }

        data.Add("Help stranger", texts.Help(null));
        data.Add("Stopped", texts.Stopped);
        data.Add("Stopped Spanish", texts.StoppedIn(SmsLanguage.Spanish));
        data.Add("Help Spanish", texts.HelpIn(null, SmsLanguage.Spanish));
        data.Add("Emergency alert with Spanish stop", texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.EmergencyMessage) + " " + texts.StoppedIn(SmsLanguage.Spanish));
        data.Add("Emergency alert with stop", texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.EmergencyMessage) + " " + texts.Stopped);
        data.Add("NotSubscribed", texts.NotSubscribed);
        data.Add("OutsideWindow", texts.OutsideWindow([new(6, 30), new(7, 30), new(21, 30), new(22, 30)]));
        data.Add("OverCap", texts.OverCap(8));
        data.Add("PainLogged see clinician", texts.PainLogged(10, 2) + SmsTexts.SeeClinicianAdvice);
        data.Add("Fallback", texts.Fallback(false));
        data.Add("EmptyMessage", texts.EmptyMessage(false));
        data.Add("DoneLogged", texts.DoneLogged);
        data.Add("Emergency alert with fallback", texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.EmergencyMessage) + " " + texts.Fallback(false));
        data.Add("Urgent alert with fallback", texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.UrgentMessage) + " " + texts.Fallback(false));
        data.Add("See-clinician alert with fallback", texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.SeeClinicianMessage) + " " + texts.Fallback(false));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void Every_text_is_gsm7_and_at_most_three_segments(string name, string text)
    {
        Assert.True(SmsText.IsGsm7(text), name + ": " + text);
        Assert.InRange(SmsText.Segments(text), 1, SmsText.MaxReplySegments);
    }

    [Fact]
    public void The_opt_in_request_carries_what_carriers_require()
    {
        var text = SignupTexts().AskForYes(BodyArea.Heel);
        Assert.Contains("YES", text, StringComparison.Ordinal);
        Assert.Contains("up to 6 msgs/day", text, StringComparison.Ordinal);
        Assert.Contains("Msg&data rates may apply", text, StringComparison.Ordinal);
        Assert.Contains("STOP", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_program_commands_support_frequency_rates_and_stop()
    {
        var text = ConversationRulesTests.Texts().Help(null);
        foreach (var part in new[] { "PainCoach", "STATUS", "TIME ICE", "TZ", "PAIN 0-10", "support@paincoach.example", "msgs/day", "Msg&data rates may apply", "STOP" })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Confirmation_and_help_fit_with_the_longest_allowed_program_name_and_support_contact()
    {
        var coach = new PainCoachOptions { ProgramName = new string('N', 40), SupportContact = new string('c', 80) };
        var reminders = new ReminderOptions { DailyCap = 20 };
        var texts = new SmsTexts(Options.Create(coach), Options.Create(reminders), Options.Create(new SubscriberOptions()));
        var s = SubscriberRules.New(new string('a', 64), PhoneNumberReader.TryRead("+12125550123", "US")!, BodyArea.Both, "America/Argentina/ComodRivadavia", true,
            SubscriberStatus.Active, new ConsentEvent(Now, "sms-join", ""), Now);
        foreach (var text in new[] { texts.Confirmation(s), texts.Help(s), texts.HelpIn(s, SmsLanguage.Spanish) })
        {
            Assert.InRange(SmsText.Segments(text), 1, SmsText.MaxReplySegments);
            Assert.Contains(coach.SupportContact, text, StringComparison.Ordinal);
            Assert.True(text.Contains("up to 20 msgs/day", StringComparison.Ordinal) || text.Contains("hasta 20 mensajes diarios", StringComparison.Ordinal), text);
        }

        Assert.InRange(SmsText.Segments(SignupTexts(reminders, coach).AskForYes(BodyArea.Both)), 1, SmsText.MaxReplySegments);
    }

    [Fact]
    public void Spanish_texts_need_no_character_outside_gsm7_and_stay_within_two_segments()
    {
        var texts = ConversationRulesTests.Texts();
        foreach (var text in SpanishTexts(texts))
        {
            // ToGsm7 would silently drop an á or í; these must arrive as written.
            Assert.Equal(text, SmsText.ToGsm7(text));
            Assert.InRange(SmsText.Segments(text), 1, 2);
        }

        Assert.Equal(1, SmsText.Segments(texts.StoppedIn(SmsLanguage.Spanish)));
    }

    /// <summary>Every Spanish reply as sent: the opt-out, HELP, the fallbacks, and each level's advice and safety check with the name before it.</summary>
    private static string[] SpanishTexts(SmsTexts texts) =>
    [
        texts.StoppedIn(SmsLanguage.Spanish),
        texts.HelpIn(null, SmsLanguage.Spanish),
        texts.FallbackIn(subscribed: true, SmsLanguage.Spanish),
        texts.FallbackIn(subscribed: false, SmsLanguage.Spanish),
        texts.Prefixed(SmsTexts.SpanishEmergencyAdvice),
        texts.Prefixed(SmsTexts.SpanishUrgentAdvice),
        texts.Prefixed(SmsTexts.SpanishSeeClinicianAdvice),
        texts.Prefixed(SmsTexts.SafetyCheckIn(SafetyCheck.CaudaEquinaMessage, SmsLanguage.Spanish)),
        texts.Prefixed(SmsTexts.SafetyCheckIn(SafetyCheck.SomeoneElsesEmergencyMessage, SmsLanguage.Spanish)),
        texts.Prefixed(SmsTexts.SafetyCheckIn(SafetyCheck.SomeoneElsesUrgentMessage, SmsLanguage.Spanish)),
    ];

    /// <summary>60 or more on Fernández-Huerta (<see cref="PainCoach.Tests.Faq.ReadingLevel.FernandezHuerta"/>): "standard" or easier.</summary>
    [Fact]
    public void Spanish_texts_read_at_a_standard_level_or_easier()
    {
        var texts = ConversationRulesTests.Texts();
        foreach (var text in SpanishTexts(texts))
        {
            var score = PainCoach.Tests.Faq.ReadingLevel.FernandezHuerta(text);
            Assert.True(score >= 60, $"{score:0.0}: {text}");
        }
    }

    [Fact]
    public void The_english_stop_confirmation_reads_at_grade_8_or_below() =>
        Assert.InRange(PainCoach.Tests.Faq.ReadingLevel.Grade(ConversationRulesTests.Texts().Stopped), -10, 8);

    [Theory]
    [InlineData("hello", 1)]
    [InlineData("", 0)]
    public void Segments_count_gsm7_text(string text, int expected) => Assert.Equal(expected, SmsText.Segments(text));

    [Fact]
    public void Segments_follow_gsm7_and_ucs2_limits()
    {
        Assert.Equal(1, SmsText.Segments(new string('a', 160)));
        Assert.Equal(2, SmsText.Segments(new string('a', 161)));
        Assert.Equal(3, SmsText.Segments(new string('a', 459)));
        Assert.Equal(4, SmsText.Segments(new string('a', 460)));
        Assert.Equal(2, SmsText.Segments(new string('{', 81))); // extension characters take two septets
        Assert.Equal(1, SmsText.Segments("😀"));
        Assert.Equal(2, SmsText.Segments(new string('é', 70) + "ő"));
    }

    [Fact]
    public void Fit_cuts_at_a_word_and_marks_the_cut()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 200));
        var fitted = SmsText.Fit(text);
        Assert.Equal(3, SmsText.Segments(fitted));
        Assert.EndsWith("word...", fitted, StringComparison.Ordinal);
    }
}
