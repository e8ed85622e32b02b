using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Plans and routines are not the see-a-clinician signs (2026-12-04, from helpers' own probes): not getting to the
/// shops until a day or time is a plan, not daily life stopped by pain; taking an hour to get ready is a routine, not
/// morning stiffness. The same activities stopped by the pain, or stiffness that takes an hour to ease, still alert.
/// </summary>
public sealed class EverydayPlansTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("cant get to the shops till the weekend, my heel aches a bit")]
    [InlineData("cant make it to the supermarket until friday, heel sore")]
    [InlineData("wont be able to go to the gym until monday, back is a bit tight")]
    [InlineData("it takes me ages to get the kids ready for school and my heel is sore by then")]
    public void Plans_and_routines_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("my back is so bad i cant go to the shops or do the housework anymore")]
    [InlineData("cant go to the shops till my back eases, my husband does it all now")]
    [InlineData("it takes me an hour to get moving in the morning, my back is that stiff")]
    [InlineData("takes me ages to get ready cos i cant put my own shoes on with this back")]
    public void The_same_activities_stopped_by_pain_still_alert(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);
}
