using PainCoach.Telephony;

namespace PainCoach.Subscribers;

/// <summary>
/// The status machine and the bounded logs. Pure: each rule takes a subscriber and returns the changed copy.
/// Anything that changes what reminders go out bumps <see cref="Subscriber.ScheduleVersion"/>.
/// </summary>
public static class SubscriberRules
{
    public const int MaxPainEntries = 60;
    public const int MaxDoneEntries = 60;
    public const int MaxConsentEvents = 20;

    public static Subscriber New(string key, E164Number phone, BodyArea program, string timeZoneId, bool timeZoneIsGuess,
        SubscriberStatus status, ConsentEvent consent, DateTimeOffset now) => new()
    {
        Key = key,
        Phone = phone,
        Status = status,
        Program = program,
        TimeZoneId = timeZoneId,
        TimeZoneIsGuess = timeZoneIsGuess,
        IceTimes = ProgramDefaults.IceTimes(program),
        StretchTimes = ProgramDefaults.StretchTimes(program),
        ScheduleVersion = 1,
        Consent = [consent],
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Keyword opt-in or confirmation: active from any state, with the consent recorded.</summary>
    public static Subscriber Activate(Subscriber s, BodyArea program, ConsentEvent consent, DateTimeOffset now) => Schedule(s with
    {
        Status = SubscriberStatus.Active,
        Program = program,
        IceTimes = s.Program == program && s.IceTimes.Count + s.StretchTimes.Count > 0 ? s.IceTimes : ProgramDefaults.IceTimes(program),
        StretchTimes = s.Program == program && s.IceTimes.Count + s.StretchTimes.Count > 0 ? s.StretchTimes : ProgramDefaults.StretchTimes(program),
        PausedUntil = null,
        Consent = Append(s.Consent, consent, MaxConsentEvents),
    }, now);

    public static Subscriber Stop(Subscriber s, ConsentEvent optOut, DateTimeOffset now) => Schedule(s with
    {
        Status = SubscriberStatus.Stopped,
        PausedUntil = null,
        Consent = Append(s.Consent, optOut, MaxConsentEvents),
    }, now);

    public static Subscriber Pause(Subscriber s, DateTimeOffset until, DateTimeOffset now) =>
        Schedule(s with { Status = SubscriberStatus.Paused, PausedUntil = until }, now);

    public static Subscriber Resume(Subscriber s, DateTimeOffset now) =>
        Schedule(s with { Status = SubscriberStatus.Active, PausedUntil = null }, now);

    /// <summary>TIME ICE or TIME STRETCH: the local times of that kind.</summary>
    public static Subscriber SetTimes(Subscriber s, ReminderKind kind, IReadOnlyList<TimeOnly> times, DateTimeOffset now) => kind switch
    {
        ReminderKind.Ice => Schedule(s with { IceTimes = times }, now),
        ReminderKind.Stretch => Schedule(s with { StretchTimes = times }, now),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only ice and stretch reminders have times people set."),
    };

    public static Subscriber SetTimeZone(Subscriber s, string ianaId, DateTimeOffset now) =>
        Schedule(s with { TimeZoneId = ianaId, TimeZoneIsGuess = false }, now);

    public static Subscriber LogPain(Subscriber s, int score, DateTimeOffset now) =>
        s with { PainLog = Append(s.PainLog, new PainEntry(now, score), MaxPainEntries), UpdatedAt = now };

    public static Subscriber LogDone(Subscriber s, ReminderKind? answered, DateTimeOffset now) =>
        s with { DoneLog = Append(s.DoneLog, new DoneEntry(now, answered?.Name()), MaxDoneEntries), UpdatedAt = now };

    /// <summary>An inbound message proves the number works again (reminders may resume: a schedule change) and is the last contact.</summary>
    public static Subscriber Heard(Subscriber s, DateTimeOffset now) => s.UndeliverableReason is null
        ? s with { LastInboundAt = now, UpdatedAt = now }
        : Schedule(s with { LastInboundAt = now, UndeliverableReason = null }, now);

    public static Subscriber MarkUndeliverable(Subscriber s, string reason, DateTimeOffset now) =>
        Schedule(s with { UndeliverableReason = reason }, now);

    /// <summary>
    /// What a Twilio error about this number changes, from a status callback or a reminder send: 21610 (the person
    /// texted STOP to the carrier) stops them, a code in <see cref="TwilioErrorCodes.Undeliverable"/> suppresses the number.
    /// Null when it changes nothing (already stopped or suppressed, or another code).
    /// </summary>
    public static Subscriber? AfterTwilioError(Subscriber s, int errorCode, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        return errorCode switch
        {
            TwilioErrorCodes.CarrierOptOut when s.Status != SubscriberStatus.Stopped =>
                Stop(s, new ConsentEvent(now, "carrier-opt-out", FormattableString.Invariant($"Twilio error {errorCode}")), now),
            _ when TwilioErrorCodes.Undeliverable.Contains(errorCode) && s.UndeliverableReason is null =>
                MarkUndeliverable(s, FormattableString.Invariant($"twilio-{errorCode}"), now),
            _ => null,
        };
    }

    /// <summary>
    /// <see cref="AfterTwilioError"/> for an error reported about one message we sent at <paramref name="sentAt"/>, unless
    /// the person has spoken since, which makes the verdict stale: a carrier opt-out (21610) about a message sent
    /// before their latest JOIN, YES or START does not stop them again, and an undeliverable code about a message sent
    /// before their latest text does not suppress a number that has since proved it works.
    /// </summary>
    public static Subscriber? AfterDeliveryError(Subscriber s, int errorCode, DateTimeOffset sentAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var stale = errorCode == TwilioErrorCodes.CarrierOptOut
            ? sentAt < s.ActiveSince
            : s.LastInboundAt is { } heard && sentAt < heard;
        return stale ? null : AfterTwilioError(s, errorCode, now);
    }

    private static Subscriber Schedule(Subscriber s, DateTimeOffset now) =>
        s with { ScheduleVersion = s.ScheduleVersion + 1, UpdatedAt = now };

    private static List<T> Append<T>(IReadOnlyList<T> list, T item, int max) =>
        [.. list.Skip(Math.Max(0, list.Count + 1 - max)), item];
}
