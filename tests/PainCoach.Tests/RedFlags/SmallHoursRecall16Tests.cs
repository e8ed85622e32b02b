using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the small-hours round of 2026-12-06 (recall16), each class both ways:
/// phone autocorrect slips where the rest of the text makes the sign plain ("running a temperament", a foot "red and hot
/// and stolen", "my right calm is swollen", "a snap in my heal", "an open would on my heel", "on methodist for my
/// arthritis", "getting horse week on week", "every mourning", "lumbargo"), a fever told as "hot/cold, 38.2" or "hot
/// then cold", redness that has reached the ankle, a thwack in the Achilles "like hit by" something, "zero weight on it",
/// a foot "out of shape" after a tackle, weight lost "eating normal", a transplant "pt", a leg "getting feebler" or giving
/// out "a bit more each day", toes catching on the carpet, "every week the pain in my arch gets worse", and pain diaries
/// ("wk1 3/10, wk2 5/10", "day 19. still there", "still 4/10", "not one bit better", "looked after it like a baby and
/// it's not going"). The real words in their own sense stay quiet. Our own sentences, not corpus or probe text
/// (docs/triage-rounds.md, "recall16").
/// </summary>
public sealed class SmallHoursRecall16Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("heel aching and ive been running a temperament since lunch")]
    [InlineData("back sore, shivery 39 this evening")]
    [InlineData("on methodist for psoriasis, back sore and feeling hot then cold")]
    [InlineData("ankle gone red n warm n stolen overnight")]
    [InlineData("the redness from my heel has crept up to my shin now")]
    [InlineData("my right calm is fatter than the left and tender")]
    [InlineData("the call on my left is swollen and red")]
    public void Fever_a_red_hot_swollen_foot_and_a_swollen_calf_through_phone_slips_are_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("heard a crack in my heal stepping off the kerb")]
    [InlineData("felt a whump in my achilles as if someone kicked me")]
    [InlineData("zero weight on my left heel since the fall this morning")]
    [InlineData("got tackled at footy. my foot is out of shape now")]
    [InlineData("new back pain, lost 7 kilos since june, eating the same")]
    [InlineData("diabetic, an open would on the ball of my foot")]
    public void Heel_injuries_weight_loss_and_a_diabetic_wound_in_plain_or_slipped_words_are_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my right leg keeps getting feebler with the sciatica")]
    [InlineData("each day my leg gives out more on the stairs")]
    [InlineData("my toes keep scuffing on the pavement, left foot not lifting properly")]
    public void A_leg_getting_feebler_giving_out_more_each_day_or_a_foot_that_does_not_lift_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("im on methodist for my arthritis, heel sore this week")]
    [InlineData("liver transplant patient, back ache since friday")]
    [InlineData("lower back getting horse week on week")]
    [InlineData("every week the soreness in my heel gets worse")]
    [InlineData("back wk1 2/10, wk2 4/10, wk3 7/10")]
    [InlineData("plantar fasciitis day 21. still sore")]
    [InlineData("heel hurting 4 weeks. insoles, ice. still 5/10")]
    [InlineData("each mourning my back is stiff like a plank for an hour")]
    [InlineData("back pain six weeks, exercises daily, not one bit better")]
    [InlineData("heel sore for 5 weeks, babied it like a newborn, its not going")]
    public void Immune_suppression_worsening_pain_diaries_and_long_pain_are_see_a_clinician(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my son has a real temperament, heel sore from football")]
    [InlineData("my purse was stolen and i walked home, heel sore")]
    [InlineData("stay calm they said, heel aches after the walk")]
    [InlineData("the call was long, back stiff from sitting")]
    [InlineData("a pop song on the radio, my heel will heal")]
    [InlineData("zero weight training this week, heel sore")]
    [InlineData("lost 5 kilos on slimming world, eating well again, back ache")]
    [InlineData("the methodist hall has hard chairs, back sore")]
    [InlineData("i would put ice on it but my heel is fine")]
    [InlineData("the boot wearer gets heel pain in these, not me")]
    [InlineData("went horse riding by the day on holiday, back aches")]
    [InlineData("heel wk1 5/10, wk2 3/10, wk3 1/10")]
    [InlineData("heel pain day 4, stretching, still sore")]
    [InlineData("i slept like a baby, heel fine")]
    [InlineData("i do hot then cold foot baths for my heel")]
    public void The_real_words_in_their_own_sense_and_improving_diaries_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
