namespace PainCoach;

/// <summary>
/// Heel, back or both: the one vocabulary for where it hurts. A subscriber's program, a triage request's area and
/// a knowledge-base entry's topic are each one of these. Stored and sent by name (<c>Heel</c>; <c>heel</c> on the
/// wire), so adding a value never renumbers anything. It lives at the root because Triage, Faq and Subscribers all
/// use it and none may use another (docs/architecture.md). The red-flag catalog's <c>PainArea</c> is a matcher's
/// scope (any area, or none named), not another name for this.
/// </summary>
public enum BodyArea
{
    Heel,
    Back,
    Both,
}

public static class BodyAreas
{
    /// <summary>The contract names, in order: <c>heel</c>, <c>back</c>, <c>both</c>.</summary>
    public static IReadOnlyList<string> ContractNames { get; } = ["heel", "back", "both"];

    /// <summary>Reads <c>heel</c>, <c>back</c> or <c>both</c> in any case, with spaces around.</summary>
    public static bool TryParse(string? text, out BodyArea area)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "HEEL":
                area = BodyArea.Heel;
                return true;
            case "BACK":
                area = BodyArea.Back;
                return true;
            case "BOTH":
                area = BodyArea.Both;
                return true;
            default:
                area = default;
                return false;
        }
    }

    /// <summary>The lower-case name the HTTP contract uses (<c>heel</c>, <c>back</c>, <c>both</c>).</summary>
    public static string ToContractName(this BodyArea area) => area switch
    {
        BodyArea.Heel => "heel",
        BodyArea.Back => "back",
        BodyArea.Both => "both",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown area."),
    };

    /// <summary>How SMS texts and reminders name a program; never a diagnosis (someone else may read the phone).</summary>
    public static string ToDisplayName(this BodyArea area) => area switch
    {
        BodyArea.Heel => "Heel",
        BodyArea.Back => "Back",
        _ => "Heel+Back",
    };
}
