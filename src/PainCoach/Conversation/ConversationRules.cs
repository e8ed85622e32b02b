using Microsoft.Extensions.Options;
using PainCoach.Faq;
using PainCoach.RedFlags;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Conversation;

/// <summary>An inbound SMS as the webhook received it, after the signature and the sender's number were checked.</summary>
public sealed record InboundSms(string MessageSid, E164Number From, string? Body, string? OptOutType);

/// <summary>
/// What a message does: the subscriber after it (null when nothing is stored, e.g. a question from a stranger),
/// the reply, and a short outcome name for logs (never the text).
/// </summary>
public sealed record ConversationDecision(Subscriber? Updated, string Reply, string Outcome);

/// <summary>
/// The SMS conversation's decisions (DESIGN.md "SMS conversation"). Pure given its inputs: storage, retries and
/// idempotency live in <see cref="SmsConversation"/>. Safety first: every message, STOP included, goes through the
/// red-flag screen, and an emergency or urgent alert always leads the reply, whatever keyword came with it; a
/// see-a-clinician alert leads the answer to a question.
/// </summary>
public sealed class ConversationRules(
    SmsTexts texts,
    IRedFlagScreen screen,
    IShortAnswerSource answers,
    ReminderPlanner planner,
    IOptions<SubscriberOptions> options,
    IOptions<ReminderOptions> reminders)
{
    private const string PainSeeClinicianOutcome = "pain-see-clinician";

    public ConversationDecision Decide(Subscriber? current, string key, InboundSms message, SmsCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);

        // STOP is screened too: "stop texting me, I lost bladder control" is unsubscribed and told to call 911. Someone
        // with a record joined for heel or back pain, so that area counts as named ("fever since last night").
        var alert = command is SmsCommand.Empty ? null : screen.Screen(SmsCommandParser.Clean(message.Body), current?.Program);
        var language = LanguageOf(command);

        // An emergency or urgent sign in a question is the whole answer; a see-a-clinician one leads the answer.
        var alertIsTheAnswer = alert is { Level: >= AlertLevel.Urgent } && command is SmsCommand.FreeText;
        var decision = alertIsTheAnswer
            ? new ConversationDecision(null, AdviceLead(alert!, language), AlertOutcome(alert!))
            : DecideCommand(current, key, message, command, language, now);
        if (alert is { Level: AlertLevel.SeeClinician } && !SeeClinicianLeads(command, decision))
        {
            alert = null;
        }

        var reply = alert is not null && !alertIsTheAnswer
            ? AdviceLead(alert, language) + " " + decision.Reply
            : decision.Reply;
        var outcome = alert is not null && !alertIsTheAnswer ? decision.Outcome + "+" + AlertOutcome(alert) : decision.Outcome;
        if (SafetyCheckFor(message, command, alert, current?.Program) is { } check)
        {
            reply = WithSafetyCheck(reply, SmsTexts.SafetyCheckIn(check, language), alert, language);
            outcome += "+safety-check";
        }

        // Every message from someone we hold a record for is their latest contact and proves the number works.
        var updated = decision.Updated ?? current;
        if (updated is not null)
        {
            updated = SubscriberRules.Heard(updated, now);
        }

        return new ConversationDecision(updated, SmsText.Fit(reply), outcome);
    }

    /// <summary>
    /// The reply when storage is down, from what needs no storage (issue 15): the red-flag screen, the FAQ, HELP and
    /// the STOP confirmation (the opt-out itself is held by <see cref="SmsConversation"/> until it can be written).
    /// Anything that needs the person's record is asked again later. Whether they are subscribed is unknown, so no
    /// reply tells them how to JOIN.
    /// </summary>
    public string DecideWithoutStorage(InboundSms message, SmsCommand command)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        var alert = command is SmsCommand.Empty ? null : screen.Screen(SmsCommandParser.Clean(message.Body));
        var language = LanguageOf(command);
        var reply = command switch
        {
            SmsCommand.FreeText when alert is { Level: >= AlertLevel.Urgent } => AdviceLead(alert, language),
            SmsCommand.FreeText free => (alert is null ? string.Empty : AdviceLead(alert, language) + " ") +
                (answers.FindConfidentShortAnswer(free.Text)?.Text ?? texts.FallbackIn(subscribed: true, language)),
            _ => (alert is { Level: >= AlertLevel.Urgent } ? AdviceLead(alert, language) + " " : string.Empty) + command switch
            {
                SmsCommand.OptOut stop => texts.StoppedIn(stop.Language),
                SmsCommand.Help help => texts.HelpIn(null, help.Language),
                SmsCommand.Empty => texts.EmptyMessage(subscribed: true),
                _ => texts.TryAgainLater,
            },
        };
        return SmsText.Fit(SafetyCheckFor(message, command, alert, program: null) is { } check
            ? WithSafetyCheck(reply, SmsTexts.SafetyCheckIn(check, language), alert, language)
            : reply);
    }

    /// <summary>
    /// The language of the reply's safety words (red-flag advice, safety check, fallback): a question or a story in the
    /// language it was written in (<see cref="WrittenLanguage"/>), an opt-out in its own; keywords are English.
    /// </summary>
    private static SmsLanguage LanguageOf(SmsCommand command) => command switch
    {
        SmsCommand.FreeText free => WrittenLanguage.Of(free.Text),
        SmsCommand.OptOut stop => stop.Language,
        _ => SmsLanguage.English,
    };

    /// <summary>The alert's advice as it leads a reply: the program's name, then the advice in the text's language.</summary>
    private string AdviceLead(RedFlagAlert alert, SmsLanguage language) => texts.Prefixed(SmsTexts.AlertAdvice(alert, language));

    // Logs say a crisis line was given apart from red-flag advice (never the words that brought it).
    private static string AlertOutcome(RedFlagAlert alert) => alert.CrisisLine ? "crisis-line" : "red-flag";

    /// <summary>
    /// "Book soon" leads answers to questions, and replies to any keyword the news came with ("done. heel still sore
    /// after a month", "stop texting me, heel still sore after a month"), as an emergency or urgent alert does, except a
    /// pain score that already brought its own advice (PAIN 9) and JOIN, whose required wording is long enough to be cut.
    /// </summary>
    private static bool SeeClinicianLeads(SmsCommand command, ConversationDecision decision) => command switch
    {
        SmsCommand.Join or SmsCommand.Empty => false,
        SmsCommand.Pain => decision.Outcome != PainSeeClinicianOutcome,
        _ => true,
    };

    /// <summary>
    /// The cauda equina safety check is for questions and stories (free text) about back pain that touch its topics
    /// without an emergency alert (<see cref="SafetyCheck"/>); keywords keep their own replies.
    /// </summary>
    private string? SafetyCheckFor(InboundSms message, SmsCommand command, RedFlagAlert? alert, BodyArea? program) =>
        command is SmsCommand.FreeText && alert is not { Level: AlertLevel.Emergency }
            ? screen.SafetyCheckFor(SmsCommandParser.Clean(message.Body), program)
            : null;

    /// <summary>
    /// The check goes right after an alert's advice, or first, so trimming a long answer to the segment limit never cuts it.
    /// </summary>
    private string WithSafetyCheck(string reply, string check, RedFlagAlert? alert, SmsLanguage language)
    {
        if (alert is null)
        {
            return texts.Prefixed(check) + " " + reply;
        }

        var lead = AdviceLead(alert, language);
        return reply.StartsWith(lead, StringComparison.Ordinal)
            ? lead + " " + check + reply[lead.Length..]
            : texts.Prefixed(check) + " " + reply;
    }

    private ConversationDecision DecideCommand(Subscriber? current, string key, InboundSms message, SmsCommand command, SmsLanguage language, DateTimeOffset now)
    {
        var subscribed = current is { Status: not SubscriberStatus.Stopped };
        return command switch
        {
            SmsCommand.OptOut stop => current is null
                ? new(null, texts.StoppedIn(stop.Language), "stop-unknown")
                : new(SubscriberRules.Stop(current, new ConsentEvent(now, "sms-stop", texts.StoppedIn(stop.Language)), now), texts.StoppedIn(stop.Language), "stopped"),
            SmsCommand.Join join => Join(current, key, message.From, join.Program, now),
            SmsCommand.Yes => Yes(current, now),
            SmsCommand.OptIn => Start(current, now),
            SmsCommand.Help help => new(null, texts.HelpIn(current, help.Language), "help"),
            SmsCommand.PauseReminders pause => Guard(current) ?? Pause(current!, pause.Days, now),
            SmsCommand.ResumeReminders => Guard(current) ?? Resume(current!, now),
            SmsCommand.SetTimes set => Guard(current) ?? SetTimes(current!, set, now),
            SmsCommand.SetTimeZone zone => Guard(current) ?? SetZone(current!, zone.IanaId, now),
            SmsCommand.Pain pain => Guard(current) ?? Pain(current!, pain.Score, now),
            SmsCommand.Done done => Guard(current) ?? new(SubscriberRules.LogDone(current!, done.ReminderKind, now), texts.DoneLogged, "done"),
            SmsCommand.Status => current is null
                ? new(null, texts.NotSubscribed, "status-unknown")
                : new(null, texts.Status(current, planner.NextSetReminder(current, now), now), "status"),
            SmsCommand.FreeText free => Answer(free.Text, subscribed, language),
            SmsCommand.Malformed bad => new(null, texts.Malformed(bad.Hint), "malformed-" + bad.Keyword.ToLowerInvariant()),
            _ => new(null, texts.EmptyMessage(subscribed), "empty"),
        };
    }

    private ConversationDecision Join(Subscriber? current, string key, E164Number from, BodyArea? program, DateTimeOffset now)
    {
        if (current is null)
        {
            var inferred = PhoneNumberReader.InferTimeZone(from);
            var created = SubscriberRules.New(key, from, program ?? BodyArea.Both, inferred ?? options.Value.DefaultTimeZone,
                timeZoneIsGuess: true, SubscriberStatus.Active, new ConsentEvent(now, "sms-join", string.Empty), now);
            return Confirmed(created, "joined");
        }

        if (current.Status == SubscriberStatus.Active && (program is null || program == current.Program))
        {
            return new(null, texts.AlreadyActive(current), "join-already-active");
        }

        var activated = SubscriberRules.Activate(current, program ?? current.Program, new ConsentEvent(now, "sms-join", string.Empty), now);
        return Confirmed(activated, "joined");
    }

    private ConversationDecision Yes(Subscriber? current, DateTimeOffset now) => current?.Status switch
    {
        null => new(null, texts.NothingPending, "yes-unknown"),
        SubscriberStatus.Pending => Confirmed(SubscriberRules.Activate(current, current.Program, new ConsentEvent(now, "sms-yes", string.Empty), now), "confirmed"),
        SubscriberStatus.Stopped => new(null, texts.StillStopped, "yes-stopped"),
        _ => new(null, texts.AlreadyActive(current), "yes-already-active"),
    };

    private ConversationDecision Start(Subscriber? current, DateTimeOffset now) => current?.Status switch
    {
        null => new(null, texts.NotSubscribed, "start-unknown"),
        SubscriberStatus.Stopped or SubscriberStatus.Pending =>
            Confirmed(SubscriberRules.Activate(current, current.Program, new ConsentEvent(now, "sms-start", string.Empty), now), "restarted"),
        _ => new(null, texts.AlreadyActive(current), "start-already-active"),
    };

    /// <summary>
    /// The consent event the rule just appended (with an empty text) records the exact confirmation text the
    /// person received.
    /// </summary>
    private ConversationDecision Confirmed(Subscriber s, string outcome)
    {
        var reply = texts.Confirmation(s);
        return new(s with { Consent = [.. s.Consent.SkipLast(1), s.Consent[^1] with { Text = reply }] }, reply, outcome);
    }

    private ConversationDecision? Guard(Subscriber? current) => current?.Status switch
    {
        null => new(null, texts.NotSubscribed, "not-subscribed"),
        SubscriberStatus.Stopped => new(null, texts.StillStopped, "stopped-refused"),
        SubscriberStatus.Pending => new(null, texts.ConfirmFirst, "pending-refused"),
        _ => null,
    };

    private ConversationDecision Pause(Subscriber s, int? days, DateTimeOffset now)
    {
        var length = days ?? options.Value.DefaultPauseDays;
        if (length > options.Value.MaxPauseDays)
        {
            return new(null, texts.PauseTooLong, "pause-too-long");
        }

        var until = now.AddDays(length);
        return new(SubscriberRules.Pause(s, until, now), texts.Paused(until, s), "paused");
    }

    private ConversationDecision Resume(Subscriber s, DateTimeOffset now) =>
        s.Status == SubscriberStatus.Paused
            ? new(SubscriberRules.Resume(s, now), texts.Resumed, "resumed")
            : new(null, texts.NotPaused, "resume-not-paused");

    private ConversationDecision SetTimes(Subscriber s, SmsCommand.SetTimes set, DateTimeOffset now)
    {
        var window = reminders.Value;
        var refused = set.Times.Where(t => !window.AcceptsLocalTime(t)).ToList();
        if (refused.Count > 0)
        {
            return new(null, texts.OutsideWindow(refused), "time-quiet-hours");
        }

        var other = set.Kind == ReminderKind.Ice ? s.StretchTimes.Count : s.IceTimes.Count;
        if (set.Times.Count + other > window.DailyCap)
        {
            return new(null, texts.OverCap(set.Times.Count + other), "time-over-cap");
        }

        var updated = SubscriberRules.SetTimes(s, set.Kind, set.Times, now);
        return new(updated, texts.TimesSet(set.Kind, set.Times, updated), "time-set");
    }

    private ConversationDecision SetZone(Subscriber s, string ianaId, DateTimeOffset now)
    {
        var updated = SubscriberRules.SetTimeZone(s, ianaId, now);
        return new(updated, texts.TimeZoneSet(updated), "tz-set");
    }

    private ConversationDecision Pain(Subscriber s, int score, DateTimeOffset now)
    {
        int? previous = s.PainLog.Count == 0 ? null : s.PainLog[^1].Score;
        // CONTENT.md: a rise or a high score brings advice to see a clinician (issue 4: a rise of 2+, or 8+).
        var seeClinician = score >= 8 || (previous is { } p && score - p >= 2);
        var reply = texts.PainLogged(score, previous) + (seeClinician ? SmsTexts.SeeClinicianAdvice : string.Empty);
        return new(SubscriberRules.LogPain(s, score, now), reply, seeClinician ? PainSeeClinicianOutcome : "pain");
    }

    private ConversationDecision Answer(string text, bool subscribed, SmsLanguage language)
    {
        var answer = answers.FindConfidentShortAnswer(text);
        if (answer is null)
        {
            return new(null, texts.FallbackIn(subscribed, language), "fallback");
        }

        // Decide fits every reply to GSM-7 and the segment limit.
        return new(null, subscribed ? answer.Text : answer.Text + " " + texts.JoinHint, "faq");
    }
}
