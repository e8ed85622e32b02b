namespace PainCoach.Reminders;

/// <summary>
/// The instant a reminder run works on. A timer wakes a hair early (the Functions host says so itself: "the trigger
/// fired before it was officially scheduled"), so a run at 08:41:59.9998 that read the wall clock would see nothing
/// due at 08:42 and send it a minute late. A run therefore uses the occurrence it was scheduled for, and without a
/// schedule a wake just before a whole minute belongs to that minute. A late run uses the clock (it catches up).
/// </summary>
public static class ReminderRunTime
{
    /// <summary>How early a timer may fire and still be its scheduled occurrence.</summary>
    public static readonly TimeSpan EarlyWakeTolerance = TimeSpan.FromSeconds(5);

    /// <param name="now">The clock when the run starts.</param>
    /// <param name="scheduled">The occurrence the timer fired for (<c>TimerInfo.ScheduleStatus.Next</c> while it runs), if known.</param>
    public static DateTimeOffset For(DateTimeOffset now, DateTimeOffset? scheduled)
    {
        if (scheduled is { } occurrence && occurrence >= now && occurrence - now <= EarlyWakeTolerance)
        {
            return occurrence;
        }

        var minute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var nextMinute = minute == now ? now : minute.AddMinutes(1);
        return nextMinute - now <= EarlyWakeTolerance ? nextMinute : now;
    }

    /// <summary>
    /// A schedule status time as an instant: the Functions host writes them in the host's local time (UTC on Azure
    /// unless <c>WEBSITE_TIME_ZONE</c> is set) and they often arrive without a kind; <c>default</c> means unknown.
    /// </summary>
    public static DateTimeOffset? FromScheduleStatus(DateTime value) => value == default ? null : UtcInstant.From(value);
}
