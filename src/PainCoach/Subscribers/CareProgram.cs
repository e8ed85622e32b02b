namespace PainCoach.Subscribers;

/// <summary>The reminder program a subscriber chose. Stored by name (<c>Heel</c>, <c>Back</c>, <c>Both</c>).</summary>
public enum CareProgram
{
    Heel,
    Back,
    Both,
}

public static class CareProgramNames
{
    /// <summary>Reads <c>heel</c>, <c>back</c> or <c>both</c> in any case, with spaces around.</summary>
    public static bool TryParse(string? text, out CareProgram program)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "HEEL":
                program = CareProgram.Heel;
                return true;
            case "BACK":
                program = CareProgram.Back;
                return true;
            case "BOTH":
                program = CareProgram.Both;
                return true;
            default:
                program = default;
                return false;
        }
    }

    /// <summary>The lower-case name used by the HTTP contract (<c>heel</c>, <c>back</c>, <c>both</c>).</summary>
    public static string ToContractName(this CareProgram program) => program switch
    {
        CareProgram.Heel => "heel",
        CareProgram.Back => "back",
        _ => "both",
    };

    /// <summary>How SMS texts and reminders name the program; never a diagnosis (someone else may read the phone).</summary>
    public static string ToDisplayName(this CareProgram program) => program switch
    {
        CareProgram.Heel => "Heel",
        CareProgram.Back => "Back",
        _ => "Heel+Back",
    };
}
