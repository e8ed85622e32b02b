using static PainCoach.RedFlags.ContextSigns;
using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.RedFlags;

/// <summary>
/// The red flags, defined once: CONTENT.md "Red flags", three tiers (emergency, urgent, see a clinician). Triage, the
/// FAQ alert and SMS all read this list, so a sign gets one level wherever it is reported. Every flag names its
/// source: NICE NG59 (low back pain and sciatica), NICE NG19 (diabetic foot), NHS pages, the article's sections.
/// How long and how bad are signs too (<see cref="ContextSigns"/>); only the article's podiatrist suggestion and the
/// age rule stay triage's own (TriageRules), as free text cannot state them reliably.
/// </summary>
public static class RedFlagCatalog
{
    public const string EmergencyMessage =
        "Call 911 or go to the emergency department now. These signs can mean a nerve or spine emergency that needs treatment within hours.";

    public const string UrgentMessage =
        "See a doctor or urgent care today. These signs need a same-day check; if things get worse fast, call 911.";

    public const string SeeClinicianMessage =
        "Book an appointment with a doctor soon, within a week or two. These signs should be checked. If things get worse fast, get help sooner.";

    public static string MessageFor(AlertLevel level) => level switch
    {
        AlertLevel.Emergency => EmergencyMessage,
        AlertLevel.Urgent => UrgentMessage,
        _ => SeeClinicianMessage,
    };

    private const string Ng59 = "NICE NG59";
    private const string CaudaEquina = "NICE NG59; NHS: cauda equina syndrome";
    private const string NhsHeelPain = "NHS: heel pain";

    public static IReadOnlyList<RedFlag> All { get; } =
    [
        // Emergency: call 911 / go to the emergency department now.
        Flag("saddle_numbness", AlertLevel.Emergency, PainArea.Any, [[SaddleNumbness]],
            "Numbness around the genitals, bottom or inner thighs can mean pressure on the nerves at the base of the spine (cauda equina syndrome).",
            CaudaEquina, ["cauda_equina_syndrome"]),
        Flag("bladder_bowel_change", AlertLevel.Emergency, PainArea.Any, [[BladderBowelChange]],
            "New trouble passing urine, or losing control of bladder or bowel, can mean cauda equina syndrome.",
            CaudaEquina, ["cauda_equina_syndrome"]),
        Flag("sexual_dysfunction_with_back_pain", AlertLevel.Emergency, PainArea.Back, [[SexualDysfunctionNew]],
            "New sexual problems together with back pain can be a sign of cauda equina syndrome.",
            CaudaEquina, ["cauda_equina_syndrome"]),
        Flag("bilateral_leg_symptoms", AlertLevel.Emergency, PainArea.Any,
            [[BothLegs, LegPainBelowKnee], [BothLegs, LegNumbnessTingling], [BothLegs, LegWeakness], [BothLegs, LegWeaknessWorsening]],
            "Sciatica, numbness or weakness in both legs can mean the nerves at the base of the spine are squeezed.",
            "NICE NG59; NHS: sciatica; NHS: cauda equina syndrome", ["cauda_equina_syndrome"]),
        Flag("bilateral_foot_symptoms_with_back_pain", AlertLevel.Emergency, PainArea.Back, [[BothLegs, FootBurningTingling]],
            "Numbness or tingling in both feet together with back pain can mean the nerves at the base of the spine are squeezed.",
            "NICE NG59; NHS: cauda equina syndrome", ["cauda_equina_syndrome"]),
        Flag("back_pain_after_major_trauma", AlertLevel.Emergency, PainArea.Back, [[MajorTrauma]],
            "Back pain after a major injury, such as a car crash or a fall from a height, can mean a broken bone in the spine.",
            Ng59, ["fracture"]),
        Flag("back_pain_with_chest_pain", AlertLevel.Emergency, PainArea.Back, [[ChestPain]],
            "Back pain together with chest pain or shortness of breath can come from the heart, the lungs or a large blood vessel.",
            "NHS: back pain; CONTENT.md red flags (clinical review)", []),

        // Urgent: see a clinician the same day.
        Flag("heel_pain_after_major_trauma", AlertLevel.Urgent, PainArea.Heel, [[MajorTrauma]],
            "Heel or foot pain after a major injury or a fall from a height can mean a broken heel bone.",
            NhsHeelPain + "; CONTENT.md red flags (clinical review)", ["fracture"]),
        Flag("fever_with_heel_pain", AlertLevel.Urgent, PainArea.Heel, [[Fever]],
            "A fever, or feeling hot and shivery, together with heel or foot pain can mean an infection.",
            NhsHeelPain, ["infection"]),
        Flag("fever_with_back_pain", AlertLevel.Urgent, PainArea.Back, [[Fever]],
            "Fever with back pain can mean an infection in or near the spine.",
            Ng59, ["infection"]),
        Flag("red_hot_swollen_foot", AlertLevel.Urgent, PainArea.Any, [[RedHotSwollen]],
            "A red, hot, swollen foot, or redness that is spreading, can mean an infection.",
            NhsHeelPain + "; NHS: cellulitis", ["infection"]),
        Flag("diabetic_foot", AlertLevel.Urgent, PainArea.Any, [[Diabetes, RedHotSwollen], [Diabetes, FootWound], [Diabetes, FootDeformity]],
            "With diabetes, a red, hot, swollen foot, a foot wound or ulcer, or a foot that has changed shape needs to be seen within one working day.",
            "NICE NG19 (refer within one working day)", ["infection"],
            advice: "With diabetes, this needs a foot check within one working day: call your doctor, diabetes foot team or urgent care today."),
        Flag("immunosuppressed_with_fever", AlertLevel.Urgent, PainArea.Any, [[Immunosuppressed, Fever]],
            "A weakened immune system with a fever raises the chance of a serious infection.",
            Ng59, ["infection"]),
        Flag("leg_weakness_worsening", AlertLevel.Urgent, PainArea.Any, [[LegWeaknessWorsening]],
            "Leg or foot weakness that is getting worse, or a foot that drops or slaps the floor, can mean a nerve is being pressed harder.",
            "NICE NG59; NHS: sciatica", ["herniated_disc", "sciatica"]),
        Flag("cancer_or_weight_loss_with_back_pain", AlertLevel.Urgent, PainArea.Back, [[CancerHistory], [UnexplainedWeightLoss]],
            "New back pain with a history of cancer, or with weight loss you cannot explain, needs a prompt check.",
            Ng59, [], newPain: true),
        Flag("achilles_snap", AlertLevel.Urgent, PainArea.Any, [[AchillesSnap]],
            "A snap or pop at the back of the heel, as if kicked, can mean the Achilles tendon has torn.",
            "NHS: Achilles tendon rupture", ["achilles_rupture"]),
        Flag("cannot_bear_weight", AlertLevel.Urgent, PainArea.Any, [[CannotBearWeight]],
            "Not being able to put any weight on the foot can mean a broken bone or a torn tendon.",
            NhsHeelPain, ["fracture"]),
        Flag("deformed_foot_after_injury", AlertLevel.Urgent, PainArea.Any, [[FootDeformity]],
            "A foot that looks out of shape or points the wrong way after an injury can mean a broken or dislocated bone.",
            NhsHeelPain, ["fracture"]),
        Flag("calf_swelling_one_side", AlertLevel.Urgent, PainArea.Any, [[CalfSwellingOneSide]],
            "A swollen, warm, painful calf on one side can be a blood clot in the leg (DVT).",
            "NHS: DVT (deep vein thrombosis)", [],
            advice: "Do not rub or massage the calf. If you get short of breath or chest pain, call 911."),

        // See a clinician: book an appointment soon.
        Flag("heel_pain_past_two_weeks_despite_self_care", AlertLevel.SeeClinician, PainArea.Heel, [[HeelPainPastTwoWeeks]],
            "Your heel pain has lasted more than two weeks even with self-care, so it should be checked.",
            "Article: When to See a Healthcare Professional; NHS: heel pain", []),
        Flag("back_pain_not_improving_after_four_weeks", AlertLevel.SeeClinician, PainArea.Back, [[BackPainPastFourWeeks]],
            "Your back pain has not gone after four weeks, so it should be checked.",
            "NICE NG59; NHS: back pain", [],
            advice: "Book a visit with your doctor or a physiotherapist about back pain that is not getting better."),
        Flag("severe_pain", AlertLevel.SeeClinician, PainArea.Any, [[SeverePain]],
            "Your pain is severe. Severe pain should be checked rather than waited out.",
            "Article: When to See a Healthcare Professional; NHS: heel pain", []),
        Flag("burning_tingling_or_numbness", AlertLevel.SeeClinician, PainArea.Any, [[FootBurningTingling], [LegNumbnessTingling]],
            "Burning, tingling or numbness can mean a nerve is irritated or pressed, sometimes from the lower back.",
            "Article: Symptoms Indicating a Connection; NHS: heel pain; NHS: sciatica", [],
            advice: "Tell the clinician where the burning, tingling or numbness is: it helps them find which nerve is involved."),
        Flag("leg_weakness", AlertLevel.SeeClinician, PainArea.Any, [[LegWeakness]],
            "Weakness in a leg or foot can mean a nerve is pressed and should be checked.",
            "NICE NG59; NHS: sciatica", [],
            advice: "If the weakness gets worse, or spreads to both legs, get help the same day."),
        Flag("diabetes_with_foot_pain", AlertLevel.SeeClinician, PainArea.Heel, [[Diabetes]],
            "With diabetes, foot problems can become serious faster, so foot pain should be checked.",
            NhsHeelPain + "; NICE NG19", [],
            advice: "With diabetes, have a doctor or podiatrist check your foot soon, and look at your feet every day. A wound, an ulcer, or a red, hot or swollen foot needs a check the same day."),
        Flag("immunosuppressed_or_cancer_with_new_pain", AlertLevel.SeeClinician, PainArea.HeelOrBack, [[Immunosuppressed], [CancerHistory]],
            "With a weakened immune system, or after cancer, new pain should be checked, even without other signs.",
            "NICE NG59; CONTENT.md red flags (clinical review)", [],
            advice: "If you get a fever or feel unwell, get seen the same day.", newPain: true),
        Flag("osteoporosis_with_back_pain", AlertLevel.SeeClinician, PainArea.Back, [[Osteoporosis]],
            "With thin bones (osteoporosis) or after taking steroid tablets for a long time, back pain can come from a small break in the spine, even after a minor strain.",
            "NICE NG59 (osteoporotic fracture, long-term corticosteroids)", ["fracture"], newPain: true),
        Flag("long_morning_stiffness", AlertLevel.SeeClinician, PainArea.Any, [[MorningStiffness30Min]],
            "Stiffness that lasts more than 30 minutes in the morning and eases as you move can be a sign of an inflammatory condition.",
            "NICE NG65 (spondyloarthritis); Article: Arthritis", []),
        Flag("night_pain", AlertLevel.SeeClinician, PainArea.Any, [[NightPain]],
            "Pain that wakes you or does not ease when you rest should be checked.",
            "NICE NG59; NHS: back pain", []),
        Flag("steadily_worsening_pain", AlertLevel.SeeClinician, PainArea.Any, [[Worsening]],
            "Pain that keeps getting worse should be checked rather than waited out.",
            "Article: When to See a Healthcare Professional; NHS: heel pain; NHS: back pain", []),
        Flag("pain_stops_daily_life", AlertLevel.SeeClinician, PainArea.Any, [[DailyLifeDisrupted]],
            "Pain that stops you doing everyday things should be checked, whatever the cause.",
            "Article: When to See a Healthcare Professional; NHS: heel pain; NHS: back pain", []),
    ];

    /// <summary>Every red flag that fires, most urgent first (catalog order within a tier).</summary>
    public static IReadOnlyList<RedFlag> Evaluate(PainArea area, IReadOnlySet<string> symptoms) =>
        All.Where(flag => flag.Matches(area, symptoms)).OrderByDescending(flag => flag.Level).ToList();

    /// <summary>The most urgent tier that fires, or null.</summary>
    public static AlertLevel? LevelFor(PainArea area, IReadOnlySet<string> symptoms) =>
        Evaluate(area, symptoms) is { Count: > 0 } fired ? fired[0].Level : null;

    /// <summary>Symptom ids that take part in an emergency or urgent flag (the questions endpoint marks them).</summary>
    public static IReadOnlySet<string> RedFlagSymptoms { get; } =
        All.Where(flag => flag.Level >= AlertLevel.Urgent).SelectMany(flag => flag.Patterns.SelectMany(p => p)).ToHashSet(StringComparer.Ordinal);

    private static RedFlag Flag(
        string id, AlertLevel level, PainArea area, IReadOnlyList<IReadOnlyList<string>> patterns, string reason, string source,
        IReadOnlyList<string> conditionIds, string? advice = null, bool newPain = false) =>
        new(id, level, area, patterns, reason, MessageFor(level), source, conditionIds, advice, newPain);
}
