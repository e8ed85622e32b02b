using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the early morning round of 2026-12-06 (recall17), each class both ways:
/// a diabetic's red and hot foot said as "the sugar disease" or "i have sugar", a sore on the foot with liquid coming
/// out, an ankle "in the wrong shape" or with a bump "that was not there before" after a fall, a foot "looking a funny
/// shape", an Achilles sound "like a stick breaking", weight "going down" while eating normally, a foot that "dont
/// lift", a leg losing its strength day by day, redness "walking up" the foot, pain that "dont let me sleep" or waking
/// "because of the pain", one leg without "the power like before", "the most strong pain of my life", pain "more strong
/// than the week before", a heel "still sore N weeks now", "not one step better", "cannot put my socks or ...", home
/// care as self-care, a solid-organ transplant "years ago", and "head over heels" as a tumble or a crush, not a heel.
/// The same words in their everyday sense stay quiet. Our own sentences, not corpus or probe text
/// (docs/triage-rounds.md, "recall17").
/// </summary>
public sealed class EarlyMorningRecall17Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("type two sugar patient here, my right foot has gone red and hot overnight")]
    [InlineData("ive got the sugar illness, left heel red and hot since sunday")]
    [InlineData("diabetic, the sore under my heel has yellow fluid draining out")]
    [InlineData("i have sugar and a crack on the bottom of my foot with pus running out")]
    public void A_diabetic_foot_red_and_hot_or_with_a_weeping_sore_in_other_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tripped down the kerb and my ankle is in the wrong place now")]
    [InlineData("came off the trampoline, now a bump on my ankle that was not there before")]
    [InlineData("my achilles gave a crack like a whip going off when i lunged for the ball")]
    [InlineData("new lower back pain, my weight keeps coming off and i am eating normally")]
    public void A_misshapen_ankle_after_a_fall_an_achilles_crack_and_weight_lost_while_eating_normally_are_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my right foot no longer lifts when i walk, it just hangs")]
    [InlineData("the redness on my shin keeps spreading up towards my knee, foot swollen")]
    [InlineData("my leg keeps losing the power day after day")]
    public void A_foot_that_does_not_lift_spreading_redness_and_a_leg_losing_power_day_by_day_are_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("the pain in my back doesnt let me sleep most nights")]
    [InlineData("i woke at 4am due to the throbbing in my heel")]
    [InlineData("my left leg doesnt have the strength like before on the stairs")]
    [InlineData("this is the most painful pain of my life, my heel")]
    [InlineData("the heel pain each day a little more strong")]
    [InlineData("my back pain is sorer than the week before")]
    public void Night_pain_one_weak_leg_the_worst_pain_and_pain_growing_week_on_week_are_see_a_clinician(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("heel still sore 7 weeks now")]
    [InlineData("back pain 8 weeks with the exercises, not a single step better")]
    [InlineData("my back is too stiff, i cannot put on my shoes without help")]
    [InlineData("heel hurts for 4 weeks, i do the home exercises, it is still there")]
    [InlineData("had a kidney transplant 6 years ago and my back started hurting this week")]
    public void Long_pain_despite_care_pain_that_stops_dressing_and_an_old_organ_transplant_are_see_a_clinician(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("we went head over heels for the new flat, back fine")]
    [InlineData("i have sugar in my porridge, my feet went red and hot in the hot tub")]
    [InlineData("sore on my knee with clear fluid coming out from the graze, feet fine")]
    [InlineData("the shop is in the wrong place on the map, heel ok")]
    [InlineData("heard a noise like a branch breaking in the garden, heel fine")]
    [InlineData("my weight is going down on the slimming plan, eating well, back fine")]
    [InlineData("dont lift weights with a sore back they said, so i dont")]
    [InlineData("the red kite is climbing up into the sky, heel fine")]
    [InlineData("the kids dont let me sleep past six, heel better")]
    [InlineData("woke up early because of the bin lorry, back ok")]
    [InlineData("my leg is stronger than the week before, back easing")]
    [InlineData("the most strong tea of my life at the cafe, heel fine")]
    [InlineData("back pain gone, not one step back since, thanks")]
    [InlineData("cant put my shoes in the cupboard, too many, heel fine")]
    [InlineData("my uncle had a kidney transplant 3 years ago, heel aching after the walk")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
