using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// A band, a team or a singer that "couldn't perform" is not the writer's sex life, and a hot water bottle that leaked
/// (the heat idiom cuts only "hot", so the bottle stays the subject) is not the writer's bladder. The writer's own "can't perform" and
/// "i leaked on the bed" with back pain stay emergencies.
/// </summary>
public sealed class GroupOrThingAsTheSubjectTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("back pain all week, went to the gig but the band couldnt perform")]
    [InlineData("the team couldnt perform last night, my back aches from shouting")]
    [InlineData("the singer couldnt perform so the gig was off, back sore from standing in the queue")]
    [InlineData("my back aches and the hot water bottle leaked on the bed")]
    [InlineData("the hot water bottle burst on the sofa, my back still aches a bit")]
    public void A_group_or_a_thing_as_the_subject_raises_no_alert(string text)
    {
        Assert.Null(screen.Screen(text));
    }

    [Theory]
    [InlineData("since my back went i cant perform in bed with my wife")]
    [InlineData("i play in a band and since my back went i cant perform in the bedroom")]
    [InlineData("back pain and i leaked on the bed last night without knowing")]
    public void The_writers_own_loss_with_back_pain_stays_an_emergency(string text)
    {
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);
    }
}
