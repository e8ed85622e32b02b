using PainCoach.RedFlags;
using PainCoach.Triage;

namespace PainCoach.Tests.Triage;

public sealed class TriageRulesTests
{
    private static readonly string[] FixedConditionIds =
    [
        "plantar_fasciitis", "achilles_tendinitis", "heel_spur", "heel_nerve_irritation", "sciatica", "herniated_disc",
        "muscle_strain", "spinal_arthritis", "inflammatory_back_pain", "cauda_equina_syndrome", "achilles_rupture",
        "fracture", "infection",
    ];

    [Fact]
    public void Every_rule_has_a_unique_id_a_condition_in_words_a_reason_and_a_source()
    {
        Assert.Equal(TriageRules.All.Count, TriageRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(TriageRules.All, rule =>
        {
            Assert.Matches("^[a-z0-9_]+$", rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.When));
            Assert.False(string.IsNullOrWhiteSpace(rule.Reason));
            Assert.False(string.IsNullOrWhiteSpace(rule.Source));
        });
    }

    [Fact]
    public void The_red_flag_rules_are_exactly_the_shared_catalog()
    {
        Assert.Equal(RedFlagCatalog.All.Select(f => f.Id), TriageRules.RedFlagRules.Select(r => r.Id));
        Assert.All(TriageRules.RedFlagRules, rule =>
        {
            var flag = RedFlagCatalog.All.Single(f => f.Id == rule.Id);
            Assert.Equal(flag.Level.ToTriageLevel(), rule.Level);
            Assert.Equal(flag.Reason, rule.Reason);
            Assert.Equal(flag.Source, rule.Source);
        });
    }

    [Fact]
    public void Levels_are_grouped_as_the_table_says()
    {
        Assert.All(TriageRules.RedFlagRules, r => Assert.True(r.Level >= TriageLevel.SeeClinician));
        Assert.All(TriageRules.SeeClinicianRules, r => Assert.Equal(TriageLevel.SeeClinician, r.Level));
        Assert.All(TriageRules.SelfCareRules, r => Assert.Equal(TriageLevel.SelfCare, r.Level));
    }

    [Fact]
    public void Conditions_use_only_the_fixed_condition_ids_and_each_has_a_name()
    {
        Assert.Equal(FixedConditionIds.Order(), ConditionHints.Names.Keys.Order());
        Assert.All(ConditionHints.All, hint => Assert.Contains(hint.ConditionId, FixedConditionIds));
        Assert.All(TriageRules.All.SelectMany(r => r.ConditionIds ?? []), id => Assert.Contains(id, FixedConditionIds));
    }

    [Fact]
    public void Red_flag_conditions_rank_above_every_symptom_pattern()
    {
        Assert.All(ConditionHints.All, hint => Assert.True(hint.Strength < ConditionHints.UrgentStrength));
        Assert.True(ConditionHints.UrgentStrength < ConditionHints.EmergencyStrength);
    }

    [Fact]
    public void Levels_have_the_contract_wire_names()
    {
        Assert.Equal(
            ["self_care", "see_clinician", "urgent", "emergency"],
            Enum.GetValues<TriageLevel>().Select(l => l.ToWireName()));
    }
}
