using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Back pain after something heavy fell on the writer, came down on top of them or pinned them under it, told with words
/// between the fall and the back ("a branch fell on me in the storm and now my back is agony"), is the emergency back
/// trauma. The thing falling on something else, nearly falling, a light thing, or someone else pinned stays quiet.
/// </summary>
public sealed class HeavyThingFellOnTheWriterTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("a shelf of boxes fell on me at work and now my back is in agony")]
    [InlineData("a branch fell on me in the storm and now my back is agony")]
    [InlineData("whole stack of tyres fell onto me at the garage and my lower back is in bits")]
    [InlineData("a bookcase toppled over on me yesterday and my back has been terrible since")]
    [InlineData("got crushed under a pile of pallets at work, my back is killing me")]
    [InlineData("the shelving unit came down on top of me, back is wrecked")]
    public void A_heavy_thing_that_fell_on_the_writer_with_back_pain_is_an_emergency(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == "back_pain_after_major_trauma");
    }

    [Theory]
    [InlineData("a shelf fell off the wall in the kitchen, my back aches from putting it back up")]
    [InlineData("the boxes fell on the floor and i had to pick them all up, back is sore now")]
    [InlineData("a branch fell on the car in the storm, my back hurts from clearing it up")]
    [InlineData("the shelf nearly fell on me but i caught it, back a bit stiff from the stretch")]
    [InlineData("a cushion fell on me off the sofa lol, back is stiff from the mattress")]
    [InlineData("my mate got pinned under a car at work, my back aches from lifting")]
    public void A_thing_that_fell_elsewhere_nearly_or_lightly_or_on_someone_else_raises_no_emergency(string text)
    {
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen(text)?.Level);
    }
}
