using System.ComponentModel.DataAnnotations;

namespace PainCoach;

/// <summary>
/// Settings under <c>PainCoach__*</c>. Every value has a safe default so a fresh clone runs as it is;
/// validation runs at start so a bad value stops the host instead of a reminder at 3 a.m.
/// </summary>
public sealed class PainCoachOptions
{
    public const string SectionName = "PainCoach";

    /// <summary>The name people see in every SMS and answer.</summary>
    [Required, StringLength(40, MinimumLength = 2)]
    public string ProgramName { get; set; } = "PainCoach";

    /// <summary>Where people get human help; carriers require it in HELP replies.</summary>
    [Required, StringLength(80, MinimumLength = 3)]
    public string SupportContact { get; set; } = "support@paincoach.example";

    /// <summary>How long <c>/api/health</c> waits for storage before it answers 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the metric totals are written to the log when they changed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MetricsLogInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether a text the red-flag phrases read no sign in is read a second time, by meaning (docs/triage.md, "Second
    /// reading"). On by default; off leaves the phrases alone, which a reviewer can read line by line.
    /// </summary>
    public bool RedFlagSecondReading { get; set; } = true;
}
