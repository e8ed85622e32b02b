using PainCoach.Sms;
using PainCoach.Subscriptions;

namespace PainCoach.Tests.Sms;

public sealed class SmsTextsTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> AllTexts()
    {
        var texts = ConversationRulesTests.Texts();
        var data = new TheoryData<string>();
        foreach (var program in Enum.GetValues<CareProgram>())
        {
            var s = SubscriberRules.New(new string('a', 64), "+12125550123", program, "America/Argentina/ComodRivadavia", true,
                SubscriberStatus.Active, new ConsentEvent(Now, "sms-join", ""), Now) with { PausedUntil = Now.AddDays(90), Status = SubscriberStatus.Paused };
            s = s with { IceTimes = [new(8, 30), new(11, 30), new(13, 30), new(20, 30)], StretchTimes = [new(9, 45), new(12, 45)] };
            data.Add(texts.Confirmation(s));
            data.Add(texts.AskForYes(program));
            data.Add(texts.Help(s));
            data.Add(texts.Status(s, Now));
            data.Add(texts.AlreadyActive(s));
            data.Add(texts.Paused(Now.AddDays(90), s));
            data.Add(texts.TimesSet(ReminderKind.Ice, s.IceTimes, s));
            data.Add(texts.TimeZoneSet(s));
        }

        data.Add(texts.Help(null));
        data.Add(texts.Stopped);
        data.Add(texts.NotSubscribed);
        data.Add(texts.OutsideWindow([new(6, 30), new(7, 30), new(21, 30), new(22, 30)]));
        data.Add(texts.OverCap(8));
        data.Add(texts.PainLogged(10, 2) + SmsTexts.SeeClinicianAdvice);
        data.Add(texts.Fallback(false));
        data.Add(texts.EmptyMessage(false));
        data.Add(texts.DoneLogged);
        data.Add(texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.EmergencyMessage) + " " + texts.Fallback(false));
        data.Add(texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.UrgentMessage) + " " + texts.Fallback(false));
        data.Add(texts.Prefixed(PainCoach.RedFlags.RedFlagCatalog.SeeClinicianMessage) + " " + texts.Fallback(false));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void Every_text_is_gsm7_and_at_most_three_segments(string text)
    {
        Assert.True(SmsText.IsGsm7(text), text);
        Assert.InRange(SmsText.Segments(text), 1, SmsText.MaxReplySegments);
    }

    [Fact]
    public void The_opt_in_request_carries_what_carriers_require()
    {
        var text = ConversationRulesTests.Texts().AskForYes(CareProgram.Heel);
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
        var texts = new SmsTexts(Microsoft.Extensions.Options.Options.Create(coach), Microsoft.Extensions.Options.Options.Create(new SmsOptions { DailyCap = 20 }));
        var s = SubscriberRules.New(new string('a', 64), "+12125550123", CareProgram.Both, "America/Argentina/ComodRivadavia", true,
            SubscriberStatus.Active, new ConsentEvent(Now, "sms-join", ""), Now);
        foreach (var text in new[] { texts.Confirmation(s), texts.Help(s) })
        {
            Assert.InRange(SmsText.Segments(text), 1, SmsText.MaxReplySegments);
            Assert.Contains(coach.SupportContact, text, StringComparison.Ordinal);
            Assert.Contains("up to 20 msgs/day", text, StringComparison.Ordinal);
        }

        Assert.InRange(SmsText.Segments(texts.AskForYes(CareProgram.Both)), 1, SmsText.MaxReplySegments);
    }

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
