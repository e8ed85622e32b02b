using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The heat and electric idioms cut only the misleading word ("hot", "warm", "heat", "electric") and keep the thing
/// ("hot water bottle" → "water bottle", "electric blanket" → "blanket"), so a sentence keeps its subject and every
/// sign's guard sees the thing, not a residue like "the leaked" that no person writes.
/// </summary>
public sealed class IdiomCutKeepsTheThingTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("my back hurts and the electric blanket has stopped working")]
    [InlineData("the electric blanket on our bed has stopped working and my back aches")]
    [InlineData("back is agony and the electric heater has stopped working downstairs")]
    [InlineData("sore back and the electric toothbrush isnt working")]
    [InlineData("my back is sore and the hot water bottle leaked on the bed")]
    [InlineData("the hot water bottle split in the night, lower back a bit stiff")]
    [InlineData("my heel is red and hot after a hot bath")]
    public void A_thing_named_with_a_heat_or_electric_word_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("since my back went things down there arent working", AlertLevel.Emergency)]
    [InlineData("back pain and i leaked on the bed last night without knowing", AlertLevel.Emergency)]
    [InlineData("diabetic and my feet are red and hot", AlertLevel.Urgent)]
    [InlineData("electric shocks down my leg and my back hurts", AlertLevel.SeeClinician)]
    [InlineData("my heel is red hot and swollen", AlertLevel.Urgent)]
    public void The_writers_own_sign_keeps_its_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Fact]
    public void A_diabetic_foot_red_and_hot_just_after_a_hot_bath_is_diabetes_with_foot_symptoms_not_the_hot_foot_sign()
    {
        var alert = screen.Screen("diabetic and after a hot bath my feet are red and hot");
        Assert.Equal(AlertLevel.SeeClinician, alert?.Level);
    }

    [Theory]
    [InlineData("the hot water bottle leaked in the night, back still stiff")]
    [InlineData("back aches and the hot water bottle burst on the sofa")]
    public void A_heat_thing_that_leaked_gets_no_safety_check(string text)
    {
        Assert.Null(screen.SafetyCheckFor(text));
        Assert.Null(screen.SafetyCheckFor(text, BodyArea.Back));
    }
}
