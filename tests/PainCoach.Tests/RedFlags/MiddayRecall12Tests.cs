using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the midday round (recall12), each class both ways: a report about the
/// writer's own body put as a question with no "I" or "my" ("is it normal for heel pain to keep getting worse?") is read
/// as a report, while a real general question stays a question with no alert; "still same (same)" as unchanged; a fall
/// told as "came down with it" from a height, with the heel pain in the next sentence; Filipino (Tagalog) words for
/// fever, the heel and sole, a wound, weight loss, weakness getting worse and the kick from nobody; a turn round to see
/// who kicked. Our own sentences, not corpus or probe text (docs/triage-rounds.md, "recall12 (midday round, 2026-12-05)").
/// </summary>
public sealed class MiddayRecall12Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // One calf swollen and warm, asked as "is it normal".
    [InlineData("is it normal for one calf to be swollen and hot, just on the left?")]
    [InlineData("is it ok for only one calf to be puffy and warm to touch?")]
    public void A_one_sided_swollen_warm_calf_asked_as_is_it_normal_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // A score, self-care tried, still, keeps getting worse, new pain: the asker's own episode.
    [InlineData("is it normal for back pain to be 8/10 most days?")]
    [InlineData("is it normal for heel pain to hang on for 4 weeks despite new insoles?")]
    [InlineData("does it mean anything that the sciatica keeps getting worse?")]
    [InlineData("is it normal for heel pain to still be this bad after a month?")]
    [InlineData("is it ok to have new back pain whilst on chemotherapy?")]
    [InlineData("should you worry if back pain is 9 out of 10 even after painkillers?")]
    public void A_report_put_as_a_question_with_no_I_or_my_is_caught(string text) =>
        Assert.Contains(screen.Screen(text)?.Level, new AlertLevel?[] { AlertLevel.SeeClinician, AlertLevel.Urgent });

    [Theory]
    [InlineData("is it normal to have pain at night with a heel spur?")]
    [InlineData("should you be worried if back pain comes and goes?")]
    [InlineData("is it normal for heel pain to take weeks to settle even with good shoes?")]
    [InlineData("is it normal for a heel to hurt more in the morning?")]
    [InlineData("is it common for plantar fasciitis to get worse before it gets better?")]
    [InlineData("is it normal for one calf to look a bit bigger than the other?")]
    public void A_general_question_about_a_sign_stays_a_question_with_no_alert(string text)
    {
        Assert.True(screen.Read(text).GeneralQuestion);
        Assert.Null(screen.Screen(text));
    }

    [Theory]
    [InlineData("lower back went 6 weeks ago, tried heat and all, still same same")]
    [InlineData("back ache since 5 weeks, changed mattress, still same every night")]
    public void Back_pain_past_four_weeks_still_same_same_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("i was lifting the christmas decorations out of the attic and came down with them box and all, about 3 metres. heel very sore now")]
    [InlineData("the stepladder tipped and i came down with it, about 2 metres. left heel is badly bruised and sore")]
    public void Came_down_with_it_from_a_height_then_heel_pain_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("nilalagnat po ako kahapon pa, masakit ang talampakan ko")]
    [InlineData("may lagnat ako ngayon at sakit ng likod ko po")]
    [InlineData("diabetic ako, yung sugat sa sakong ko nagnanana na")]
    [InlineData("pumapayat ako ng 7 kilo, hindi ko alam kung bakit, tapos masakit ang likod ko")]
    [InlineData("nanghihina ang kanang binti ko, lumalala araw araw po")]
    [InlineData("akala ko binato ako sa likod ng binti habang naglalaro, walang tao doon")]
    public void A_Tagalog_urgent_sign_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("may diabetes po ako at masakit ang sakong ko pag gising")]
    public void A_Tagalog_see_a_clinician_sign_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("glanced round during the hockey game to see who had whacked my ankle, nobody anywhere near")]
    public void Turned_round_to_see_who_kicked_the_ankle_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Less power day after day, chills under duvets, "cant get warm then im boiling", hopping to the bathroom.
    [InlineData("my right leg has less strength day after day, back sore")]
    [InlineData("cant get warm and then im boiling, my back hurts")]
    [InlineData("shaking under two duvets, heel pounding")]
    [InlineData("hopping to the bathroom since i landed on my heel, no weight through that foot at all")]
    public void An_urgent_sign_in_everyday_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // One leg less strong than the other.
    [InlineData("my right leg feels less strong than the left since my back went")]
    public void One_leg_less_strong_than_the_other_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    // "same same as", a cold caught from the family, someone else's fever or diabetes, a kick at a ball,
    // advice to keep weight off, a leg weaker with age.
    [InlineData("the nurse said no weight on the foot for a week after the bunion op")]
    [InlineData("my left leg is less strong than it used to be, getting older, back is fine")]
    [InlineData("back went 6 weeks ago, same same as last year, fine again after a week")]
    [InlineData("the whole family had flu last week and i came down with it too. heel a bit achy from work")]
    [InlineData("nilalagnat si bunso kagabi, salamat po")]
    [InlineData("may diabetes ang nanay ko, pwede bang mag yelo sa sakong ko?")]
    [InlineData("turned around at the school disco to see who kicked the ball into the hall, my heel is fine")]
    public void An_everyday_text_in_the_same_words_raises_no_alert(string text) => Assert.Null(screen.Screen(text));
}
