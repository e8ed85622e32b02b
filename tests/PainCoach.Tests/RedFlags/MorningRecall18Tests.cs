using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the morning round of 2026-12-06 (recall18), each class both ways: a
/// diabetic's foot red or hot with swelling (two of the three, NICE NG19), a small cut, graze or blister on a diabetic's
/// foot, or a sore on it that is weeping; worsening told week by week or "sorer each week than the last"; "up at 3am every
/// night with my back"; a heel "still throbbing" after weeks of self-care; "cant put a toe of weight on it"; after an
/// injury a foot now pointing towards somewhere, caved in or dented, or "sitting at a weird angle" in a short sentence of
/// its own; a red and swollen foot whose heat is told in the next short sentence; a kick at the back of the heel "except
/// nobody did"; sliding off a roof or a ladder; one calf "like a rugby ball" with the other normal; a pain "i texted you
/// about in January" that is still there. The same words in their
/// everyday sense stay quiet. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "recall18").
/// </summary>
public sealed class MorningRecall18Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("type 1, my ankle has gone red and puffy since i got up")]
    [InlineData("im diabetic and my big toe is swollen and warm to the touch")]
    [InlineData("on insulin. the side of my foot looks swollen and red")]
    [InlineData("diabetic, spotted a small graze on the bottom of my foot after the beach")]
    [InlineData("type 2 diabetes, theres a sore by my little toe thats been oozing")]
    public void A_diabetic_foot_red_or_hot_with_swelling_or_with_a_small_wound_is_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("rolled my ankle on the stairs and now its pointing off towards the telly")]
    [InlineData("a pallet came down on my foot and the top of my foot is all squashed in")]
    [InlineData("tripped over the dog and my foot hurts loads. sitting at an odd angle now")]
    [InlineData("twisted my ankle at the park, cant put an ounce of weight through it")]
    [InlineData("ankle swollen and red after work. hot to touch as well")]
    [InlineData("somebody hit me in the back of the heel at squash. but there was nobody behind me")]
    [InlineData("skidded off the scaffold at work and landed on my feet, heels agony")]
    [InlineData("my right calf looks like a football, the other one is fine. its tender")]
    public void A_deformed_foot_no_weight_a_red_hot_swollen_foot_a_ghost_kick_a_fall_from_a_roof_and_a_big_calf_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("week one was just a twinge, week two it was sorer, my heel")]
    [InlineData("my back gets achier every week than the last")]
    [InlineData("awake at 4am every night because of the pain in my back")]
    [InlineData("five weeks of doing the stretches you sent and the heel is still aching")]
    [InlineData("the lower back pain i emailed you about in june is still here")]
    public void Worsening_week_on_week_night_pain_and_a_pain_still_there_weeks_or_months_on_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my brother is diabetic and his ankle is red and puffy")]
    [InlineData("diabetic, my eyes are red and puffy from the hay fever")]
    [InlineData("week one of the course was easy, week two was harder, heel a bit stiff")]
    [InlineData("my back is easier every week than the last")]
    [InlineData("up at 3am every night with the puppy, back ok")]
    [InlineData("rolled my ankle but its fine, resting it pointing towards the ceiling")]
    [InlineData("dropped the tin and the side of it caved in, heel sore from standing")]
    [InlineData("cant put a lot of weight on it for long but i can walk fine")]
    [InlineData("one calf looks like a sausage in these tight leggings, the other one too")]
    [InlineData("slid down the wall in fits of giggles, heel a bit sore")]
    [InlineData("i messaged you about my heel in july, its all fine now")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
