namespace PainCoach.Subscribers;

/// <summary>
/// Every kind of reminder, the one list: people set the times of <see cref="Ice"/> and <see cref="Stretch"/> with
/// TIME; the engine adds check-ins and follow-ups; DONE records which one it answers.
/// </summary>
public enum ReminderKind
{
    Ice,
    Stretch,
    CheckIn,
    FollowUpDay14,
    FollowUpDay21,
}

/// <summary>How reminder kinds are named in stored records and API answers.</summary>
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
