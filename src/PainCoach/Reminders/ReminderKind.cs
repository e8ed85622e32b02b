namespace PainCoach.Reminders;

public enum ReminderKind
{
    Ice,
    Stretch,
    CheckIn,
    FollowUpDay14,
    FollowUpDay21,
}

/// <summary>How reminder kinds are named outside the engine (the DONE log, <see cref="Subscriptions.IReminderHistory"/>).</summary>
public static class ReminderKindNames
{
    public static string Name(this ReminderKind kind) => kind switch
    {
        ReminderKind.Ice => "ice",
        ReminderKind.Stretch => "stretch",
        ReminderKind.CheckIn => "checkin",
        ReminderKind.FollowUpDay14 => "followup14",
        ReminderKind.FollowUpDay21 => "followup21",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reminder kind."),
    };
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
