namespace PainCoach.Subscribers;

/// <summary>
/// Starting reminder times per program (local time), inside the default 08:00-21:00 window and under the default cap.
/// Ice 3 times a day (CONTENT.md); heel stretches in the morning before first steps and in the evening.
/// People change them with TIME. The reminder engine decides what each reminder says.
/// </summary>
public static class ProgramDefaults
{
    public static IReadOnlyList<TimeOnly> IceTimes(BodyArea program) => [new(10, 0), new(14, 0), new(19, 0)];

    public static IReadOnlyList<TimeOnly> StretchTimes(BodyArea program) => program switch
    {
        BodyArea.Back => [new(9, 0), new(18, 0)],
        _ => [new(8, 0), new(20, 0)],
    };
}
