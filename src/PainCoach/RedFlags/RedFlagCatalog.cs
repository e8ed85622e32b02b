using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.RedFlags;

/// <summary>
/// The red flags, defined once (CONTENT.md "Red flags"). Emergency messages name 911; urgent ones say same day.
/// Reviewed against NICE NG59 (low back pain and sciatica), NHS pages on cauda equina syndrome, sciatica,
/// plantar fasciitis and Achilles tendon rupture.
/// </summary>
public static class RedFlagCatalog
{
    public const string EmergencyMessage =
        "Call 911 or go to the emergency department now. These signs can mean a nerve or spine emergency that needs treatment within hours.";

    public const string UrgentMessage =
        "See a doctor or urgent care today. These signs need a same-day check; if things get worse fast, call 911.";

    public static IReadOnlyList<RedFlag> All { get; } =
    [
        new("saddle_numbness", AlertLevel.Emergency, PainArea.Any, [[SaddleNumbness]],
            "Numbness around the genitals or back passage can mean pressure on the nerves at the base of the spine (cauda equina syndrome).",
            EmergencyMessage, "NICE NG59; NHS: cauda equina syndrome", ["cauda_equina_syndrome"]),
        new("bladder_bowel_change", AlertLevel.Emergency, PainArea.Any, [[BladderBowelChange]],
            "New trouble passing urine, or losing control of bladder or bowel, can mean cauda equina syndrome.",
            EmergencyMessage, "NICE NG59; NHS: cauda equina syndrome", ["cauda_equina_syndrome"]),
        new("sexual_dysfunction_with_back_pain", AlertLevel.Emergency, PainArea.Back, [[SexualDysfunctionNew]],
            "New sexual problems together with back pain can be a sign of cauda equina syndrome.",
            EmergencyMessage, "NHS: cauda equina syndrome", ["cauda_equina_syndrome"]),
        new("bilateral_leg_symptoms", AlertLevel.Emergency, PainArea.Any,
            [[BothLegs, LegPainBelowKnee], [BothLegs, LegNumbnessTingling], [BothLegs, LegWeakness], [BothLegs, LegWeaknessWorsening]],
            "Sciatica, numbness or weakness in both legs can mean the nerves at the base of the spine are squeezed.",
            EmergencyMessage, "NICE NG59; NHS: sciatica", ["cauda_equina_syndrome"]),
        new("back_pain_after_major_trauma", AlertLevel.Emergency, PainArea.Back, [[MajorTrauma]],
            "Back pain after a major injury such as a car crash or a bad fall can mean a broken bone in the spine.",
            EmergencyMessage, "NICE NG59", ["fracture"]),

        new("fever_with_back_pain", AlertLevel.Urgent, PainArea.Back, [[Fever]],
            "Fever with back pain can mean an infection in or near the spine.",
            UrgentMessage, "NICE NG59", ["infection"]),
        new("fever_with_red_hot_swollen_foot", AlertLevel.Urgent, PainArea.Any, [[Fever, RedHotSwollen]],
            "A red, hot, swollen foot with a fever can mean an infection.",
            UrgentMessage, "NHS: heel pain", ["infection"]),
        new("leg_weakness_worsening", AlertLevel.Urgent, PainArea.Any, [[LegWeaknessWorsening]],
            "Leg weakness that is getting worse can mean a nerve is being pressed harder and needs a prompt check.",
            UrgentMessage, "NICE NG59; NHS: sciatica", ["herniated_disc", "sciatica"]),
        new("cancer_or_weight_loss_with_back_pain", AlertLevel.Urgent, PainArea.Back, [[CancerHistory], [UnexplainedWeightLoss]],
            "New back pain with a history of cancer, or with weight loss you cannot explain, needs a prompt check.",
            UrgentMessage, "NICE NG59", []),
        new("achilles_snap", AlertLevel.Urgent, PainArea.Any, [[AchillesSnap]],
            "A snap or pop at the back of the heel can mean the Achilles tendon has torn.",
            UrgentMessage, "NHS: Achilles tendon rupture", ["achilles_rupture"]),
        new("cannot_bear_weight", AlertLevel.Urgent, PainArea.Any, [[CannotBearWeight]],
            "Not being able to put weight on the foot can mean a broken bone or a torn tendon.",
            UrgentMessage, "NHS: heel pain", ["fracture"]),
        new("deformed_foot_after_injury", AlertLevel.Urgent, PainArea.Any, [[FootDeformity]],
            "A foot that looks out of shape after an injury can mean a broken or dislocated bone.",
            UrgentMessage, "NHS: heel pain", ["fracture"]),
        new("immunosuppressed_with_back_pain_and_fever", AlertLevel.Urgent, PainArea.Back, [[Immunosuppressed, Fever]],
            "A weakened immune system with back pain and fever raises the chance of a spinal infection.",
            UrgentMessage, "NICE NG59", ["infection"]),
    ];

    /// <summary>Every red flag that fires, most urgent first.</summary>
    public static IReadOnlyList<RedFlag> Evaluate(PainArea area, IReadOnlySet<string> symptoms) =>
        All.Where(flag => flag.Matches(area, symptoms)).OrderByDescending(flag => flag.Level).ToList();

    /// <summary>Symptom ids that take part in some red flag (the questions endpoint marks them).</summary>
    public static IReadOnlySet<string> RedFlagSymptoms { get; } =
        All.SelectMany(flag => flag.Patterns.SelectMany(p => p)).ToHashSet(StringComparer.Ordinal);
}
