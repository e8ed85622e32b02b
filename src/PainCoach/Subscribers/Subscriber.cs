using PainCoach.Telephony;

namespace PainCoach.Subscribers;

/// <summary>
/// pending → active ↔ paused; any → stopped; stopped → active only by START (or a new keyword JOIN).
/// Stored by name, so adding a state never renumbers stored rows.
/// </summary>
public enum SubscriberStatus
{
    Pending,
    Active,
    Paused,
    Stopped,
}

/// <summary>One consent event: when, how (<c>sms-join</c>, <c>web-form</c>, <c>sms-yes</c>, <c>sms-start</c>, <c>sms-stop</c>, <c>carrier-opt-out</c>), and the exact text shown.</summary>
public sealed record ConsentEvent(DateTimeOffset At, string Method, string Text);

public sealed record PainEntry(DateTimeOffset At, int Score);

/// <summary>
/// A DONE reply; <see cref="ReminderKind"/> is the name (<see cref="ReminderKindNames.Name"/>) of the kind of the
/// last reminder sent in the day before it, if any. Stored as the name so stored logs read the same in any version.
/// </summary>
public sealed record DoneEntry(DateTimeOffset At, string? ReminderKind);

/// <summary>
/// Everything held about one person, in one entity so that one ETag guards it. Logs are bounded (see
/// <see cref="SubscriberRules"/>) so the entity stays far below Table Storage's 1 MiB.
/// </summary>
public sealed record Subscriber
{
    /// <summary>Consent events that (re)start a program.</summary>
    private static readonly HashSet<string> ActivatingConsent = new(StringComparer.Ordinal) { "sms-join", "sms-yes", "sms-start" };

    /// <summary>HMAC of the E.164 number: the partition key of everything about this person.</summary>
    public required string Key { get; init; }

    /// <summary>Stored only because reminders must be sent to it; never logged unmasked.</summary>
    public required E164Number Phone { get; init; }

    public required SubscriberStatus Status { get; init; }

    public required BodyArea Program { get; init; }

    /// <summary>IANA id.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>True when the zone was guessed (number mapping or default) rather than given by the person.</summary>
    public bool TimeZoneIsGuess { get; init; }

    public IReadOnlyList<TimeOnly> IceTimes { get; init; } = [];

    public IReadOnlyList<TimeOnly> StretchTimes { get; init; } = [];

    /// <summary>Set while paused; reminders resume by themselves after it.</summary>
    public DateTimeOffset? PausedUntil { get; init; }

    /// <summary>
    /// Goes up by one whenever anything that decides what is sent changes (status, program, zone, times, pause).
    /// The reminder engine stamps due entries with it and drops entries whose version is stale.
    /// </summary>
    public long ScheduleVersion { get; init; }

    public IReadOnlyList<ConsentEvent> Consent { get; init; } = [];

    public IReadOnlyList<PainEntry> PainLog { get; init; } = [];

    public IReadOnlyList<DoneEntry> DoneLog { get; init; } = [];

    public DateTimeOffset? LastInboundAt { get; init; }

    /// <summary>Twilio said the number cannot get SMS (21211, 21614, 30005, 30006): nothing is sent until they text in.</summary>
    public string? UndeliverableReason { get; init; }

    /// <summary>
    /// Set while the web sign-up's YES request is on its way to Twilio: erasure waits until it is cleared (the send
    /// settled) or this time has passed, so no YES request goes out after an erasure answered. See docs/sms.md.
    /// </summary>
    public DateTimeOffset? OptInRequestInFlightUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether reminders may go out now: active, or paused with the pause over, and deliverable.</summary>
    public bool ReceivesReminders(DateTimeOffset now) =>
        UndeliverableReason is null && EffectiveStatus(now) == SubscriberStatus.Active;

    /// <summary>
    /// Whether the person has a reminder plan: receiving reminders, or paused (the plan is kept and resumes after
    /// the pause). Pending, stopped and undeliverable people have none.
    /// </summary>
    public bool HasReminderPlan(DateTimeOffset now) =>
        UndeliverableReason is null && EffectiveStatus(now) is SubscriberStatus.Active or SubscriberStatus.Paused;

    /// <summary>
    /// When the program last (re)started (the latest JOIN, YES or START), else when the record was created: the
    /// day-14 and day-21 follow-ups and the 3-day check-ins count from here.
    /// </summary>
    public DateTimeOffset ActiveSince =>
        Consent.Where(c => ActivatingConsent.Contains(c.Method)).Select(c => (DateTimeOffset?)c.At).Max() ?? CreatedAt;

    /// <summary>A pause that has run out counts as active without a write.</summary>
    public SubscriberStatus EffectiveStatus(DateTimeOffset now) =>
        Status == SubscriberStatus.Paused && PausedUntil is { } until && until <= now ? SubscriberStatus.Active : Status;
}
