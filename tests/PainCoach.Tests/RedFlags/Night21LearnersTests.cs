using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Grammar of adults still learning English, whatever their first language, closed in night round 21 (learners21), each
/// class both ways: a base-form verb for the past ("I fall from ladder", "a cupboard fall on me", "I pee in my bed"); a
/// dropped plural ("my pant", "leg pin and needle", a singular "stair"); a dropped article ("for almost hour", "like
/// gun"); "swell" for swollen; "more bad" for worse and "getting more and more" alone; "no" or "not" before a bare verb
/// ("foot no go up", "back not bend", "shoe not fit", "nothing work"); a noun before its adjective ("bones soft"); "not
/// strong" for weak; "get thin" for losing weight, "without reason" for no reason; "stop me do". The same words in their
/// everyday sense stay quiet. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md,
/// "learners21").
/// </summary>
public sealed class Night21LearnersTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("yesterday I fall from ladder in the garden, my back very pain now")]
    [InlineData("a heavy cupboard fall on me at work, back hurt bad")]
    [InlineData("my lower back hurt and this morning I pee in my bed, never before")]
    [InlineData("both my leg pin and needle and the back is very pain")]
    public void Base_form_past_and_dropped_plurals_are_an_emergency_with_back_pain(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my foot is swell and red and hot since yesterday")]
    [InlineData("my calf is swell and warm, only this one, the other normal")]
    [InlineData("the leg weak and more bad each day")]
    [InlineData("my front foot no go up, I trip on my toes")]
    [InlineData("back pain new and I am getting thin without reason")]
    public void Swell_more_bad_no_go_and_getting_thin_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my back pain getting more and more each week")]
    [InlineData("in the morning my back not bend for almost hour")]
    [InlineData("my left leg is not strong on the stairs, right leg ok")]
    [InlineData("the doctor say my bones soft, now new pain in my back")]
    [InlineData("back pain stop me do the cooking and cleaning")]
    public void Learner_forms_of_worsening_stiffness_weakness_thin_bones_and_daily_life_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("I fall asleep fast, my back feel good")]
    [InlineData("my pain is getting more and more better with the physio")]
    [InlineData("the exercise is no go for me today, no time, back fine")]
    [InlineData("the shoe not fit, I give it back to shop, heel fine")]
    [InlineData("my sister want to get thin for the wedding, my heel is ok")]
    [InlineData("I sew with pin and needle at night, back is good")]
    [InlineData("I watch TV half hour then sleep, back ok")]
    [InlineData("the traffic is more bad today, my back is same")]
    public void The_same_learner_forms_in_their_everyday_sense_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
