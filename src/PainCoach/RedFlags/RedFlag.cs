namespace PainCoach.RedFlags;

/// <summary>How soon someone must act. Serialised lower-case: <c>emergency</c>, <c>urgent</c>.</summary>
public enum AlertLevel
{
    Urgent,
    Emergency,
}

/// <summary>Which pain the red flag goes with; <see cref="Any"/> when the signs alone are enough.</summary>
public enum PainArea
{
    Any,
    Heel,
    Back,

    /// <summary>The person's side only: no pain area was named, so only flags that need none (<see cref="Any"/>) fit.</summary>
    Unspecified,
}

/// <summary>
/// One red flag from CONTENT.md. It fires when the pain area fits and every symptom of at least one pattern is
/// present. Triage (structured symptoms), the FAQ's free-text screen and SMS all evaluate these same records.
/// </summary>
public sealed record RedFlag(
    string Id,
    AlertLevel Level,
    PainArea Area,
    IReadOnlyList<IReadOnlyList<string>> Patterns,
    string Reason,
    string Message,
    string Source,
    IReadOnlyList<string> ConditionIds)
{
    /// <param name="area">The person's pain area; <see cref="PainArea.Any"/> when heel and back ("both"),
    /// <see cref="PainArea.Unspecified"/> when none was named.</param>
    /// <param name="symptoms">Symptom ids from <see cref="SymptomIds"/>.</param>
    public bool Matches(PainArea area, IReadOnlySet<string> symptoms)
    {
        ArgumentNullException.ThrowIfNull(symptoms);
        var areaFits = Area == PainArea.Any || area == PainArea.Any || area == Area;
        return areaFits && Patterns.Any(pattern => pattern.All(symptoms.Contains));
    }
}
