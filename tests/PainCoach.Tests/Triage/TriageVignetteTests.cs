using PainCoach.Triage;

namespace PainCoach.Tests.Triage;

public sealed class TriageVignetteTests
{
    private readonly TriageEngine engine = new();

    [Theory]
    [MemberData(nameof(Vignettes.Names), MemberType = typeof(Vignettes))]
    public void Each_vignette_gets_its_level_conditions_and_advice(string name)
    {
        var vignette = Vignettes.Named(name);

        var answer = engine.Assess(vignette.ToRequest());

        Assert.Equal(vignette.Level, answer.Level);
        var conditionIds = answer.PossibleConditions.Select(c => c.Id).ToList();
        Assert.All(vignette.Conditions, expected => Assert.Contains(expected, conditionIds));
        if (vignette.FirstCondition is not null)
        {
            Assert.Equal(vignette.FirstCondition, conditionIds[0]);
        }

        Assert.All(vignette.AdviceContains, words =>
            Assert.True(answer.Advice.Any(line => line.Contains(words, StringComparison.OrdinalIgnoreCase)), $"No advice line contains '{words}': {string.Join(" | ", answer.Advice)}"));
        Assert.All(vignette.AdviceLacks ?? [], words =>
            Assert.DoesNotContain(answer.Advice, line => line.Contains(words, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void There_are_at_least_40_vignettes_covering_every_level_and_every_area()
    {
        Assert.True(Vignettes.All.Count >= 80, $"Only {Vignettes.All.Count} vignettes.");
        Assert.Equal(Enum.GetValues<TriageLevel>().ToHashSet(), Vignettes.All.Select(v => v.Level).ToHashSet());
        Assert.Equal(Enum.GetValues<BodyArea>().ToHashSet(), Vignettes.All.Select(v => v.Area).ToHashSet());
        Assert.Equal(Vignettes.All.Count, Vignettes.All.Select(v => v.Name).Distinct().Count());
    }

    [Fact]
    public void Every_rule_of_the_table_fires_in_at_least_one_vignette()
    {
        var fired = Vignettes.All
            .SelectMany(v => engine.Assess(v.ToRequest()).Reasons.Select(r => r.RuleId))
            .ToHashSet(StringComparer.Ordinal);

        var untested = TriageRules.All.Select(rule => rule.Id).Where(id => !fired.Contains(id)).ToList();

        Assert.True(untested.Count == 0, $"Rules no vignette fires (add one): {string.Join(", ", untested)}");
    }

    [Fact]
    public void Every_vignette_answer_has_a_reason_a_headline_advice_and_the_disclaimer()
    {
        Assert.All(Vignettes.All, vignette =>
        {
            var answer = engine.Assess(vignette.ToRequest());

            Assert.NotEmpty(answer.Reasons);
            Assert.False(string.IsNullOrWhiteSpace(answer.Headline));
            Assert.NotEmpty(answer.Advice);
            Assert.Contains("not a diagnosis", answer.Disclaimer, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_condition_named_comes_with_a_why()
    {
        Assert.All(Vignettes.All.SelectMany(v => engine.Assess(v.ToRequest()).PossibleConditions), condition =>
        {
            Assert.False(string.IsNullOrWhiteSpace(condition.Why));
            Assert.False(string.IsNullOrWhiteSpace(condition.Name));
        });
    }
}
