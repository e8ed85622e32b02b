using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// CONTENT.md's "a weakened immune system with fever" names no pain area, so a message that says both raises the
/// urgent alert even when it names no heel or back pain (coordinator's decision, night round; docs/triage.md
/// "rf-recall4"). Kept narrow: the writer's own immune-weakening drug or condition plus a current fever.
/// </summary>
public sealed class ImmunosuppressedFeverWithoutPainAreaTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("on infliximab for my colitis and I've spiked a temperature")]
    [InlineData("kidney transplant last year, on tacrolimus, and my temp shot up tonight")]
    [InlineData("I've been on prednisolone for years for my asthma and now I have a fever")]
    [InlineData("taking methotrexate and I came down with a temperature this afternoon")]
    public void A_weakened_immune_system_with_a_fever_is_urgent_with_no_pain_area_named(string text)
    {
        var reading = screen.Read(text);
        var alert = screen.Screen(text);

        Assert.Equal(PainArea.Unspecified, reading.Area);
        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == "immunosuppressed_with_fever");
    }

    [Theory]
    [InlineData("on humira for my crohns, is that a problem for running?")] // the drug alone, no pain area
    [InlineData("I've spiked a temperature and feel rotten")] // a fever alone, no pain area
    [InlineData("on humira for my crohns and no fever at all")]
    [InlineData("my husband is on chemo and has a temperature")] // someone else's
    [InlineData("had a short course of prednisolone for a week and now I have a temperature")] // a short course is not long-term
    public void Either_sign_alone_or_not_the_writers_raises_nothing_without_a_pain_area(string text)
    {
        Assert.Null(screen.Screen(text));
    }
}
