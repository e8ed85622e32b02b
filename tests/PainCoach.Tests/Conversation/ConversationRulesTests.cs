using Microsoft.Extensions.Options;
using PainCoach.Conversation;
using PainCoach.Faq;
using PainCoach.RedFlags;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Conversation;

internal sealed class FakeRedFlagScreen : IRedFlagScreen
{
    public Dictionary<string, RedFlagAlert> Alerts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Screened { get; } = [];

    /// <summary>The program each screened text came with (null: no subscriber record).</summary>
    public List<BodyArea?> Programs { get; } = [];

    /// <summary>Texts containing one of these words get the cauda equina safety check.</summary>
    public List<string> SafetyCheckWords { get; } = [];

    public RedFlagAlert? Screen(string text, BodyArea? program = null)
    {
        Screened.Add(text);
        Programs.Add(program);
        return Alerts.FirstOrDefault(a => text.Contains(a.Key, StringComparison.OrdinalIgnoreCase)).Value;
    }

    public string? SafetyCheckFor(string text, BodyArea? program = null) =>
        SafetyCheckWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)) ? SafetyCheck.CaudaEquinaMessage : null;
}

internal sealed class FakeShortAnswers : IShortAnswerSource
{
    public Dictionary<string, ShortAnswer> Answers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ShortAnswer? FindConfidentShortAnswer(string question) =>
        Answers.FirstOrDefault(a => question.Contains(a.Key, StringComparison.OrdinalIgnoreCase)).Value;
}

public sealed class ConversationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero); // 10:00 in New York
    private const string Key = "0000000000000000000000000000000000000000000000000000000000000001";

    private readonly FakeRedFlagScreen screen = new();
    private readonly FakeShortAnswers answers = new();
    private readonly SubscriberOptions options = new();
    private readonly ReminderOptions reminders = new();
    private readonly E164Number from = PhoneNumberReader.TryRead("+12125550123", "US")!;

    private ConversationRules Rules() =>
        new(Texts(reminders, options), screen, answers, new ReminderPlanner(reminders), Options.Create(options), Options.Create(reminders));

    internal static SmsTexts Texts(ReminderOptions? reminders = null, SubscriberOptions? subscribers = null) =>
        new(Options.Create(new PainCoachOptions()), Options.Create(reminders ?? new ReminderOptions()), Options.Create(subscribers ?? new SubscriberOptions()));

    private ConversationDecision Send(Subscriber? current, string body, string? optOutType = null) =>
        Rules().Decide(current, Key, new InboundSms("SM" + new string('0', 32), from, body, optOutType), SmsCommandParser.Parse(body, optOutType), Now);

    private Subscriber Active(BodyArea program = BodyArea.Heel) => Send(null, "JOIN " + program).Updated!;

    [Fact]
    public void Join_heel_subscribes_with_a_carrier_compliant_confirmation()
    {
        var decision = Send(null, "JOIN HEEL");

        var s = Assert.IsType<Subscriber>(decision.Updated);
        Assert.Equal(SubscriberStatus.Active, s.Status);
        Assert.Equal(BodyArea.Heel, s.Program);
        Assert.Equal(from.Value, s.Phone.Value);
        Assert.Equal("America/New_York", s.TimeZoneId); // 212 maps to exactly one zone
        Assert.Contains("PainCoach", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("Heel", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("up to 6 msgs/day", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("Msg&data rates may apply", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("HELP", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("STOP", decision.Reply, StringComparison.Ordinal);
        Assert.Contains(new PainCoachOptions().SupportContact, decision.Reply, StringComparison.Ordinal);
        Assert.Contains("TZ", decision.Reply, StringComparison.Ordinal); // the zone was guessed: say how to change it
        var consent = Assert.Single(s.Consent);
        Assert.Equal("sms-join", consent.Method);
        Assert.Equal(decision.Reply, consent.Text);
        Assert.Equal(Now, consent.At);
    }

    [Fact]
    public void A_number_without_a_single_zone_gets_the_configured_default()
    {
        options.DefaultTimeZone = "America/Chicago";
        var tollFree = PhoneNumberReader.TryRead("+18005550123", "US")!;
        var decision = Rules().Decide(null, Key, new InboundSms("SM" + new string('0', 32), tollFree, "JOIN", null), new SmsCommand.Join(null), Now);
        Assert.Equal("America/Chicago", decision.Updated!.TimeZoneId);
        Assert.True(decision.Updated.TimeZoneIsGuess);
    }

    [Fact]
    public void Stop_stops_at_once_and_records_the_opt_out()
    {
        var decision = Send(Active(), "stop");
        Assert.Equal(SubscriberStatus.Stopped, decision.Updated!.Status);
        Assert.Equal("sms-stop", decision.Updated.Consent[^1].Method);
        Assert.Contains("START", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_from_a_stranger_stores_nothing() => Assert.Null(Send(null, "STOP").Updated);

    [Fact]
    public void Start_brings_a_stopped_subscriber_back_with_a_new_confirmation()
    {
        var stopped = Send(Active(), "STOP").Updated!;
        var decision = Send(stopped, "START");
        Assert.Equal(SubscriberStatus.Active, decision.Updated!.Status);
        Assert.Equal("sms-start", decision.Updated.Consent[^1].Method);
        Assert.Contains("Msg&data rates may apply", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_subscribers_cannot_change_anything_but_are_told_how_to_return()
    {
        var stopped = Send(Active(), "STOP").Updated!;
        foreach (var body in new[] { "TIME ICE 9am", "TZ CT", "PAIN 3", "DONE", "PAUSE", "RESUME", "YES" })
        {
            var decision = Send(stopped, body);
            Assert.Equal(SubscriberStatus.Stopped, decision.Updated!.Status);
            Assert.Equal(stopped.IceTimes, decision.Updated.IceTimes);
            Assert.Equal(stopped.TimeZoneId, decision.Updated.TimeZoneId);
            Assert.Empty(decision.Updated.PainLog);
            Assert.Contains("START", decision.Reply, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Yes_confirms_a_pending_web_sign_up()
    {
        var pending = SubscriberRules.New(Key, from, BodyArea.Back, "America/New_York", true, SubscriberStatus.Pending,
            new ConsentEvent(Now.AddMinutes(-5), "web-form", "ask"), Now.AddMinutes(-5));
        var decision = Send(pending, "yes");
        Assert.Equal(SubscriberStatus.Active, decision.Updated!.Status);
        Assert.Equal(["web-form", "sms-yes"], decision.Updated.Consent.Select(c => c.Method));
        Assert.Contains("Back", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Pending_subscribers_must_say_yes_before_changing_times()
    {
        var pending = SubscriberRules.New(Key, from, BodyArea.Back, "America/New_York", true, SubscriberStatus.Pending,
            new ConsentEvent(Now, "web-form", "ask"), Now);
        var decision = Send(pending, "TIME ICE 9am");
        Assert.Equal(pending.IceTimes, decision.Updated!.IceTimes);
        Assert.Contains("YES", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_sets_times_and_bumps_the_schedule_version()
    {
        var s = Active();
        var decision = Send(s, "TIME ICE 9am 2pm");
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(14, 0)], decision.Updated!.IceTimes);
        Assert.True(decision.Updated.ScheduleVersion > s.ScheduleVersion);
        Assert.Contains("9am, 2pm", decision.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TIME ICE 7am 2pm", "7am")]
    [InlineData("TIME STRETCH 9:30pm", "9:30pm")]
    [InlineData("TIME ICE 23:00", "11pm")]
    public void Times_in_quiet_hours_are_refused_with_the_allowed_window(string body, string refused)
    {
        var s = Active();
        var decision = Send(s, body);
        Assert.Equal(s.IceTimes, decision.Updated!.IceTimes);
        Assert.Equal(s.StretchTimes, decision.Updated.StretchTimes);
        Assert.Contains("8am-9pm", decision.Reply, StringComparison.Ordinal);
        Assert.Contains(refused, decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_window_is_the_one_enforced_and_stated()
    {
        reminders.SendWindowStart = new TimeOnly(9, 0);
        reminders.SendWindowEnd = new TimeOnly(20, 0);
        var decision = Send(Active(), "TIME ICE 8:30am");
        Assert.Contains("9am-8pm", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_above_the_daily_cap_are_refused()
    {
        var decision = Send(Active(), "TIME ICE 9am 11am 1pm 3pm"); // 4 ice + 2 stretch > 6? no: equals 6
        Assert.Equal(4, decision.Updated!.IceTimes.Count);
        reminders.DailyCap = 5;
        var refused = Send(Active(), "TIME ICE 9am 11am 1pm 3pm");
        Assert.Equal(3, refused.Updated!.IceTimes.Count);
        Assert.Contains("limit is 5", refused.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Tz_sets_the_zone_and_it_shows_in_status()
    {
        var s = Send(Active(), "TZ CT").Updated!;
        Assert.Equal("America/Chicago", s.TimeZoneId);
        Assert.False(s.TimeZoneIsGuess);
        s = Send(s, "TIME ICE 9am 2pm").Updated!;
        var status = Send(s, "STATUS");
        Assert.Empty(status.Updated!.PainLog);
        Assert.Contains("America/Chicago", status.Reply, StringComparison.Ordinal);
        Assert.Contains("Ice 9am 2pm", status.Reply, StringComparison.Ordinal);
        Assert.Contains("active", status.Reply, StringComparison.Ordinal);
        // 15:00 UTC is 9:00 in Chicago: the next reminder is the 2pm ice... unless a stretch comes first (8am passed).
        Assert.Contains("Next: ice 2pm today", status.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_to_the_check_in_that_is_only_a_score_is_logged_like_pain()
    {
        var s = Send(Active(), "PAIN 5").Updated!;
        var answer = Send(s, "about a 3 today thanks");
        Assert.Equal([5, 3], answer.Updated!.PainLog.Select(p => p.Score));
        Assert.Contains("Down from 5", answer.Reply, StringComparison.Ordinal);
        Assert.Equal("pain", answer.Outcome);
    }

    [Fact]
    public void Pain_is_logged_with_its_trend()
    {
        var s = Send(Active(), "PAIN 5").Updated!;
        var lower = Send(s, "PAIN 4");
        Assert.Equal([5, 4], lower.Updated!.PainLog.Select(p => p.Score));
        Assert.Contains("Down from 5", lower.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("healthcare provider", lower.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 6)]
    [InlineData(2, 8)]
    [InlineData(null, 8)]
    [InlineData(null, 10)]
    public void A_rise_of_two_or_a_score_of_eight_brings_advice_to_see_a_clinician(int? previous, int score)
    {
        var s = Active();
        if (previous is { } p)
        {
            s = Send(s, $"PAIN {p}").Updated!;
        }

        var decision = Send(s, $"PAIN {score}");
        Assert.Contains("healthcare provider", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("911", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_of_one_below_eight_brings_no_advice()
    {
        var s = Send(Active(), "PAIN 5").Updated!;
        Assert.DoesNotContain("healthcare provider", Send(s, "PAIN 6").Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Pain_logs_are_bounded()
    {
        var s = Active();
        for (var i = 0; i < SubscriberRules.MaxPainEntries + 10; i++)
        {
            s = Send(s, "PAIN 3").Updated!;
        }

        Assert.Equal(SubscriberRules.MaxPainEntries, s.PainLog.Count);
    }

    [Fact]
    public void Done_logs_the_last_reminder_kind()
    {
        var decision = Rules().Decide(Active(), Key, new InboundSms("SM" + new string('0', 32), from, "DONE", null), new SmsCommand.Done(ReminderKind.Ice), Now);
        Assert.Equal("ice", Assert.Single(decision.Updated!.DoneLog).ReminderKind);
    }

    [Fact]
    public void Pause_and_resume_move_between_active_and_paused()
    {
        var paused = Send(Active(), "PAUSE 3");
        Assert.Equal(SubscriberStatus.Paused, paused.Updated!.Status);
        Assert.Equal(Now.AddDays(3), paused.Updated.PausedUntil);
        Assert.False(paused.Updated.ReceivesReminders(Now));
        Assert.True(paused.Updated.ReceivesReminders(Now.AddDays(3)));

        var resumed = Send(paused.Updated, "RESUME");
        Assert.Equal(SubscriberStatus.Active, resumed.Updated!.Status);
        Assert.Null(resumed.Updated.PausedUntil);
    }

    [Fact]
    public void Pause_uses_the_default_and_refuses_too_long()
    {
        Assert.Equal(Now.AddDays(7), Send(Active(), "PAUSE").Updated!.PausedUntil);
        var tooLong = Send(Active(), "PAUSE 400");
        Assert.Equal(SubscriberStatus.Active, tooLong.Updated!.Status);
        Assert.Contains("90 days", tooLong.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_red_flag_question_gets_emergency_advice_naming_911()
    {
        screen.Alerts["bladder"] = new RedFlagAlert(AlertLevel.Emergency, RedFlagCatalog.EmergencyMessage, []);
        var decision = Send(Active(), "my back hurts and I lost bladder control");
        Assert.Contains("911", decision.Reply, StringComparison.Ordinal);
        Assert.Equal("red-flag", decision.Outcome);
    }

    [Fact]
    public void A_red_flag_inside_a_keyword_message_leads_the_reply_and_the_keyword_still_counts()
    {
        screen.Alerts["bladder"] = new RedFlagAlert(AlertLevel.Emergency, RedFlagCatalog.EmergencyMessage, []);
        var decision = Send(Active(), "PAIN 9 and I can't control my bladder");
        Assert.StartsWith("PainCoach: Call 911", decision.Reply, StringComparison.Ordinal);
        Assert.Equal(9, decision.Updated!.PainLog[^1].Score);
    }

    [Fact]
    public void A_see_a_clinician_sign_in_a_question_leads_the_answer_and_names_no_emergency()
    {
        screen.Alerts["tingl"] = new RedFlagAlert(AlertLevel.SeeClinician, RedFlagCatalog.SeeClinicianMessage, []);
        answers.Answers["tingl"] = new ShortAnswer("nerve-symptoms", "Tingling can come from an irritated nerve.", 0.9);

        var decision = Send(Active(), "my heel is tingling, why?");

        Assert.StartsWith("PainCoach: Book an appointment", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("irritated nerve", decision.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("911", decision.Reply, StringComparison.Ordinal);
        Assert.Equal("faq+red-flag", decision.Outcome);
    }

    [Fact]
    public void A_see_a_clinician_sign_told_with_done_leads_the_reply_and_done_is_still_logged()
    {
        screen.Alerts["a month"] = new RedFlagAlert(AlertLevel.SeeClinician, RedFlagCatalog.SeeClinicianMessage, []);
        var subscriber = Active();

        var decision = Send(subscriber, "done. heel still sore after a month of this");

        Assert.StartsWith(Texts().Prefixed(RedFlagCatalog.SeeClinicianMessage), decision.Reply, StringComparison.Ordinal);
        Assert.Contains(Texts().DoneLogged, decision.Reply, StringComparison.Ordinal);
        Assert.Equal("done+red-flag", decision.Outcome);
    }

    [Fact]
    public void A_see_a_clinician_sign_told_with_a_pain_score_leads_when_the_score_brought_no_advice()
    {
        screen.Alerts["every night"] = new RedFlagAlert(AlertLevel.SeeClinician, RedFlagCatalog.SeeClinicianMessage, []);

        var decision = Send(Active(), "PAIN 5 and it wakes me every night");

        Assert.StartsWith(Texts().Prefixed(RedFlagCatalog.SeeClinicianMessage), decision.Reply, StringComparison.Ordinal);
        Assert.Equal(5, decision.Updated!.PainLog[^1].Score);
    }

    [Fact]
    public void A_see_a_clinician_sign_does_not_pad_a_join_reply_whose_required_wording_is_long()
    {
        screen.Alerts["month"] = new RedFlagAlert(AlertLevel.SeeClinician, RedFlagCatalog.SeeClinicianMessage, []);

        var decision = Send(null, "JOIN HEEL been sore a month");

        Assert.DoesNotContain(RedFlagCatalog.SeeClinicianMessage, decision.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("YES and its worse every day")]
    [InlineData("STATUS? its worse every day")]
    [InlineData("HELP its worse every day, what do i do")]
    [InlineData("stop texting me please, its worse every day")]
    [InlineData("START its worse every day")]
    public void A_see_a_clinician_sign_told_with_other_keywords_leads_and_the_reply_keeps_its_own_ending(string body)
    {
        screen.Alerts["worse every day"] = new RedFlagAlert(AlertLevel.SeeClinician, RedFlagCatalog.SeeClinicianMessage, []);
        var withoutTheSign = Send(Active(), body.Replace("its worse every day", "thanks", StringComparison.Ordinal)).Reply;

        var decision = Send(Active(), body);

        Assert.StartsWith(Texts().Prefixed(RedFlagCatalog.SeeClinicianMessage), decision.Reply, StringComparison.Ordinal);
        Assert.EndsWith(withoutTheSign, decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_see_a_clinician_sign_does_not_pad_a_keyword_reply()
    {
        screen.Alerts["9"] = new RedFlagAlert(AlertLevel.SeeClinician, RedFlagCatalog.SeeClinicianMessage, []);

        var decision = Send(Active(), "PAIN 9");

        Assert.StartsWith("PainCoach: pain 9/10 logged.", decision.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain(RedFlagCatalog.SeeClinicianMessage, decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Pain_advice_sends_one_sided_numbness_to_a_clinician_and_only_the_emergency_signs_to_911()
    {
        var advice = SmsTexts.SeeClinicianAdvice;

        Assert.DoesNotContain("If you have numbness, weakness", advice, StringComparison.Ordinal);
        Assert.Contains("numb between your legs", advice, StringComparison.Ordinal);
        Assert.Contains("both legs", advice, StringComparison.Ordinal);
        Assert.Contains("bladder or bowel", advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my foot is red hot and swollen", "today")]
    [InlineData("back pain and i cant feel the toilet paper", "911")]
    [InlineData("both my feet tingle", "Book an appointment")]
    public void The_real_screen_gives_each_sign_its_catalog_advice_by_sms(string body, string advice)
    {
        var rules = new ConversationRules(Texts(reminders, options), new FreeTextRedFlagScreen(), answers, new ReminderPlanner(reminders), Options.Create(options), Options.Create(reminders));

        var decision = rules.Decide(Active(), Key, new InboundSms("SM" + new string('1', 32), from, body, null), SmsCommandParser.Parse(body, null), Now);

        Assert.Contains(advice, decision.Reply, StringComparison.Ordinal);
        Assert.True(SmsText.IsGsm7(decision.Reply));
        Assert.InRange(SmsText.Segments(decision.Reply), 1, SmsText.MaxReplySegments);
    }

    [Fact]
    public void The_screen_reads_a_subscribers_text_with_their_program_and_a_strangers_with_none()
    {
        var subscriber = Active(BodyArea.Back);
        screen.Programs.Clear();

        Send(subscriber, "got a fever since last night");
        Send(null, "got a fever since last night");

        Assert.Equal([BodyArea.Back, null], screen.Programs);
    }

    [Theory]
    [InlineData(BodyArea.Back, "running a temperature and shivery since last night", "today")]
    [InlineData(BodyArea.Back, "crushing pain in my chest and can't catch my breath", "emergency department now")]
    [InlineData(BodyArea.Heel, "fell off the roof this morning, about 3 metres", "today")]
    public void The_real_screen_gives_a_subscriber_the_advice_their_program_makes_of_a_sign(BodyArea program, string body, string advice)
    {
        var rules = new ConversationRules(Texts(reminders, options), new FreeTextRedFlagScreen(), answers, new ReminderPlanner(reminders), Options.Create(options), Options.Create(reminders));

        var subscriber = rules.Decide(Active(program), Key, new InboundSms("SM" + new string('2', 32), from, body, null), SmsCommandParser.Parse(body, null), Now);
        var stranger = rules.Decide(null, Key, new InboundSms("SM" + new string('3', 32), from, body, null), SmsCommandParser.Parse(body, null), Now);

        Assert.Contains(advice, subscriber.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain(advice, stranger.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_back_pain_subscribers_toilet_question_gets_the_safety_check_and_a_strangers_does_not()
    {
        var rules = new ConversationRules(Texts(reminders, options), new FreeTextRedFlagScreen(), answers, new ReminderPlanner(reminders), Options.Create(options), Options.Create(reminders));
        const string Body = "does sitting on the toilet for ages make it worse?";

        var subscriber = rules.Decide(Active(BodyArea.Back), Key, new InboundSms("SM" + new string('4', 32), from, Body, null), SmsCommandParser.Parse(Body, null), Now);
        var stranger = rules.Decide(null, Key, new InboundSms("SM" + new string('5', 32), from, Body, null), SmsCommandParser.Parse(Body, null), Now);

        Assert.StartsWith(Texts().Prefixed(SafetyCheck.CaudaEquinaMessage), subscriber.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain(SafetyCheck.CaudaEquinaMessage, stranger.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_touching_a_cauda_equina_topic_gets_the_safety_check_before_the_answer()
    {
        screen.SafetyCheckWords.Add("toilet");
        answers.Answers["toilet"] = new ShortAnswer("sitting-driving-desk", new string('x', 300) + " end of the answer.", 0.9);

        var decision = Send(Active(), "my back hurts when i sit on the toilet, why");

        Assert.StartsWith(Texts().Prefixed(SafetyCheck.CaudaEquinaMessage), decision.Reply, StringComparison.Ordinal);
        Assert.Contains("xxx", decision.Reply, StringComparison.Ordinal);
        Assert.Equal("faq+safety-check", decision.Outcome);
        Assert.InRange(SmsText.Segments(decision.Reply), 1, SmsText.MaxReplySegments);
    }

    [Fact]
    public void The_safety_check_follows_an_urgent_alert_and_is_left_out_after_an_emergency_one()
    {
        screen.SafetyCheckWords.Add("pee");
        screen.Alerts["fever"] = new RedFlagAlert(AlertLevel.Urgent, RedFlagCatalog.UrgentMessage, []);

        var urgent = Send(Active(), "fever and back pain, it stings when i pee");

        Assert.Equal(Texts().Prefixed(RedFlagCatalog.UrgentMessage) + " " + SafetyCheck.CaudaEquinaMessage, urgent.Reply);
        Assert.Equal("red-flag+safety-check", urgent.Outcome);

        screen.Alerts["cant"] = new RedFlagAlert(AlertLevel.Emergency, RedFlagCatalog.EmergencyMessage, []);
        var emergency = Send(Active(), "back pain and i cant pee at all");

        Assert.Equal(Texts().Prefixed(RedFlagCatalog.EmergencyMessage), emergency.Reply);
    }

    [Fact]
    public void A_keyword_never_gets_the_safety_check()
    {
        screen.SafetyCheckWords.Add("9");

        var decision = Send(Active(), "PAIN 9");

        Assert.DoesNotContain(SafetyCheck.CaudaEquinaMessage, decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_storage_a_question_touching_a_cauda_equina_topic_still_gets_the_safety_check()
    {
        screen.SafetyCheckWords.Add("bowel");
        const string body = "can sciatica mess with your bowels";
        var reply = Rules().DecideWithoutStorage(new InboundSms("SM" + new string('0', 32), from, body, null), SmsCommandParser.Parse(body));
        Assert.StartsWith(Texts().Prefixed(SafetyCheck.CaudaEquinaMessage), reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_storage_a_red_flag_gets_the_emergency_advice_and_nothing_else()
    {
        screen.Alerts["bladder"] = new RedFlagAlert(AlertLevel.Emergency, RedFlagCatalog.EmergencyMessage, []);
        const string body = "I lost bladder control and my back hurts";
        var reply = Rules().DecideWithoutStorage(new InboundSms("SM" + new string('0', 32), from, body, null), SmsCommandParser.Parse(body));
        Assert.Equal(Texts().Prefixed(RedFlagCatalog.EmergencyMessage), reply);
    }

    [Theory]
    [InlineData("how long do I ice", "Ice for up to 20 minutes.")]
    [InlineData("STOP", "you are unsubscribed")]
    [InlineData("BAJA", "te dimos de baja")]
    [InlineData("AYUDA", "Los comandos van en ingl")]
    [InlineData("HELP", "Reply STOP to opt out")]
    [InlineData("TIME ICE 9am", "try again in a few minutes")]
    [InlineData("JOIN HEEL", "try again in a few minutes")]
    public void Without_storage_what_needs_no_storage_is_answered_and_the_rest_is_asked_again_later(string body, string expected)
    {
        answers.Answers["ice"] = new ShortAnswer("ice-duration", "Ice for up to 20 minutes.", 0.9);
        var reply = Rules().DecideWithoutStorage(new InboundSms("SM" + new string('0', 32), from, body, null), SmsCommandParser.Parse(body));
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_stop_gets_exactly_the_confirmation()
    {
        var decision = Send(Active(), "STOP");
        Assert.Equal(Texts().Stopped, decision.Reply);
        Assert.Equal("stopped", decision.Outcome);
    }

    [Fact]
    public void Words_of_self_harm_are_logged_as_a_crisis_line_apart_from_red_flag_advice()
    {
        screen.Alerts["end it all"] = CrisisWords.AlertWith(null, CrisisWords.Message);
        var question = Send(Active(), "honestly I want to end it all");
        var stop = Send(Active(), "stop texting me, I want to end it all");

        Assert.Equal("PainCoach: " + CrisisWords.Message, question.Reply);
        Assert.Equal("crisis-line", question.Outcome);
        Assert.Equal(SubscriberStatus.Stopped, stop.Updated!.Status);
        Assert.StartsWith("PainCoach: " + CrisisWords.Message, stop.Reply, StringComparison.Ordinal);
        Assert.Equal("stopped+crisis-line", stop.Outcome);
    }

    [Theory]
    [InlineData("stop texting me, I lost bladder control and my back hurts")]
    [InlineData("STOP. I lost bladder control and my back hurts")]
    public void An_opt_out_that_describes_a_red_flag_stops_and_gets_the_emergency_advice(string body)
    {
        screen.Alerts["bladder"] = new RedFlagAlert(AlertLevel.Emergency, RedFlagCatalog.EmergencyMessage, []);
        var decision = Send(Active(), body);
        Assert.Equal(SubscriberStatus.Stopped, decision.Updated!.Status);
        Assert.StartsWith("PainCoach: Call 911", decision.Reply, StringComparison.Ordinal);
        Assert.EndsWith(Texts().Stopped, decision.Reply, StringComparison.Ordinal);
        Assert.Equal("stopped+red-flag", decision.Outcome);
    }

    [Theory]
    [InlineData("BAJA")]
    [InlineData("para")]
    [InlineData("no mas mensajes por favor")]
    public void A_spanish_opt_out_is_confirmed_in_spanish_and_the_consent_record_keeps_that_text(string body)
    {
        var decision = Send(Active(), body);
        Assert.Equal(SubscriberStatus.Stopped, decision.Updated!.Status);
        Assert.Equal(Texts().StoppedIn(SmsLanguage.Spanish), decision.Reply);
        Assert.Equal(decision.Reply, decision.Updated.Consent[^1].Text);
    }

    [Fact]
    public void Ayuda_gets_help_in_spanish()
    {
        var decision = Send(Active(), "AYUDA");
        Assert.Equal(Texts().HelpIn(null, SmsLanguage.Spanish), decision.Reply);
        Assert.Contains("BAJA", decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_gets_the_faq_short_answer()
    {
        answers.Answers["ice"] = new ShortAnswer("ice-duration", "Ice up to 20 minutes, wrapped in a cloth, every 2-3 hours.", 0.9);
        var subscribed = Send(Active(), "how long should I ice?");
        Assert.Equal("Ice up to 20 minutes, wrapped in a cloth, every 2-3 hours.", subscribed.Reply);

        var stranger = Send(null, "how long should I ice?");
        Assert.StartsWith("Ice up to 20 minutes", stranger.Reply, StringComparison.Ordinal);
        Assert.Contains("JOIN HEEL", stranger.Reply, StringComparison.Ordinal);
        Assert.Null(stranger.Updated);
    }

    [Fact]
    public void A_question_without_a_confident_answer_gets_the_fallback_and_strangers_learn_to_join()
    {
        var decision = Send(null, "what about my knee");
        Assert.Contains("healthcare provider", decision.Reply, StringComparison.Ordinal);
        Assert.Contains("JOIN", decision.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", Send(Active(), "what about my knee").Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq_answers_with_typographic_characters_are_made_gsm7()
    {
        answers.Answers["ice"] = new ShortAnswer("ice", "Don\u2019t put ice on skin \u2014 wrap it\u2026", 0.9);
        var reply = Send(Active(), "ice?").Reply;
        Assert.Equal("Don't put ice on skin - wrap it...", reply);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀")]
    [InlineData("JOIN FOOT")]
    [InlineData("PAIN 11")]
    public void Bad_or_empty_messages_get_a_helpful_reply_and_change_nothing_but_last_contact(string body)
    {
        var s = Active();
        var decision = Send(s, body);
        Assert.NotEmpty(decision.Reply);
        Assert.Equal(s with { LastInboundAt = decision.Updated!.LastInboundAt, UpdatedAt = decision.Updated.UpdatedAt }, decision.Updated);
    }

    [Fact]
    public void Every_reply_fits_three_segments_even_with_an_alert_and_a_long_answer()
    {
        screen.Alerts["numb"] = new RedFlagAlert(AlertLevel.Emergency, RedFlagCatalog.EmergencyMessage, []);
        answers.Answers["numb"] = new ShortAnswer("x", new string('a', 320), 0.9);
        foreach (var body in new[] { "HELP", "JOIN BOTH", "STATUS", "numb leg", "PAIN 9 numb", new string('z', 1600) })
        {
            Assert.True(SmsText.Segments(Send(null, body).Reply) <= 3, body);
        }
    }

    [Fact]
    public void Texting_in_clears_undeliverable_and_counts_as_a_schedule_change()
    {
        var s = SubscriberRules.MarkUndeliverable(Active(), "twilio-30006", Now);
        Assert.False(s.ReceivesReminders(Now));
        var decision = Send(s, "STATUS");
        Assert.Null(decision.Updated!.UndeliverableReason);
        Assert.True(decision.Updated.ScheduleVersion > s.ScheduleVersion);
        Assert.True(decision.Updated.ReceivesReminders(Now));
    }
}
