using PainCoach.RedFlags;
using PainCoach.Triage;
using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.Tests.Triage;

public sealed class TriageEngineTests
{
    private readonly TriageEngine engine = new();

    private static TriageRequest Request(BodyArea area, int days, bool selfCareTried = false, int? pain = null, int? age = null, params string[] symptoms) =>
        new(area, days, pain, selfCareTried, symptoms.ToHashSet(StringComparer.Ordinal), age);

    private static bool NamesPodiatrist(TriageAssessment answer) =>
        answer.Advice.Any(line => line.Contains("podiatrist", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData(14, true, TriageLevel.SelfCare, false)]
    [InlineData(15, true, TriageLevel.SeeClinician, false)]
    [InlineData(21, true, TriageLevel.SeeClinician, false)]
    [InlineData(22, true, TriageLevel.SeeClinician, true)]
    [InlineData(14, false, TriageLevel.SelfCare, false)]
    [InlineData(15, false, TriageLevel.SelfCare, false)]
    [InlineData(21, false, TriageLevel.SelfCare, false)]
    [InlineData(22, false, TriageLevel.SelfCare, false)]
    public void Heel_pain_turns_to_see_a_clinician_after_14_days_of_self_care_and_names_a_podiatrist_after_21(
        int days, bool selfCareTried, TriageLevel level, bool podiatrist)
    {
        var answer = engine.Assess(Request(BodyArea.Heel, days, selfCareTried, symptoms: FirstStepPain));

        Assert.Equal(level, answer.Level);
        Assert.Equal(podiatrist, NamesPodiatrist(answer));
        Assert.Equal(days > 14 && selfCareTried, answer.Reasons.Any(r => r.RuleId == TriageRules.TwoWeekRuleId));
        Assert.Equal(days > 21 && selfCareTried, answer.Reasons.Any(r => r.RuleId == TriageRules.PodiatristRuleId));
    }

    [Theory]
    [InlineData(15, "heel_pain_self_care_not_yet_tried")]
    [InlineData(14, "heel_pain_self_care_first")]
    public void Heel_pain_without_self_care_is_told_to_start_it_not_sent_on(int days, string ruleId)
    {
        var answer = engine.Assess(Request(BodyArea.Heel, days, selfCareTried: false, symptoms: FirstStepPain));

        Assert.Equal(ruleId, Assert.Single(answer.Reasons).RuleId);
    }

    [Theory]
    [InlineData(28, TriageLevel.SelfCare)]
    [InlineData(29, TriageLevel.SeeClinician)]
    public void Back_pain_is_checked_when_it_has_not_gone_after_four_weeks(int days, TriageLevel level)
    {
        Assert.Equal(level, engine.Assess(Request(BodyArea.Back, days)).Level);
    }

    [Theory]
    [InlineData(7, TriageLevel.SelfCare)]
    [InlineData(8, TriageLevel.SeeClinician)]
    public void Pain_from_8_out_of_10_counts_as_severe(int pain, TriageLevel level)
    {
        Assert.Equal(level, engine.Assess(Request(BodyArea.Heel, 3, pain: pain, symptoms: FirstStepPain)).Level);
    }

    public static TheoryData<string> RedFlagIds()
    {
        var data = new TheoryData<string>();
        foreach (var flag in RedFlagCatalog.All)
        {
            data.Add(flag.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RedFlagIds))]
    public void A_red_flag_keeps_its_level_whatever_mild_symptoms_come_with_it(string flagId)
    {
        var flag = RedFlagCatalog.All.Single(f => f.Id == flagId);
        var area = flag.Area == PainArea.Heel ? BodyArea.Heel : BodyArea.Back;
        string[] mild = [FirstStepPain, CalfTightness, HeelPainStanding, AfterLiftingTwisting];
        var expected = flag.Level.ToTriageLevel();

        // Context signs (how long, how bad) are not ticked: they come from the request's fields.
        var request = Request(area, 2, selfCareTried: true, pain: 2, age: 40, symptoms: [.. mild, .. flag.Patterns[0]]);
        if (flag.Patterns[0].Any(ContextSigns.All.Contains))
        {
            request = request with { DurationDays = 40, PainScore = 9, Symptoms = mild.ToHashSet() };
        }

        var answer = engine.Assess(request);

        Assert.True(answer.Level >= expected, $"{flagId} gave {answer.Level}");
        Assert.Contains(answer.Reasons, r => r.RuleId == flagId && r.Text == flag.Reason);
        Assert.Contains(flag.Level >= AlertLevel.Urgent ? flag.Message : TriageAdvice.BookAppointment, answer.Advice);
        if (flag.Advice is not null)
        {
            Assert.Contains(flag.Advice, answer.Advice);
        }

        Assert.All(flag.ConditionIds, id => Assert.Contains(answer.PossibleConditions, c => c.Id == id));
    }

    [Fact]
    public void Red_flag_level_is_the_answer_even_when_every_see_a_clinician_rule_fires_too()
    {
        var answer = engine.Assess(Request(BodyArea.Both, 60, selfCareTried: true, pain: 9, age: 12,
            DailyLifeDisrupted, FootBurningTingling, NightPain, Worsening, MorningStiffness30Min, Diabetes, AchillesSnap));

        Assert.Equal(TriageLevel.Urgent, answer.Level);
        Assert.Equal("achilles_snap", answer.Reasons[0].RuleId);
        Assert.Equal("achilles_rupture", answer.PossibleConditions[0].Id);
    }

    [Fact]
    public void Reasons_list_every_rule_that_fired_most_urgent_first()
    {
        var answer = engine.Assess(Request(BodyArea.Back, 40, symptoms: [NightPain, Fever, BladderBowelChange]));

        Assert.Equal(
            ["bladder_bowel_change", "fever_with_back_pain", "back_pain_not_improving_after_four_weeks", "night_pain"],
            answer.Reasons.Select(r => r.RuleId));
    }

    [Fact]
    public void Self_care_rules_do_not_fire_beside_a_higher_level()
    {
        var answer = engine.Assess(Request(BodyArea.Heel, 3, symptoms: [FirstStepPain, NightPain]));

        Assert.Equal(TriageLevel.SeeClinician, answer.Level);
        Assert.DoesNotContain(answer.Reasons, r => TriageRules.SelfCareRules.Any(rule => rule.Id == r.RuleId));
    }

    [Fact]
    public void Self_care_advice_names_icing_stretches_footwear_and_rest_for_the_heel()
    {
        var answer = engine.Assess(Request(BodyArea.Heel, 5, symptoms: FirstStepPain));

        Assert.Equal(TriageLevel.SelfCare, answer.Level);
        Assert.Contains(TriageAdvice.HeelIce, answer.Advice);
        Assert.Contains(TriageAdvice.HeelStretches, answer.Advice);
        Assert.Contains(TriageAdvice.HeelFootwear, answer.Advice);
        Assert.Contains(TriageAdvice.HeelRest, answer.Advice);
        Assert.DoesNotContain(TriageAdvice.BackStretches, answer.Advice);
    }

    [Fact]
    public void Self_care_advice_for_the_back_keeps_people_moving_and_names_back_stretches()
    {
        var answer = engine.Assess(Request(BodyArea.Back, 2, symptoms: AfterLiftingTwisting));

        Assert.Contains(TriageAdvice.BackMoving, answer.Advice);
        Assert.Contains(TriageAdvice.BackStretches, answer.Advice);
        Assert.Contains(TriageAdvice.BackWatchFor, answer.Advice);
        Assert.DoesNotContain(TriageAdvice.HeelIce, answer.Advice);
    }

    [Fact]
    public void Emergency_advice_gives_no_home_remedies()
    {
        var answer = engine.Assess(Request(BodyArea.Both, 2, symptoms: [SaddleNumbness, FirstStepPain]));

        Assert.Equal(RedFlagCatalog.EmergencyMessage, answer.Advice[0]);
        Assert.DoesNotContain(TriageAdvice.HeelIce, answer.Advice);
        Assert.DoesNotContain(TriageAdvice.PainRelief, answer.Advice);
        Assert.StartsWith("Emergency", answer.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Ice_caution_is_given_with_diabetes()
    {
        var answer = engine.Assess(Request(BodyArea.Heel, 3, symptoms: [Diabetes, FirstStepPain]));

        Assert.Contains(TriageAdvice.ReducedFeelingCaution, answer.Advice);
    }

    [Fact]
    public void Diabetes_with_back_pain_only_is_not_foot_pain()
    {
        var answer = engine.Assess(Request(BodyArea.Back, 3, symptoms: Diabetes));

        Assert.Equal(TriageLevel.SelfCare, answer.Level);
    }

    [Fact]
    public void The_engine_can_run_another_table_which_is_how_a_rule_under_review_is_tried()
    {
        var rule = new TriageRule("always", TriageLevel.Urgent, "always", _ => true, "Because.", "Go.", "test");
        var custom = new TriageEngine([rule], []);

        var answer = custom.Assess(Request(BodyArea.Heel, 1));

        Assert.Equal(TriageLevel.Urgent, answer.Level);
        Assert.Equal("always", Assert.Single(answer.Reasons).RuleId);
    }
}
