using PainCoach.RedFlags;

namespace PainCoach.Triage;

/// <summary>Where it hurts, as the person tells us: <c>heel</c>, <c>back</c> or <c>both</c>.</summary>
public enum TriageArea
{
    Heel,
    Back,
    Both,
}

public static class TriageAreas
{
    public static IReadOnlyList<string> WireNames { get; } = ["heel", "back", "both"];

    public static string ToWireName(this TriageArea area) => area switch
    {
        TriageArea.Heel => "heel",
        TriageArea.Back => "back",
        TriageArea.Both => "both",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown area."),
    };

    public static bool TryParse(string? text, out TriageArea area)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "HEEL":
                area = TriageArea.Heel;
                return true;
            case "BACK":
                area = TriageArea.Back;
                return true;
            case "BOTH":
                area = TriageArea.Both;
                return true;
            default:
                area = default;
                return false;
        }
    }

    /// <summary>The red-flag catalog's view: heel and back together fit every flag (<see cref="PainArea.Any"/>).</summary>
    public static PainArea ToPainArea(this TriageArea area) => area switch
    {
        TriageArea.Heel => PainArea.Heel,
        TriageArea.Back => PainArea.Back,
        _ => PainArea.Any,
    };
}
