using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Weakness in one place and "worse by the day" in another ("leg weak. worse today than yesterday") is worsening
/// weakness, urgent; "worse" said of the pain, or "not worse", leaves one-sided weakness at see a clinician.
/// </summary>
public sealed class WeaknessOverDaysTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("leg weak. worse today than yesterday. back agony")]
    [InlineData("my leg has no strength and its worse now, lower back pain")]
    [InlineData("sciatica on the left, that leg has gone weak, weaker since yesterday")]
    [InlineData("right foot weak since my back went and its worse every day")]
    public void Weakness_and_a_change_over_days_is_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my right leg feels weak, not worse than yesterday though, back sore")]
    [InlineData("my leg is weak and the back pain is worse today")]
    [InlineData("left leg a bit weak with the sciatica, the ache is worse when i sit")]
    public void Weakness_with_pain_worse_or_not_worse_stays_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);
}
