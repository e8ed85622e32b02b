using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

public sealed class RedFlagCatalogTests
{
    [Fact]
    public void Every_red_flag_uses_only_known_symptom_ids_and_has_a_unique_id()
    {
        Assert.All(RedFlagCatalog.All.SelectMany(f => f.Patterns.SelectMany(p => p)), id => Assert.Contains(id, SymptomIds.All));
        Assert.Equal(RedFlagCatalog.All.Count, RedFlagCatalog.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void With_no_pain_area_named_exactly_the_flags_that_need_none_fire()
    {
        var everySymptom = RedFlagCatalog.All.SelectMany(f => f.Patterns.SelectMany(p => p)).ToHashSet();

        var fired = RedFlagCatalog.Evaluate(PainArea.Unspecified, everySymptom);

        Assert.DoesNotContain(RedFlagCatalog.All, f => f.Area == PainArea.Unspecified); // a person's side only
        Assert.Equal(RedFlagCatalog.All.Where(f => f.Area == PainArea.Any).Select(f => f.Id).Order(), fired.Select(f => f.Id).Order());
        Assert.Contains(fired, f => f.Area == PainArea.Any);
    }

    [Fact]
    public void Emergency_advice_names_911()
    {
        Assert.All(RedFlagCatalog.All.Where(f => f.Level == AlertLevel.Emergency), f => Assert.Contains("911", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Loss_of_bladder_control_is_an_emergency_whatever_else_is_present()
    {
        var fired = RedFlagCatalog.Evaluate(PainArea.Back, new HashSet<string> { SymptomIds.FirstStepPain, SymptomIds.BladderBowelChange });

        Assert.Equal(AlertLevel.Emergency, fired[0].Level);
        Assert.Contains("cauda_equina_syndrome", fired[0].ConditionIds);
    }

    [Theory]
    [InlineData(PainArea.Back, true)]
    [InlineData(PainArea.Any, true)]
    [InlineData(PainArea.Heel, false)]
    public void Fever_is_a_red_flag_with_back_pain_not_with_heel_pain_alone(PainArea area, bool fires)
    {
        var fired = RedFlagCatalog.Evaluate(area, new HashSet<string> { SymptomIds.Fever });

        Assert.Equal(fires, fired.Any(f => f.Id == "fever_with_back_pain"));
    }

    [Fact]
    public void One_leg_of_sciatica_is_not_the_bilateral_emergency()
    {
        Assert.Empty(RedFlagCatalog.Evaluate(PainArea.Back, new HashSet<string> { SymptomIds.LegPainBelowKnee }));
        Assert.Contains(
            RedFlagCatalog.Evaluate(PainArea.Back, new HashSet<string> { SymptomIds.LegPainBelowKnee, SymptomIds.BothLegs }),
            f => f.Id == "bilateral_leg_symptoms");
    }
}
