using PainCoach.RedFlags;
using PainCoach.Triage;

namespace PainCoach.Tests.Triage;

public sealed class TriageInputValidatorTests
{
    private static TriageValidation Validate(
        string? area = "heel", int? days = 5, int? pain = null, int? age = null, bool? selfCare = null, List<string?>? symptoms = null) =>
        TriageInputValidator.Validate(new TriageInput
        {
            Area = area,
            DurationDays = days,
            PainScore = pain,
            Age = age,
            SelfCareTried = selfCare,
            Symptoms = symptoms,
        });

    [Fact]
    public void Area_and_duration_alone_are_a_valid_request()
    {
        var result = Validate();

        Assert.True(result.IsValid);
        Assert.Equal(BodyArea.Heel, result.Request!.Area);
        Assert.Equal(5, result.Request.DurationDays);
        Assert.False(result.Request.SelfCareTried);
        Assert.Empty(result.Request.Symptoms);
    }

    [Theory]
    [InlineData(null, "'area' is required")]
    [InlineData("", "'area' is required")]
    [InlineData("knee", "'area' must be one of heel, back, both")]
    public void Area_is_required_and_must_be_heel_back_or_both(string? area, string error)
    {
        var result = Validate(area: area);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HEEL", BodyArea.Heel)]
    [InlineData(" back ", BodyArea.Back)]
    [InlineData("Both", BodyArea.Both)]
    public void Area_ignores_case_and_surrounding_spaces(string area, BodyArea expected)
    {
        Assert.Equal(expected, Validate(area: area).Request!.Area);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(3650, true)]
    [InlineData(3651, false)]
    public void Duration_is_required_and_0_to_3650_days(int? days, bool valid)
    {
        var result = Validate(days: days);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(!valid, result.Errors.Any(e => e.Contains("'durationDays'", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Pain_score_is_0_to_10(int pain, bool valid)
    {
        Assert.Equal(valid, Validate(pain: pain).IsValid);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(120, true)]
    [InlineData(121, false)]
    public void Age_is_0_to_120(int age, bool valid)
    {
        Assert.Equal(valid, Validate(age: age).IsValid);
    }

    [Fact]
    public void An_unknown_symptom_is_refused_with_the_list_of_valid_ids()
    {
        var result = Validate(symptoms: ["first_step_pain", "sore_knee"]);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Contains("sore_knee", error, StringComparison.Ordinal);
        Assert.All(SymptomIds.All, id => Assert.Contains(id, error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Null_or_blank_symptoms_are_refused(string? symptom)
    {
        var result = Validate(symptoms: ["first_step_pain", symptom]);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("'symptoms'", StringComparison.Ordinal));
    }

    [Fact]
    public void Symptom_ids_ignore_case_and_duplicates()
    {
        var result = Validate(symptoms: ["FIRST_STEP_PAIN", "first_step_pain", "Calf_Tightness"]);

        Assert.Equal(new HashSet<string> { SymptomIds.FirstStepPain, SymptomIds.CalfTightness }, result.Request!.Symptoms);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = Validate(area: null, days: null, pain: 42, age: 500, symptoms: ["nope"]);

        Assert.Equal(5, result.Errors.Count);
    }

    [Fact]
    public void A_very_long_unknown_symptom_is_not_echoed_in_full()
    {
        var result = Validate(symptoms: [new string('x', 5000)]);

        Assert.True(Assert.Single(result.Errors).Length < 2000);
    }
}
