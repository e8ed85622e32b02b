namespace PainCoach.Reminders;

public enum ReminderKind
{
    Ice,
    Stretch,
    CheckIn,
    FollowUpDay14,
    FollowUpDay21,
}

/// <summary>The three programs a subscriber can join.</summary>
public static class ReminderPrograms
{
    public const string Heel = "heel";
    public const string Back = "back";
    public const string Both = "both";

    public static bool IsKnown(string? program) => program is Heel or Back or Both;

    /// <summary>How the program is named in every reminder (with the service name in front).</summary>
    public static string Label(string program) => program switch
    {
        Heel => "Heel",
        Back => "Back",
        Both => "Heel+Back",
        _ => throw new ArgumentOutOfRangeException(nameof(program), program, "Unknown program."),
    };
}
