using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

public sealed class RedFlagCatalogTests
{
    [Fact]
    public void Every_red_flag_uses_only_known_symptom_ids_or_context_signs_and_has_a_unique_id_a_source_and_its_tier_message()
    {
        Assert.All(RedFlagCatalog.All.SelectMany(f => f.Patterns.SelectMany(p => p)), id => Assert.Contains(id, SymptomIds.All.Concat(ContextSigns.All)));
        Assert.All(RedFlagCatalog.All, f =>
        {
            Assert.Matches("^[a-z0-9_]+$", f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.Source));
            Assert.Equal(RedFlagCatalog.MessageFor(f.Level), f.Message);
        });
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

    [Theory]
    [InlineData(PainArea.Heel, new[] { SymptomIds.MajorTrauma }, AlertLevel.Urgent)]
    [InlineData(PainArea.Back, new[] { SymptomIds.MajorTrauma }, AlertLevel.Emergency)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.Fever }, AlertLevel.Urgent)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.RedHotSwollen }, AlertLevel.Urgent)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.Diabetes }, AlertLevel.SeeClinician)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.Diabetes, SymptomIds.FootWound }, AlertLevel.Urgent)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.Diabetes, SymptomIds.FootDeformity }, AlertLevel.Urgent)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.CalfSwellingOneSide }, AlertLevel.Urgent)]
    [InlineData(PainArea.Back, new[] { SymptomIds.ChestPain }, AlertLevel.Emergency)]
    [InlineData(PainArea.Back, new[] { SymptomIds.Osteoporosis }, AlertLevel.SeeClinician)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.Immunosuppressed }, AlertLevel.SeeClinician)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.CancerHistory }, AlertLevel.SeeClinician)]
    [InlineData(PainArea.Back, new[] { SymptomIds.CancerHistory }, AlertLevel.Urgent)]
    [InlineData(PainArea.Unspecified, new[] { SymptomIds.Immunosuppressed, SymptomIds.Fever }, AlertLevel.Urgent)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.BothLegs, SymptomIds.FootBurningTingling }, AlertLevel.SeeClinician)]
    [InlineData(PainArea.Back, new[] { SymptomIds.BothLegs, SymptomIds.FootBurningTingling }, AlertLevel.Emergency)]
    [InlineData(PainArea.Heel, new[] { SymptomIds.BothLegs, SymptomIds.LegNumbnessTingling }, AlertLevel.Emergency)]
    [InlineData(PainArea.Heel, new[] { ContextSigns.SeverePain }, AlertLevel.SeeClinician)]
    public void The_revised_rules_give_the_tier_content_md_names(PainArea area, string[] signs, AlertLevel expected)
    {
        Assert.Equal(expected, RedFlagCatalog.LevelFor(area, signs.ToHashSet()));
    }

    [Theory]
    [InlineData(PainArea.Heel, new[] { SymptomIds.BothLegs })]
    [InlineData(PainArea.Back, new[] { SymptomIds.BothLegs })]
    [InlineData(PainArea.Unspecified, new[] { SymptomIds.CancerHistory })]
    [InlineData(PainArea.Heel, new[] { SymptomIds.Osteoporosis })]
    [InlineData(PainArea.Heel, new[] { SymptomIds.FootWound })]
    [InlineData(PainArea.Heel, new[] { SymptomIds.FirstStepPain, SymptomIds.CalfTightness })]
    public void Signs_that_are_no_red_flag_alone_fire_nothing(PainArea area, string[] signs)
    {
        Assert.Null(RedFlagCatalog.LevelFor(area, signs.ToHashSet()));
    }

    [Fact]
    public void Levels_have_the_contract_wire_names_and_messages_say_what_to_do()
    {
        Assert.Equal(["see_clinician", "urgent", "emergency"], Enum.GetValues<AlertLevel>().Select(l => l.ToWireName()));
        Assert.Contains("911", RedFlagCatalog.EmergencyMessage, StringComparison.Ordinal);
        Assert.Contains("today", RedFlagCatalog.UrgentMessage, StringComparison.Ordinal);
        Assert.Contains("Book an appointment", RedFlagCatalog.SeeClinicianMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("911", RedFlagCatalog.SeeClinicianMessage, StringComparison.Ordinal);
    }
}
