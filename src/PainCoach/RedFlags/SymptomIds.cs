namespace PainCoach.RedFlags;

/// <summary>
/// The symptom vocabulary: DESIGN.md's fixed list, plus three signs of the revised red-flag catalog that the
/// structured form must be able to ask (docs/triage.md "Symptom ids added"). Triage, the free-text screen and SMS
/// share it.
/// </summary>
public static class SymptomIds
{
    public const string FirstStepPain = "first_step_pain";
    public const string HeelPainStanding = "heel_pain_standing";
    public const string BackOfHeelPain = "back_of_heel_pain";
    public const string CalfTightness = "calf_tightness";
    public const string HeelSwelling = "heel_swelling";
    public const string RedHotSwollen = "red_hot_swollen";
    public const string FootBurningTingling = "foot_burning_tingling";
    public const string AchillesSnap = "achilles_snap";
    public const string CannotBearWeight = "cannot_bear_weight";
    public const string FootDeformity = "foot_deformity";
    public const string Diabetes = "diabetes";
    public const string LegPainBelowKnee = "leg_pain_below_knee";
    public const string LegNumbnessTingling = "leg_numbness_tingling";
    public const string LegWeakness = "leg_weakness";
    public const string LegWeaknessWorsening = "leg_weakness_worsening";
    public const string BothLegs = "both_legs";
    public const string SaddleNumbness = "saddle_numbness";
    public const string BladderBowelChange = "bladder_bowel_change";
    public const string SexualDysfunctionNew = "sexual_dysfunction_new";
    public const string AfterLiftingTwisting = "after_lifting_twisting";
    public const string MorningStiffness30Min = "morning_stiffness_30min";
    public const string NightPain = "night_pain";
    public const string Fever = "fever";
    public const string UnexplainedWeightLoss = "unexplained_weight_loss";
    public const string CancerHistory = "cancer_history";
    public const string MajorTrauma = "major_trauma";
    public const string Immunosuppressed = "immunosuppressed";
    public const string Osteoporosis = "osteoporosis";
    public const string DailyLifeDisrupted = "daily_life_disrupted";
    public const string Worsening = "worsening";

    // Added for the revised catalog (CONTENT.md "Red flags"): without them triage could not report these signs.
    public const string ChestPain = "chest_pain";
    public const string CalfSwellingOneSide = "calf_swelling_one_side";
    public const string FootWound = "foot_wound";

    public static IReadOnlyList<string> All { get; } =
    [
        FirstStepPain, HeelPainStanding, BackOfHeelPain, CalfTightness, HeelSwelling, RedHotSwollen, FootBurningTingling,
        AchillesSnap, CannotBearWeight, FootDeformity, Diabetes, LegPainBelowKnee, LegNumbnessTingling, LegWeakness,
        LegWeaknessWorsening, BothLegs, SaddleNumbness, BladderBowelChange, SexualDysfunctionNew, AfterLiftingTwisting,
        MorningStiffness30Min, NightPain, Fever, UnexplainedWeightLoss, CancerHistory, MajorTrauma, Immunosuppressed,
        Osteoporosis, DailyLifeDisrupted, Worsening, ChestPain, CalfSwellingOneSide, FootWound,
    ];
}
