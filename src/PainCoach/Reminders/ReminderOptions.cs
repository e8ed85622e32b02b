using System.ComponentModel.DataAnnotations;

namespace PainCoach.Reminders;

/// <summary>
/// Settings under <c>PainCoach__Reminders__*</c>; validated at start. The send window and the daily cap live here
/// only: TIME refuses, the JOIN text discloses and the engine enforces these same values. Their documented names
/// are <c>PainCoach__Sms__SendWindowStart</c>, <c>__SendWindowEnd</c> and <c>__DailyCap</c>; those are still read
/// and win over <c>PainCoach__Reminders__*</c> of the same name (see <see cref="SmsSectionName"/>).
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "PainCoach:Reminders";

    /// <summary>Where the send window and cap were set before they moved here; still bound, after <see cref="SectionName"/>.</summary>
    public const string SmsSectionName = "PainCoach:Sms";

    /// <summary>Earliest local time a reminder may be sent (quiet hours end). Some US states are stricter than 08:00.</summary>
    public TimeOnly SendWindowStart { get; set; } = new(8, 0);

    /// <summary>Local time from which nothing more is sent (quiet hours start).</summary>
    public TimeOnly SendWindowEnd { get; set; } = new(21, 0);

    /// <summary>At most this many reminders per subscriber per local day; disclosed in the JOIN confirmation and HELP.</summary>
    [Range(1, 12)]
    public int DailyCap { get; set; } = 6;

    /// <summary>Missed occurrences younger than this are caught up; older ones are skipped and rescheduled.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How many Twilio calls one run makes at once.</summary>
    [Range(1, 64)]
    public int SendConcurrency { get; set; } = 8;

    /// <summary>Twilio calls per occurrence within one run (429, 5xx, connection failures).</summary>
    [Range(1, 10)]
    public int MaxSendAttempts { get; set; } = 3;

    /// <summary>Runs that may retry an occurrence whose attempts all failed before it is given up.</summary>
    [Range(1, 10)]
    public int MaxRuns { get; set; } = 5;

    /// <summary>First backoff after a failure; doubles each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait within a run (also caps Retry-After); a longer Retry-After leaves the occurrence to the next run.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one Twilio call may take before its outcome counts as unknown (see docs/reminders.md).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// After an unknown outcome (answer lost, connection closed after the request went out, timeout), how long to let
    /// Twilio finish what it may have received before its Messages list is asked; not found then means not created.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan LookupSettleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A claim older than this with no recorded outcome belongs to a crashed run. It also bounds how long a run keeps
    /// asking Twilio about an unknown outcome: past it, the occurrence is recorded as unknown.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Claims older than this are deleted (a subscriber's every check-in prunes their own). An occurrence can be
    /// claimed only within the grace window and DONE looks back a day, so a week keeps a margin for diagnosis.
    /// </summary>
    [Range(typeof(TimeSpan), "2.00:00:00", "90.00:00:00")]
    public TimeSpan ClaimRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Upper bound of due entries one run reads; the rest wait for the next run.</summary>
    [Range(1, 100_000)]
    public int MaxDuePerRun { get; set; } = 20_000;

    /// <summary>Prefix of the engine's three tables (Due, Claims, Plan). Tests use a unique one.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,50}$")]
    public string TablePrefix { get; set; } = "Reminders";

    /// <summary>Gives a time of the day in the window, as TIME accepts it: inclusive at both ends.</summary>
    public bool AcceptsLocalTime(TimeOnly time) => time >= SendWindowStart && time <= SendWindowEnd;

    internal static IEnumerable<string> Problems(ReminderOptions options)
    {
        if (options.SendWindowEnd <= options.SendWindowStart)
        {
            yield return "PainCoach:Reminders:SendWindowEnd must be after SendWindowStart.";
        }

        if (options.SendWindowEnd - options.SendWindowStart < TimeSpan.FromHours(1))
        {
            yield return "PainCoach:Reminders: the send window must be at least one hour.";
        }

        if (options.MaxRetryDelay < options.RetryBaseDelay)
        {
            yield return "PainCoach:Reminders:MaxRetryDelay must be at least RetryBaseDelay.";
        }

        if (options.ClaimLease <= options.SendTimeout * options.MaxSendAttempts + options.MaxRetryDelay * options.MaxSendAttempts)
        {
            yield return "PainCoach:Reminders:ClaimLease must outlast every attempt of one send, or a live claim could be taken for a crashed one.";
        }

        if (options.ClaimLease <= options.SendTimeout * 3 + options.LookupSettleDelay)
        {
            yield return "PainCoach:Reminders:ClaimLease must leave time to look up an unknown outcome and send again (more than 3 SendTimeouts plus LookupSettleDelay).";
        }
    }
}
