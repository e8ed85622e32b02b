namespace PainCoach.RedFlags;

/// <summary>
/// How soon someone must act, lowest first (so "most urgent" is simply the highest). Wire names (see
/// <see cref="AlertLevels.ToWireName"/>): <c>see_clinician</c>, <c>urgent</c>, <c>emergency</c>.
/// </summary>
public enum AlertLevel
{
    /// <summary>Book an appointment soon (CONTENT.md "See a clinician").</summary>
    SeeClinician,

    /// <summary>Be seen the same day.</summary>
    Urgent,

    /// <summary>Call 911 or go to the emergency department now.</summary>
    Emergency,
}

public static class AlertLevels
{
    /// <summary>The contract's names for <c>alert.level</c> (DESIGN.md).</summary>
    public static string ToWireName(this AlertLevel level) => level switch
    {
        AlertLevel.Emergency => "emergency",
        AlertLevel.Urgent => "urgent",
        AlertLevel.SeeClinician => "see_clinician",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown alert level."),
    };
}

/// <summary>Which pain the red flag goes with.</summary>
public enum PainArea
{
    /// <summary>On a flag: the signs alone are enough. On a person: heel and back pain ("both"), so every flag fits.</summary>
    Any,
    Heel,
    Back,

    /// <summary>The person's side only: no pain area was named, so only flags that need none (<see cref="Any"/>) fit.</summary>
    Unspecified,

    /// <summary>On a flag: heel or back pain must be present, either one (e.g. a cancer history "with new pain").</summary>
    HeelOrBack,
}

/// <summary>
/// One red flag of CONTENT.md's three tiers. It fires when the pain area fits and every symptom of at least one
/// pattern is present. Triage (structured symptoms), the FAQ's free-text screen and SMS all evaluate these records.
/// </summary>
/// <param name="Id">Stable id: the triage <c>ruleId</c>.</param>
/// <param name="Level">The tier.</param>
/// <param name="Area">The pain the signs must come with.</param>
/// <param name="Patterns">Alternatives; each is a set of symptom ids that must all be present.</param>
/// <param name="Reason">Why it matters, plain words, second person.</param>
/// <param name="Message">What to do now: the tier's message (911 / same day / book soon).</param>
/// <param name="Source">The guidance it encodes: NICE NG59, NICE NG19, NHS pages, the article's section.</param>
/// <param name="ConditionIds">Conditions it points to (fixed condition ids).</param>
/// <param name="Advice">Extra advice of this flag for triage answers; null when the tier's message says it all.</param>
/// <param name="PainMustBeNew">The flag is about new pain (a cancer history, a weak immune system or thin bones "with new
/// pain"): pain known only from a subscriber's program does not count for it.</param>
public sealed record RedFlag(
    string Id,
    AlertLevel Level,
    PainArea Area,
    IReadOnlyList<IReadOnlyList<string>> Patterns,
    string Reason,
    string Message,
    string Source,
    IReadOnlyList<string> ConditionIds,
    string? Advice = null,
    bool PainMustBeNew = false)
{
    /// <param name="area">The person's pain area; <see cref="PainArea.Any"/> when heel and back ("both"),
    /// <see cref="PainArea.Unspecified"/> when none was named.</param>
    /// <param name="symptoms">Symptom ids from <see cref="SymptomIds"/>.</param>
    public bool Matches(PainArea area, IReadOnlySet<string> symptoms)
    {
        ArgumentNullException.ThrowIfNull(symptoms);
        var areaFits = Area switch
        {
            PainArea.Any => true,
            PainArea.HeelOrBack => area != PainArea.Unspecified,
            _ => area == PainArea.Any || area == Area,
        };
        return areaFits && Patterns.Any(pattern => pattern.All(symptoms.Contains));
    }
}
