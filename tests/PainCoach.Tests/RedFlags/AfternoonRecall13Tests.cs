using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the afternoon round (recall13), each class both ways: night pain in
/// progressive or clipped words; heel durations and "still hurt" / "nothing help" in second-language grammar; weakness
/// "more weak" each day and giving way "more often"; daily life stopped (time off work, staying home, the school run,
/// "stops me to"); no weight possible on the foot; a foot shape after an injury told in another sentence; clipped
/// wording of urgent signs ("look like balloon", "crossed the line", "foot go flap", "lose 7 kg ... not diet", an Achilles
/// snap with "turned round, no one there" in the next sentence); long morning stiffness told by breakfast; a fever that
/// keeps coming back; "got one" after a question about a temperature. Our own sentences, not corpus or probe text
/// (docs/triage-rounds.md, "recall13 (afternoon round, 2026-12-05)").
/// </summary>
public sealed class AfternoonRecall13Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Night pain told as 'is aching at night' or 'night time the worst' apart from the pain.
    [InlineData("my heel is aching at night and worst when i lie still in bed")]
    [InlineData("back ache every day. night time the worst, cannot get comfortable")]
    public void Night_pain_in_progressive_or_clipped_words_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    // Heel pain past two weeks: 'two and half weeks', 'from mid last month', 'still hurt', 'nothing work'.
    [InlineData("heel sore two and half weeks, did the stretches and ice, still hurt")]
    [InlineData("heel pain from mid last month, used insoles and rest, nothing work")]
    public void Heel_pain_past_two_weeks_in_second_language_grammar_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    // Weakness getting worse: 'every day a bit more weak', giving way 'happening more often'.
    [InlineData("my left leg weak and every day a bit more weak, back sore")]
    [InlineData("my leg keeps giving way on the stairs, happening more often now, sciatica")]
    public void Weakness_more_weak_each_day_or_giving_way_more_often_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Daily life: time off work, staying home, children to school or nursery, 'stops me to'.
    [InlineData("my back is that bad i had to take three days off work")]
    [InlineData("had to stay home from school run duty because of my back, cant drive")]
    [InlineData("heel pain stops me to walk my kids to school")]
    [InlineData("my back is so bad i havent been able to take my son to nursery")]
    public void Pain_that_keeps_the_writer_off_work_or_from_the_school_run_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    // Cannot bear weight: 'no weight possible', getting round on an office chair.
    [InlineData("slipped on ice, now no weight possible on my right foot")]
    [InlineData("twisted my foot badly, getting round the house on an office chair")]
    public void No_weight_possible_on_the_foot_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // A foot shape after an injury told in another sentence or other words.
    [InlineData("fell off the wall at the park. my ankle looks all wrong now")]
    [InlineData("tackle at hockey tonight. my foot is a funny shape, lump sticking up on top")]
    public void A_foot_shape_after_an_injury_in_other_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Clipped second-language wording of urgent signs.
    [InlineData("on metformin repeat. there is a hole under my little toe, some yellow stuff")]
    [InlineData("my foot look like balloon, red and hot, hurts")]
    [InlineData("redness on my shin from the foot wound, i drew round it and it crossed the line")]
    [InlineData("when i walk my right foot go flap on the floor, started this week")]
    [InlineData("back pain new and i lose 7 kg in 2 months, not diet")]
    [InlineData("felt something snap above my heel playing squash. turned round, no one there")]
    public void An_urgent_sign_in_clipped_second_language_wording_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Clipped second-language wording of see-a-clinician signs.
    [InlineData("i take tablets for my transplant liver, now new back pain")]
    [InlineData("if 10 is worst my heel is a 9 today")]
    [InlineData("my right leg doesnt feel as strong as the left, back aches")]
    public void A_see_a_clinician_sign_in_clipped_wording_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    // Long morning stiffness told by breakfast or 'long time, about an hour'.
    [InlineData("back stiff every morning till after my breakfast, then it loosens")]
    [InlineData("wake up and back cannot bend, long time, about an hour")]
    public void Long_morning_stiffness_told_by_a_meal_or_long_time_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    // A fever that keeps coming back, or 'got one' pointing back to a temperature asked about.
    [InlineData("back pain and a temp since last night, feel ok now but it keeps coming back")]
    [InlineData("is a high temperature serious on humira? got one this morning and my heel aches")]
    public void A_fever_that_keeps_coming_back_or_got_one_after_a_question_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Everyday texts in the same words: a holiday week off, flu at home, past or cleared pain, noise at night, advice,
    // shoes and socks, a meal, a cold last week, someone else's repeat prescription.
    [InlineData("booked the week off work for a holiday, heel feeling better already")]
    [InlineData("stayed home from work with flu, my back is a bit stiff from the sofa")]
    [InlineData("my heel hurt at night last week after the hike, fine now")]
    [InlineData("night time is the worst for traffic noise here, back is fine")]
    [InlineData("my legs feel stronger each day since physio, heel ok")]
    [InlineData("the surgeon says no weight possible on the foot until the cast is off")]
    [InlineData("my feet are a funny shape, always have been, heel aches in the mornings")]
    [InlineData("there is a hole in my sock near the big toe, heel aches")]
    [InlineData("my new glasses make the telly look odd, heel is fine")]
    [InlineData("i drink coffee till after breakfast, back is fine")]
    [InlineData("heel sore for 3 days, iced it, much better now")]
    [InlineData("back stiff for ten minutes in the morning, fine after breakfast")]
    [InlineData("had a temperature with a cold last week, fine now, heel a bit sore")]
    [InlineData("my mum needs a repeat of her metformin, my heel is fine")]
    public void An_everyday_text_in_the_same_words_raises_no_alert(string text) => Assert.Null(screen.Screen(text));
}
