using PainCoach.RedFlags;

namespace PainCoach.Triage;

/// <summary>How soon to act, lowest first, so the answer's level is simply the highest that fired.</summary>
public enum TriageLevel
{
    SelfCare,
    SeeClinician,
    Urgent,
    Emergency,
}

public static class TriageLevels
{
    /// <summary>A red flag's tier as a triage level (the catalog's three tiers are the top three levels).</summary>
    public static TriageLevel ToTriageLevel(this AlertLevel level) => level switch
    {
        AlertLevel.Emergency => TriageLevel.Emergency,
        AlertLevel.Urgent => TriageLevel.Urgent,
        AlertLevel.SeeClinician => TriageLevel.SeeClinician,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown alert level."),
    };

    /// <summary>The contract's wire names: <c>self_care</c>, <c>see_clinician</c>, <c>urgent</c>, <c>emergency</c>.</summary>
    public static string ToWireName(this TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "emergency",
        TriageLevel.Urgent => "urgent",
        TriageLevel.SeeClinician => "see_clinician",
        TriageLevel.SelfCare => "self_care",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown triage level."),
    };
}
