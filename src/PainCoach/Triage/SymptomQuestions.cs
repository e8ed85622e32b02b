using PainCoach.RedFlags;
using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.Triage;

/// <summary>One yes/no question of the symptom form; <see cref="IsRedFlag"/> when it takes part in a red flag.</summary>
public sealed record SymptomQuestion(string Id, string Question, TriageArea Area, bool IsRedFlag);

/// <summary>The symptom vocabulary as plain-language questions: a web form or a chat can be built from it alone.</summary>
public static class SymptomQuestions
{
    public static IReadOnlyList<SymptomQuestion> All { get; } =
    [
        Ask(FirstStepPain, TriageArea.Heel, "Is your heel most painful with your first steps in the morning or after resting?"),
        Ask(HeelPainStanding, TriageArea.Heel, "Does your heel hurt more after standing or walking for a long time?"),
        Ask(BackOfHeelPain, TriageArea.Heel, "Is the pain at the back of your heel, where the tendon joins the bone?"),
        Ask(CalfTightness, TriageArea.Heel, "Does your calf feel tight or stiff?"),
        Ask(HeelSwelling, TriageArea.Heel, "Is your heel swollen?"),
        Ask(RedHotSwollen, TriageArea.Heel, "Is your foot red, hot and swollen?"),
        Ask(FootBurningTingling, TriageArea.Heel, "Do you have burning, tingling or numbness in your heel or foot?"),
        Ask(AchillesSnap, TriageArea.Heel, "Did you feel or hear a snap or pop at the back of your heel, as if someone kicked you there?"),
        Ask(CannotBearWeight, TriageArea.Heel, "Are you unable to put any weight on your foot?"),
        Ask(FootDeformity, TriageArea.Heel, "Does your foot look out of shape or point the wrong way, for example after an injury?"),
        Ask(Diabetes, TriageArea.Both, "Do you have diabetes?"),
        Ask(LegPainBelowKnee, TriageArea.Back, "Does pain spread from your back down your leg, below the knee?"),
        Ask(LegNumbnessTingling, TriageArea.Back, "Do you have numbness or pins and needles in your leg?"),
        Ask(LegWeakness, TriageArea.Back, "Does a leg or foot feel weak, for example does your foot catch or drag?"),
        Ask(LegWeaknessWorsening, TriageArea.Back, "Is the weakness in your leg or foot getting worse?"),
        Ask(BothLegs, TriageArea.Back, "Are your leg symptoms (pain, numbness or weakness) in both legs?"),
        Ask(SaddleNumbness, TriageArea.Back, "Is there numbness around your genitals, bottom or inner thighs (where you would sit on a saddle)?"),
        Ask(BladderBowelChange, TriageArea.Back, "Do you have new trouble peeing, or have you lost control of your bladder or bowels?"),
        Ask(SexualDysfunctionNew, TriageArea.Back, "Have you had new problems with sex, such as loss of feeling or erections?"),
        Ask(AfterLiftingTwisting, TriageArea.Back, "Did the pain start after lifting, bending or twisting?"),
        Ask(MorningStiffness30Min, TriageArea.Back, "Are you stiff for more than 30 minutes after getting up, and does it ease as you move?"),
        Ask(NightPain, TriageArea.Both, "Does the pain wake you at night or stay bad when you rest?"),
        Ask(Fever, TriageArea.Both, "Do you have a fever (a high temperature), or feel hot and shivery?"),
        Ask(UnexplainedWeightLoss, TriageArea.Both, "Have you lost weight without trying?"),
        Ask(CancerHistory, TriageArea.Both, "Have you ever had cancer?"),
        Ask(MajorTrauma, TriageArea.Both, "Did the pain start after a major injury, such as a car crash or a bad fall?"),
        Ask(Immunosuppressed, TriageArea.Both, "Do you have a weakened immune system, for example from medicines, chemotherapy or HIV?"),
        Ask(Osteoporosis, TriageArea.Back, "Have you been told you have osteoporosis (thin or weak bones), or have you taken steroid tablets for 3 months or more?"),
        Ask(DailyLifeDisrupted, TriageArea.Both, "Does the pain stop you doing everyday things, like work, walking or looking after yourself?"),
        Ask(Worsening, TriageArea.Both, "Is the pain steadily getting worse?"),
        Ask(ChestPain, TriageArea.Back, "Do you have chest pain, or are you short of breath?"),
        Ask(CalfSwellingOneSide, TriageArea.Heel, "Is one of your calves swollen, warm and painful?"),
        Ask(FootWound, TriageArea.Heel, "Do you have a cut, sore or ulcer on your foot that is not healing?"),
    ];

    private static SymptomQuestion Ask(string id, TriageArea area, string question) =>
        new(id, question, area, RedFlagCatalog.RedFlagSymptoms.Contains(id));
}
