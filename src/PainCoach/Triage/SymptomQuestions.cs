using PainCoach.RedFlags;
using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.Triage;

/// <summary>One yes/no question of the symptom form; <see cref="IsRedFlag"/> when it takes part in a red flag.</summary>
public sealed record SymptomQuestion(string Id, string Question, BodyArea Area, bool IsRedFlag);

/// <summary>The symptom vocabulary as plain-language questions: a web form or a chat can be built from it alone.</summary>
public static class SymptomQuestions
{
    public static IReadOnlyList<SymptomQuestion> All { get; } =
    [
        Ask(FirstStepPain, BodyArea.Heel, "Is your heel most painful with your first steps in the morning or after resting?"),
        Ask(HeelPainStanding, BodyArea.Heel, "Does your heel hurt more after standing or walking for a long time?"),
        Ask(BackOfHeelPain, BodyArea.Heel, "Is the pain at the back of your heel, where the tendon joins the bone?"),
        Ask(CalfTightness, BodyArea.Heel, "Does your calf feel tight or stiff?"),
        Ask(HeelSwelling, BodyArea.Heel, "Is your heel swollen?"),
        Ask(RedHotSwollen, BodyArea.Heel, "Is your foot red, hot and swollen?"),
        Ask(FootBurningTingling, BodyArea.Heel, "Do you have burning, tingling or numbness in your heel or foot?"),
        Ask(AchillesSnap, BodyArea.Heel, "Did you feel or hear a snap or pop at the back of your heel, as if someone kicked you there?"),
        Ask(CannotBearWeight, BodyArea.Heel, "Are you unable to put any weight on your foot?"),
        Ask(FootDeformity, BodyArea.Heel, "Does your foot look out of shape or point the wrong way, for example after an injury?"),
        Ask(Diabetes, BodyArea.Both, "Do you have diabetes?"),
        Ask(LegPainBelowKnee, BodyArea.Back, "Does pain spread from your back down your leg, below the knee?"),
        Ask(LegNumbnessTingling, BodyArea.Back, "Do you have numbness or pins and needles in your leg?"),
        Ask(LegWeakness, BodyArea.Back, "Does a leg or foot feel weak, for example does your foot catch or drag?"),
        Ask(LegWeaknessWorsening, BodyArea.Back, "Is the weakness in your leg or foot getting worse?"),
        Ask(BothLegs, BodyArea.Back, "Are your leg symptoms (pain, numbness or weakness) in both legs?"),
        Ask(SaddleNumbness, BodyArea.Back, "Is there numbness around your genitals, bottom or inner thighs (where you would sit on a saddle)?"),
        Ask(BladderBowelChange, BodyArea.Back, "Do you have new trouble peeing, or have you lost control of your bladder or bowels?"),
        Ask(SexualDysfunctionNew, BodyArea.Back, "Have you had new problems with sex, such as loss of feeling or erections?"),
        Ask(AfterLiftingTwisting, BodyArea.Back, "Did the pain start after lifting, bending or twisting?"),
        Ask(MorningStiffness30Min, BodyArea.Back, "Are you stiff for more than 30 minutes after getting up, and does it ease as you move?"),
        Ask(NightPain, BodyArea.Both, "Does the pain wake you at night or stay bad when you rest?"),
        Ask(Fever, BodyArea.Both, "Do you have a fever (a high temperature), or feel hot and shivery?"),
        Ask(UnexplainedWeightLoss, BodyArea.Both, "Have you lost weight without trying?"),
        Ask(CancerHistory, BodyArea.Both, "Have you ever had cancer?"),
        Ask(MajorTrauma, BodyArea.Both, "Did the pain start after a major injury, such as a car crash or a bad fall?"),
        Ask(Immunosuppressed, BodyArea.Both, "Do you have a weakened immune system, for example from medicines, chemotherapy or HIV?"),
        Ask(Osteoporosis, BodyArea.Back, "Have you been told you have osteoporosis (thin or weak bones), or have you taken steroid tablets for 3 months or more?"),
        Ask(DailyLifeDisrupted, BodyArea.Both, "Does the pain stop you doing everyday things, like work, walking or looking after yourself?"),
        Ask(Worsening, BodyArea.Both, "Is the pain steadily getting worse?"),
        Ask(ChestPain, BodyArea.Back, "Do you have chest pain, or are you short of breath?"),
        Ask(CalfSwellingOneSide, BodyArea.Heel, "Is one of your calves swollen, warm and painful?"),
        Ask(FootWound, BodyArea.Heel, "Do you have a cut, sore or ulcer on your foot that is not healing?"),
    ];

    private static SymptomQuestion Ask(string id, BodyArea area, string question) =>
        new(id, question, area, RedFlagCatalog.RedFlagSymptoms.Contains(id));
}
