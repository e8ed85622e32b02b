namespace PainCoach.RedFlags;

/// <summary>
/// Signs of CONTENT.md's see-a-clinician tier that are about how long or how bad the pain is, not a symptom. They are
/// not triage symptom ids (nobody ticks them): triage derives them from <c>durationDays</c>, <c>selfCareTried</c> and
/// <c>painScore</c>, and the free-text screen reads them from wording ("3 weeks of stretching and still sore", "9/10").
/// So the catalog holds the whole tier, and a sign gets one level however it is reported.
/// </summary>
public static class ContextSigns
{
    /// <summary>Pain of 8 or more out of 10, or said to be the worst ever.</summary>
    public const string SeverePain = "severe_pain";

    /// <summary>Heel pain for more than two weeks although self-care was tried.</summary>
    public const string HeelPainPastTwoWeeks = "heel_pain_past_two_weeks";

    /// <summary>Back pain for more than four weeks, not improving.</summary>
    public const string BackPainPastFourWeeks = "back_pain_past_four_weeks";

    public static IReadOnlyList<string> All { get; } = [SeverePain, HeelPainPastTwoWeeks, BackPainPastFourWeeks];
}
