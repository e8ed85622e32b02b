using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.Triage;

/// <summary>A condition the symptom pattern points to, with why in plain words.</summary>
public sealed record PossibleCondition(string Id, string Name, string Why);

/// <summary>
/// One row of the possible-conditions table: the pattern, the condition it suggests and how strongly. Strength
/// orders the answer (most likely first); red-flag conditions rank above all of these.
/// </summary>
public sealed record ConditionHint(string ConditionId, int Strength, string When, Func<TriageRequest, bool> Applies, string Why);

/// <summary>The symptom patterns of the article's "Common Causes" sections and the NHS condition pages.</summary>
public static class ConditionHints
{
    /// <summary>Strength of conditions named by a fired emergency / urgent red flag or a see-clinician rule.</summary>
    public const int EmergencyStrength = 100;
    public const int UrgentStrength = 90;

    /// <summary>From this age, long morning stiffness is more often wear-and-tear arthritis than inflammatory back pain.</summary>
    public const int ArthritisMoreLikelyFromAge = 45;

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["plantar_fasciitis"] = "Plantar fasciitis",
        ["achilles_tendinitis"] = "Achilles tendinitis",
        ["heel_spur"] = "Heel spur",
        ["heel_nerve_irritation"] = "Heel nerve irritation (S1 nerve root or tarsal tunnel)",
        ["sciatica"] = "Sciatica",
        ["herniated_disc"] = "Herniated (slipped) disc",
        ["muscle_strain"] = "Back muscle strain",
        ["spinal_arthritis"] = "Spinal arthritis",
        ["inflammatory_back_pain"] = "Inflammatory back pain",
        ["cauda_equina_syndrome"] = "Cauda equina syndrome",
        ["achilles_rupture"] = "Achilles tendon rupture",
        ["fracture"] = "Broken bone (fracture)",
        ["infection"] = "Infection",
    };

    public static IReadOnlyList<ConditionHint> All { get; } =
    [
        // Heel (article: Plantar Fasciitis, Achilles Tendonitis, Heel Spurs; NHS: plantar fasciitis).
        new("plantar_fasciitis", 30, "first-step pain",
            r => r.Has(FirstStepPain),
            "Heel pain that is worst with your first steps in the morning or after resting is the typical sign of plantar fasciitis."),
        new("plantar_fasciitis", 20, "heel pain after standing",
            r => r.Has(HeelPainStanding),
            "Heel pain after standing or walking for a long time often comes from the plantar fascia, the band under your foot."),
        new("heel_spur", 10, "first-step pain or heel pain after standing",
            r => r.HasAny(FirstStepPain, HeelPainStanding),
            "Heel spurs often go with long-standing plantar fasciitis. Many people have a spur and no pain, so a spur on an X-ray is not always the cause."),
        new("achilles_tendinitis", 30, "pain at the back of the heel with a tight calf",
            r => r.Has(BackOfHeelPain) && r.Has(CalfTightness),
            "Pain at the back of the heel together with a tight calf points to the Achilles tendon, which joins the calf to the heel."),
        new("achilles_tendinitis", 20, "pain at the back of the heel",
            r => r.Has(BackOfHeelPain),
            "Pain at the back of the heel, sometimes with swelling, often comes from an irritated Achilles tendon."),
        new("heel_nerve_irritation", 30, "burning or tingling in the heel or foot",
            r => r.Has(FootBurningTingling),
            "Burning or tingling in the heel suggests an irritated nerve: at the inside of the ankle (tarsal tunnel) or from the S1 nerve root in the lower back."),
        new("sciatica", 15, "burning or tingling in the foot with back pain",
            r => r.HasBackPain && r.Has(FootBurningTingling),
            "With back pain, burning or tingling in the foot can come from the sciatic nerve, which runs from the lower back to the heel."),

        // Back (article: Herniated Discs, Muscle Strains, Arthritis; NHS: sciatica, back pain).
        new("sciatica", 30, "pain below the knee",
            r => r.Has(LegPainBelowKnee),
            "Pain that runs down the leg below the knee usually comes from an irritated sciatic nerve."),
        new("herniated_disc", 25, "pain below the knee, leg numbness or weakness",
            r => r.HasAny(LegPainBelowKnee, LegNumbnessTingling, LegWeakness),
            "A bulging (herniated) disc in the lower back is the most common reason a nerve to the leg gets pressed."),
        new("sciatica", 20, "numbness or tingling in the leg",
            r => r.Has(LegNumbnessTingling),
            "Numbness or pins and needles in the leg can come from the sciatic nerve being irritated."),
        new("muscle_strain", 30, "back pain after lifting or twisting",
            r => r.HasBackPain && r.Has(AfterLiftingTwisting),
            "Back pain that started after lifting, bending or twisting is most often a strained muscle."),
        new("inflammatory_back_pain", 30, $"long morning stiffness under age {ArthritisMoreLikelyFromAge} (or age not given)",
            r => r.Has(MorningStiffness30Min) && !(r.Age >= ArthritisMoreLikelyFromAge),
            "Stiffness for more than 30 minutes each morning that eases as you move, especially in younger adults, is typical of inflammatory back pain."),
        new("spinal_arthritis", 30, $"long morning stiffness from age {ArthritisMoreLikelyFromAge}",
            r => r.Has(MorningStiffness30Min) && r.Age >= ArthritisMoreLikelyFromAge,
            "Stiffness in the morning that eases as you move is common with arthritis of the spine, which becomes more likely with age."),
        new("spinal_arthritis", 20, "long morning stiffness",
            r => r.Has(MorningStiffness30Min),
            "Arthritis of the spine causes stiffness and pain that ease with movement."),
        new("inflammatory_back_pain", 20, "long morning stiffness",
            r => r.Has(MorningStiffness30Min),
            "Long morning stiffness that eases as you move can be inflammatory back pain, which has its own treatment."),
        new("fracture", 40, "back pain with osteoporosis",
            r => r.HasBackPain && r.Has(Osteoporosis),
            "With thin bones (osteoporosis) a bone in the spine can break after a small strain."),
        new("infection", 40, "red, hot, swollen foot",
            r => r.Has(RedHotSwollen),
            "A red, hot, swollen foot can be an infection of the skin or deeper tissues."),
    ];
}
