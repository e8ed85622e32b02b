using BenchmarkDotNet.Attributes;
using PainCoach.RedFlags;
using PainCoach.Triage;

namespace PainCoach.Benchmarks;

/// <summary>One triage evaluation: every rule, possible conditions and advice. Target: well under 50 µs.</summary>
[MemoryDiagnoser]
public class TriageBenchmarks
{
    private readonly TriageEngine engine = new();

    private readonly TriageRequest selfCareHeel = new(
        BodyArea.Heel, 5, 4, false, new HashSet<string> { SymptomIds.FirstStepPain, SymptomIds.CalfTightness }, 44);

    private readonly TriageRequest seeClinicianBoth = new(
        BodyArea.Both, 22, 6, true,
        new HashSet<string> { SymptomIds.FirstStepPain, SymptomIds.LegPainBelowKnee, SymptomIds.LegNumbnessTingling, SymptomIds.MorningStiffness30Min, SymptomIds.NightPain },
        58);

    private readonly TriageRequest emergencyBack = new(
        BodyArea.Back, 2, 8, false, new HashSet<string> { SymptomIds.BladderBowelChange, SymptomIds.SaddleNumbness, SymptomIds.LegPainBelowKnee }, 50);

    [Benchmark(Baseline = true)]
    public TriageAssessment SelfCareHeel() => engine.Assess(selfCareHeel);

    [Benchmark]
    public TriageAssessment SeeClinicianHeelAndBack() => engine.Assess(seeClinicianBoth);

    [Benchmark]
    public TriageAssessment EmergencyBack() => engine.Assess(emergencyBack);

    /// <summary>Validation plus assessment: what one POST /api/triage does after reading the body.</summary>
    [Benchmark]
    public TriageAssessment ValidateAndAssess()
    {
        var validation = TriageInputValidator.Validate(new TriageInput
        {
            Area = "heel",
            DurationDays = 22,
            SelfCareTried = true,
            Symptoms = [SymptomIds.FirstStepPain, SymptomIds.CalfTightness],
        });
        return engine.Assess(validation.Request!);
    }
}
