using PainCoach.Triage;
using static PainCoach.RedFlags.SymptomIds;
using static PainCoach.BodyArea;
using static PainCoach.Triage.TriageLevel;

namespace PainCoach.Tests.Triage;

/// <summary>One clinical story and what triage must answer for it.</summary>
public sealed record Vignette(
    string Name,
    BodyArea Area,
    int Days,
    string[] Symptoms,
    TriageLevel Level,
    string[] Conditions,
    string[] AdviceContains,
    bool SelfCareTried = false,
    int? Pain = null,
    int? Age = null,
    string? FirstCondition = null,
    string[]? AdviceLacks = null)
{
    public TriageRequest ToRequest() =>
        new(Area, Days, Pain, SelfCareTried, Symptoms.ToHashSet(StringComparer.Ordinal), Age);

    public override string ToString() => Name;
}

/// <summary>
/// Clinical vignettes across all four levels and all three areas. Each names the level, the conditions the answer
/// must include and words its advice must contain. Together they must fire every rule of the table.
/// </summary>
public static class Vignettes
{
    public static IReadOnlyList<Vignette> All { get; } =
    [
        // Emergency: cauda equina syndrome and spinal injury.
        new("New bladder trouble with two days of back pain", Back, 2, [BladderBowelChange], Emergency,
            ["cauda_equina_syndrome"], ["911", "Do not drive"], FirstCondition: "cauda_equina_syndrome"),
        new("Saddle numbness with sciatica", Back, 5, [SaddleNumbness, LegPainBelowKnee], Emergency,
            ["cauda_equina_syndrome", "sciatica"], ["911"], FirstCondition: "cauda_equina_syndrome"),
        new("New sexual dysfunction with back pain", Back, 3, [SexualDysfunctionNew], Emergency,
            ["cauda_equina_syndrome"], ["911"]),
        new("Sciatica in both legs", Back, 10, [BothLegs, LegPainBelowKnee], Emergency,
            ["cauda_equina_syndrome", "sciatica", "herniated_disc"], ["911"], FirstCondition: "cauda_equina_syndrome"),
        new("Back pain after a car crash", Back, 1, [MajorTrauma], Emergency,
            ["fracture"], ["911", "emergency department"]),
        new("Heel and back pain with numbness in both legs", Both, 7, [BothLegs, LegNumbnessTingling, FirstStepPain], Emergency,
            ["cauda_equina_syndrome", "plantar_fasciitis"], ["911"], FirstCondition: "cauda_equina_syndrome"),
        new("Heel pain with loss of bowel control still an emergency", Heel, 3, [BladderBowelChange, FirstStepPain], Emergency,
            ["cauda_equina_syndrome", "plantar_fasciitis"], ["911"]),
        new("Worsening weakness in both legs", Back, 0, [BothLegs, LegWeaknessWorsening], Emergency,
            ["cauda_equina_syndrome", "herniated_disc"], ["911"]),
        new("Older person with osteoporosis after a bad fall", Back, 1, [MajorTrauma, Osteoporosis], Emergency,
            ["fracture"], ["911"], Age: 80),

        // Urgent: infection, cancer, fracture, tendon rupture, worsening nerve damage.
        new("Fever with back pain", Back, 4, [Fever], Urgent,
            ["infection"], ["today"], FirstCondition: "infection"),
        new("Red, hot, swollen foot with fever", Heel, 2, [Fever, RedHotSwollen, HeelSwelling], Urgent,
            ["infection"], ["today", "Keep weight off"]),
        new("Sciatica with leg weakness getting worse", Back, 10, [LegWeaknessWorsening, LegPainBelowKnee], Urgent,
            ["herniated_disc", "sciatica"], ["today", "911"]),
        new("New back pain after cancer", Back, 20, [CancerHistory], Urgent,
            [], ["today"]),
        new("Back pain with weight loss and night pain", Back, 30, [UnexplainedWeightLoss, NightPain], Urgent,
            [], ["today"]),
        new("Snap at the back of the heel", Heel, 0, [AchillesSnap, BackOfHeelPain], Urgent,
            ["achilles_rupture", "achilles_tendinitis"], ["today", "Keep weight off"], FirstCondition: "achilles_rupture"),
        new("Cannot bear weight on the foot", Heel, 1, [CannotBearWeight], Urgent,
            ["fracture"], ["today"]),
        new("Foot out of shape after a fall", Heel, 1, [FootDeformity], Urgent,
            ["fracture"], ["today"]),
        new("Chemotherapy patient with back pain and fever", Back, 3, [Immunosuppressed, Fever], Urgent,
            ["infection"], ["today"]),
        new("Heel and back pain with fever", Both, 5, [Fever, FirstStepPain], Urgent,
            ["infection", "plantar_fasciitis"], ["today"], FirstCondition: "infection"),
        new("Achilles snap with mild plantar symptoms", Heel, 3, [AchillesSnap, FirstStepPain, CalfTightness], Urgent,
            ["achilles_rupture", "plantar_fasciitis"], ["today"], Pain: 3, FirstCondition: "achilles_rupture"),

        // See a clinician.
        new("22 days of first-step heel pain after self-care", Heel, 22, [FirstStepPain], SeeClinician,
            ["plantar_fasciitis", "heel_spur"], ["podiatrist", "20 minutes"], SelfCareTried: true),
        new("15 days of first-step heel pain after self-care", Heel, 15, [FirstStepPain], SeeClinician,
            ["plantar_fasciitis"], ["physiotherapist"], SelfCareTried: true, AdviceLacks: ["podiatrist"]),
        new("A month of Achilles pain despite self-care", Heel, 30, [BackOfHeelPain, CalfTightness], SeeClinician,
            ["achilles_tendinitis"], ["podiatrist", "Stretch your calf"], SelfCareTried: true, FirstCondition: "achilles_tendinitis"),
        new("Back pain for a month", Back, 29, [], SeeClinician,
            [], ["physiotherapist", "Keep moving"]),
        new("Lifting strain that has not settled in six weeks", Back, 40, [AfterLiftingTwisting], SeeClinician,
            ["muscle_strain"], ["not getting better"]),
        new("Heel pain that stops work", Heel, 5, [FirstStepPain, DailyLifeDisrupted], SeeClinician,
            ["plantar_fasciitis"], ["appointment"]),
        new("Severe pain after lifting", Back, 3, [AfterLiftingTwisting], SeeClinician,
            ["muscle_strain"], ["appointment"], Pain: 9),
        new("Burning heel", Heel, 10, [FootBurningTingling], SeeClinician,
            ["heel_nerve_irritation"], ["extra care with ice", "which nerve"], FirstCondition: "heel_nerve_irritation"),
        new("Sciatica with pins and needles", Back, 10, [LegPainBelowKnee, LegNumbnessTingling], SeeClinician,
            ["sciatica", "herniated_disc"], ["appointment"], FirstCondition: "sciatica"),
        new("Foot drop on one side", Back, 7, [LegWeakness, LegPainBelowKnee], SeeClinician,
            ["sciatica", "herniated_disc"], ["both legs"]),
        new("Diabetes with heel pain after standing", Heel, 3, [Diabetes, HeelPainStanding], SeeClinician,
            ["plantar_fasciitis"], ["podiatrist", "every day", "extra care with ice"]),
        new("Young adult with long morning stiffness", Back, 60, [MorningStiffness30Min], SeeClinician,
            ["inflammatory_back_pain", "spinal_arthritis"], ["appointment"], Age: 30, FirstCondition: "inflammatory_back_pain"),
        new("Older adult with long morning stiffness", Back, 90, [MorningStiffness30Min], SeeClinician,
            ["spinal_arthritis", "inflammatory_back_pain"], ["appointment"], Age: 65, FirstCondition: "spinal_arthritis"),
        new("Back pain that wakes at night", Back, 10, [NightPain], SeeClinician,
            [], ["appointment"]),
        new("Heel pain that keeps getting worse", Heel, 8, [Worsening, FirstStepPain], SeeClinician,
            ["plantar_fasciitis"], ["appointment", "20 minutes"]),
        new("Osteoporosis with back pain after lifting", Back, 5, [Osteoporosis, AfterLiftingTwisting], SeeClinician,
            ["fracture", "muscle_strain"], ["appointment"], Age: 72, FirstCondition: "fracture"),
        new("Teenager with back pain", Back, 10, [], SeeClinician,
            [], ["appointment"], Age: 13),
        new("Heel and back pain, heel not better after three weeks of self-care", Both, 20, [FirstStepPain, AfterLiftingTwisting], SeeClinician,
            ["plantar_fasciitis", "muscle_strain"], ["physiotherapist", "Keep moving"], SelfCareTried: true),

        // Revised rules (issue 12, CONTENT.md "Red flags" after the clinical review): each sign alone and with mild
        // symptoms, and guards against over-triage.
        new("Fall from a ladder onto the heels", Heel, 1, [MajorTrauma], Urgent,
            ["fracture"], ["today", "Keep weight off"], Pain: 4, FirstCondition: "fracture", AdviceLacks: ["Do not drive"]),
        new("Heel injury in a car crash with mild first-step pain", Heel, 2, [MajorTrauma, FirstStepPain], Urgent,
            ["fracture", "plantar_fasciitis"], ["today"], Pain: 3, FirstCondition: "fracture"),
        new("Heel and back pain after a fall from height", Both, 1, [MajorTrauma], Emergency,
            ["fracture"], ["911", "Do not drive"]),
        new("Fever alone with heel pain", Heel, 2, [Fever], Urgent,
            ["infection"], ["today"], FirstCondition: "infection"),
        new("Fever with heel pain after standing and a tight calf", Heel, 3, [Fever, CalfTightness, HeelPainStanding], Urgent,
            ["infection", "plantar_fasciitis"], ["today", "Keep weight off"], Pain: 3, FirstCondition: "infection"),
        new("Red, hot, swollen foot without fever", Heel, 4, [RedHotSwollen, HeelSwelling], Urgent,
            ["infection"], ["today"], FirstCondition: "infection"),
        new("Red, hot, swollen foot with first-step pain", Heel, 4, [RedHotSwollen, FirstStepPain], Urgent,
            ["infection", "plantar_fasciitis"], ["today"], Pain: 2, FirstCondition: "infection"),
        new("Diabetes with a red, hot, swollen foot", Heel, 2, [Diabetes, RedHotSwollen], Urgent,
            ["infection"], ["one working day", "today"]),
        new("Diabetes with a foot wound", Heel, 5, [Diabetes, FootWound], Urgent,
            [], ["one working day", "today"]),
        new("Diabetes with a foot that changed shape", Heel, 10, [Diabetes, FootDeformity], Urgent,
            ["fracture"], ["one working day"]),
        new("Diabetes with a foot wound and mild standing heel pain", Heel, 3, [Diabetes, FootWound, HeelPainStanding], Urgent,
            ["plantar_fasciitis"], ["one working day"], Pain: 2),
        new("Foot wound without diabetes stays self-care", Heel, 3, [FootWound, FirstStepPain], SelfCare,
            ["plantar_fasciitis"], ["20 minutes", "wound or sore"], Pain: 3),
        new("One-sided swollen warm calf", Heel, 2, [CalfSwellingOneSide], Urgent,
            [], ["today", "massage"]),
        new("Swollen warm calf with Achilles pain", Heel, 4, [CalfSwellingOneSide, BackOfHeelPain, CalfTightness], Urgent,
            ["achilles_tendinitis"], ["today", "massage"], Pain: 3),
        new("Back pain with chest pain", Back, 1, [ChestPain], Emergency,
            [], ["911", "Do not drive"]),
        new("Lifting strain with chest pain", Back, 2, [ChestPain, AfterLiftingTwisting], Emergency,
            ["muscle_strain"], ["911"], Pain: 3),
        new("Osteoporosis with new back pain and no injury", Back, 3, [Osteoporosis], SeeClinician,
            ["fracture"], ["appointment"], Age: 70, FirstCondition: "fracture"),
        new("Osteoporosis with heel pain only", Heel, 5, [Osteoporosis, FirstStepPain], SelfCare,
            ["plantar_fasciitis"], ["20 minutes"], Age: 68),
        new("Weakened immune system with new heel pain", Heel, 4, [Immunosuppressed, FirstStepPain], SeeClinician,
            ["plantar_fasciitis"], ["fever", "appointment"]),
        new("Cancer history with new heel pain", Heel, 5, [CancerHistory, HeelPainStanding], SeeClinician,
            ["plantar_fasciitis"], ["appointment"]),
        new("Weakened immune system with fever and heel pain", Heel, 2, [Immunosuppressed, Fever], Urgent,
            ["infection"], ["today"]),
        new("Weakened immune system with a lifting strain, no fever", Back, 3, [Immunosuppressed, AfterLiftingTwisting], SeeClinician,
            ["muscle_strain"], ["appointment"]),
        new("Both feet tingling without back pain", Heel, 30, [BothLegs, FootBurningTingling], SeeClinician,
            ["heel_nerve_irritation"], ["which nerve"], AdviceLacks: ["Call 911 at once", "Do not drive"]),
        new("Both feet tingling with back pain", Back, 5, [BothLegs, FootBurningTingling], Emergency,
            ["cauda_equina_syndrome"], ["911"], FirstCondition: "cauda_equina_syndrome"),
        new("Diabetes with both feet burning", Heel, 60, [Diabetes, BothLegs, FootBurningTingling], SeeClinician,
            ["heel_nerve_irritation"], ["podiatrist", "extra care with ice"]),
        new("Both legs ticked without leg symptoms", Back, 3, [BothLegs, AfterLiftingTwisting], SelfCare,
            ["muscle_strain"], ["Keep moving"]),
        new("Fever with heel and back pain in diabetes", Both, 2, [Fever, Diabetes], Urgent,
            ["infection"], ["today"]),
        new("Foot slapping the floor with heel pain", Heel, 5, [LegWeaknessWorsening], Urgent,
            ["herniated_disc"], ["today"]),
        new("Severe first-step heel pain", Heel, 3, [FirstStepPain], SeeClinician,
            ["plantar_fasciitis"], ["appointment"], Pain: 9),
        new("Over-triage guard: plain first-step heel pain", Heel, 10, [FirstStepPain, HeelPainStanding, CalfTightness], SelfCare,
            ["plantar_fasciitis"], ["20 minutes", "Stretch"], Pain: 6, Age: 35, FirstCondition: "plantar_fasciitis"),
        new("Over-triage guard: lifting strain", Back, 2, [AfterLiftingTwisting], SelfCare,
            ["muscle_strain"], ["Keep moving", "chest pain"], Pain: 6, Age: 40, FirstCondition: "muscle_strain"),
        new("Over-triage guard: lifting strain with pain down one leg", Back, 7, [AfterLiftingTwisting, LegPainBelowKnee], SelfCare,
            ["muscle_strain", "sciatica"], ["Keep moving"], Pain: 5),
        new("Over-triage guard: back pain for 15 days after self-care", Back, 15, [AfterLiftingTwisting], SelfCare,
            ["muscle_strain"], ["four weeks"], SelfCareTried: true),

        // Self-care.
        new("Five days of first-step heel pain", Heel, 5, [FirstStepPain], SelfCare,
            ["plantar_fasciitis", "heel_spur"], ["20 minutes", "wrapped", "Stretch", "shoes", "Rest your foot"], FirstCondition: "plantar_fasciitis"),
        new("Achilles pain with a tight calf for ten days", Heel, 10, [BackOfHeelPain, CalfTightness], SelfCare,
            ["achilles_tendinitis"], ["Stretch your calf", "20 minutes"], FirstCondition: "achilles_tendinitis"),
        new("Two weeks exactly of standing heel pain after self-care", Heel, 14, [HeelPainStanding], SelfCare,
            ["plantar_fasciitis"], ["two weeks"], SelfCareTried: true),
        new("A month of heel pain without trying self-care", Heel, 30, [FirstStepPain], SelfCare,
            ["plantar_fasciitis"], ["Start self-care"], AdviceLacks: ["podiatrist"]),
        new("Back strain after lifting", Back, 3, [AfterLiftingTwisting], SelfCare,
            ["muscle_strain"], ["Keep moving", "heat", "knee-to-chest", "911"], FirstCondition: "muscle_strain"),
        new("Four weeks exactly of back pain", Back, 28, [], SelfCare,
            [], ["four weeks"]),
        new("Heel and back pain, both mild", Both, 6, [FirstStepPain, AfterLiftingTwisting], SelfCare,
            ["plantar_fasciitis", "muscle_strain"], ["20 minutes", "Keep moving", "ibuprofen"], Pain: 5),
        new("Sciatica in one leg for ten days", Back, 10, [LegPainBelowKnee], SelfCare,
            ["sciatica", "herniated_disc"], ["Keep moving"], Pain: 7, FirstCondition: "sciatica"),
        new("Swollen back of heel after a run", Heel, 0, [HeelSwelling, BackOfHeelPain], SelfCare,
            ["achilles_tendinitis"], ["wrapped"]),
        new("Middle-aged runner with first-step pain and tight calves", Heel, 7, [FirstStepPain, CalfTightness], SelfCare,
            ["plantar_fasciitis"], ["Stretch"], Pain: 4, Age: 50, FirstCondition: "plantar_fasciitis"),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var vignette in All)
        {
            data.Add(vignette.Name);
        }

        return data;
    }

    public static Vignette Named(string name) => All.Single(v => v.Name == name);
}
