namespace PainCoach.Reminders;

/// <summary>
/// What the reminder engine needs to know about one subscriber, read fresh at send time.
/// The lead's adapter builds it from the subscriber table (issue 4).
/// </summary>
/// <param name="SubscriberKey">The subscriber's partition key (<see cref="Subscriptions.SubscriberKeys"/>: HMAC of the
/// E.164 number, 64 lower-case hex characters). The engine refuses any other key before it reaches a table.</param>
/// <param name="PhoneE164">Where to send; never stored by the engine.</param>
/// <param name="Program"><c>heel</c>, <c>back</c> or <c>both</c>.</param>
/// <param name="TimeZoneId">IANA zone id.</param>
/// <param name="IceTimes">Local wall-clock times; empty means none (TIME ICE OFF). Defaults are written at JOIN.</param>
/// <param name="StretchTimes">Local wall-clock times; empty means none (TIME STRETCH OFF).</param>
/// <param name="ActiveSince">The day-14 and day-21 follow-ups and the 3-day check-ins count from here (reset it on START).</param>
/// <param name="IsActive">False when pending, stopped, paused or undeliverable.</param>
/// <param name="PausedUntil">Set only while paused (PAUSE n days): the engine keeps the plan and resumes from here.
/// When <paramref name="IsActive"/> is false and this is null, the subscriber is treated as stopped.</param>
public sealed record ReminderSubscriber(
    string SubscriberKey,
    string PhoneE164,
    string Program,
    string TimeZoneId,
    IReadOnlyList<TimeOnly> IceTimes,
    IReadOnlyList<TimeOnly> StretchTimes,
    DateTimeOffset ActiveSince,
    bool IsActive,
    DateTimeOffset? PausedUntil)
{
    /// <summary>Active, or paused (the plan is kept and resumes): anything else is treated as stopped.</summary>
    public bool HasPlan => IsActive || PausedUntil is not null;
}

/// <summary>The subscriber side of the engine. Implemented by the lead over the subscriber table at merge.</summary>
public interface IReminderSubscribers
{
    /// <summary>The subscriber's current state, or null when unknown or erased.</summary>
    Task<ReminderSubscriber?> GetAsync(string subscriberKey, CancellationToken cancellationToken);

    /// <summary>Twilio 21610: the number replied STOP to the carrier; treat exactly like STOP.</summary>
    Task MarkOptedOutAsync(string subscriberKey, CancellationToken cancellationToken);

    /// <summary>Twilio 21211, 21614, 30005, 30006: the number cannot receive SMS; suppress it.</summary>
    Task MarkUndeliverableAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken);
}

/// <summary>What the SMS keywords call so the plan follows the subscriber's state.</summary>
public interface IReminderScheduler
{
    /// <summary>Recomputes everything due for this subscriber from their current state (JOIN, YES, START, TIME, TZ, PAUSE, RESUME).</summary>
    Task ScheduleAsync(string subscriberKey, CancellationToken cancellationToken);

    /// <summary>STOP and erasure: deletes the subscriber's due entries, plan and sent records.</summary>
    Task RemoveAsync(string subscriberKey, CancellationToken cancellationToken);
}
