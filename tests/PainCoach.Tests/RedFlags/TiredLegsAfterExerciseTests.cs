using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Both legs weak or tired after a workout, with no back pain, no numbness or tingling, nothing giving way and no
/// bladder, bowel or saddle words, is soreness, not the both-legs emergency. Any of those keeps the alert.
/// </summary>
public sealed class TiredLegsAfterExerciseTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("leg day destroyed me, legs feel weak going up stairs, does that make plantar fasciitis worse?")]
    [InlineData("did squats yesterday. both legs weak as anything today, heel a bit sore")]
    [InlineData("first spin class in years, both my legs are weak and wobbly now and my heels ache")]
    public void Tired_legs_after_exercise_with_heel_pain_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("after my run both legs went numb and my heel hurts")]
    [InlineData("both legs keep giving way since the match, heel sore")]
    [InlineData("both legs weak and getting weaker every day since the marathon")]
    [InlineData("both legs feel weak, heel pain too")]
    [InlineData("i ran for the bus and now both legs feel weak and my heel hurts")]
    public void Numbness_giving_way_worsening_or_no_workout_keeps_the_emergency(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);
}
