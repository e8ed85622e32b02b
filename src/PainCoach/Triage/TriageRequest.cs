namespace PainCoach.Triage;

/// <summary>A validated triage request: the area, how long, how bad, what was tried and which symptoms.</summary>
public sealed record TriageRequest(
    BodyArea Area,
    int DurationDays,
    int? PainScore,
    bool SelfCareTried,
    IReadOnlySet<string> Symptoms,
    int? Age)
{
    public bool HasHeelPain => Area is BodyArea.Heel or BodyArea.Both;

    public bool HasBackPain => Area is BodyArea.Back or BodyArea.Both;

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
