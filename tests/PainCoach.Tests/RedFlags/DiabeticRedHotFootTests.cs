using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// A diabetic whose foot is red and hot, with no swelling said, is the urgent diabetic foot (coordinator's decision,
/// round of 2026-12-06; docs/triage.md): issue 12 names "diabetes with a red hot foot" among the gaps, and NICE NG19
/// suspects an active Charcot foot on redness or warmth in a person with diabetes and asks for a referral within one
/// working day. Red and hot together is asked for, not either alone, and not from a bath, a sauna or a moment after a run.
/// </summary>
public sealed class DiabeticRedHotFootTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("im diabetic and my foot has gone red and hot")]
    [InlineData("type 2 diabetes here. top of my foot is red and warm since yesterday")]
    [InlineData("on insulin, my heel is hot and red, no cut that i can see")]
    [InlineData("diabetic. foot red n hot since sat")]
    [InlineData("my foot looks red and feels hot, im a type 1 diabetic, is that bad")]
    [InlineData("t2d. left foot hot + red")]
    public void A_diabetics_red_hot_foot_is_the_urgent_diabetic_foot(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == "diabetic_foot");
    }

    [Theory]
    [InlineData("diabetic, my foot gets red when i use the hot water bottle")]
    [InlineData("diabetic here, my feet went red and warm in the sauna, is that normal")]
    [InlineData("diabetic, foot red and hot for a few minutes after my run then back to normal")]
    [InlineData("diabetic, heel is not red or hot, just sore")]
    [InlineData("diabetic, wore my red socks on a hot day and my heel was sore after")]
    [InlineData("my face goes red and hot when i drink wine, im diabetic, heel ache is mild")]
    public void A_diabetics_sore_foot_without_a_red_hot_foot_stays_see_a_clinician(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.SeeClinician, alert.Level);
    }

    [Theory]
    [InlineData("im not diabetic, my foot went red and hot in the bath")]
    [InlineData("prediabetic and my foot is red and hot")]
    [InlineData("my dad is diabetic and his foot is red and hot")]
    public void Without_the_writers_own_diabetes_a_red_hot_foot_alone_raises_nothing(string text)
    {
        Assert.Null(screen.Screen(text));
    }
}
