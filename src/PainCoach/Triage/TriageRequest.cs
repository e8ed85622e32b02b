namespace PainCoach.Triage;

/// <summary>A validated triage request: the area, how long, how bad, what was tried and which symptoms.</summary>
public sealed record TriageRequest(
    TriageArea Area,
    int DurationDays,
    int? PainScore,
    bool SelfCareTried,
    IReadOnlySet<string> Symptoms,
    int? Age)
{
    public bool HasHeelPain => Area is TriageArea.Heel or TriageArea.Both;

    public bool HasBackPain => Area is TriageArea.Back or TriageArea.Both;

    public bool Has(string symptomId) => Symptoms.Contains(symptomId);

    public bool HasAny(params ReadOnlySpan<string> symptomIds)
    {
        foreach (var id in symptomIds)
        {
            if (Symptoms.Contains(id))
            {
                return true;
            }
        }

        return false;
    }
}
