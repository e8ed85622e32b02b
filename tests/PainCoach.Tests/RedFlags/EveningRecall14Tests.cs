using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the evening round (recall14), each class both ways, as second-language
/// writers and adults with low literacy put them: shivery misspelt beside hot or sweaty; immune-lowering medicine in lay
/// words and steroid tablets at a big dose; worse "each day", "more and more strong", "grows each day", "every few days";
/// leg weakness "more and more week", worse than a weekday, or told day by day; trying to stand on it and cannot, "wont
/// take no weight"; a foot that falls when walking, the tip or point of the foot that will not lift, a foot dragged
/// behind; something breaking at the back of the heel, a whip sound; a vehicle over the foot, a fall through a hatch onto
/// the feet; durations (does not seem to be improving, the same as the first week, a bare "Nothing." after self-care,
/// since before halloween); children's care stopped by the back; "a 9 of 10"; night is when it hurts more; feet on fire
/// at night in bed; a foot shape told with a contracted 's, a foot that "changed the shape"; minutes before the back
/// bends in the morning; the back as a bare subject that "says no"; and a sign texted for the patient, or with the
/// writer between the other person and the sign, still alerts ("her" after a named other person was not kept: it cost a
/// read carer story its alert). Our own sentences, not corpus or probe text (docs/triage-rounds.md, "recall14 (evening round, 2026-12-05)").
/// </summary>
public sealed class EveningRecall14Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A fever told by the body, shivery misspelt.
    [InlineData("heel throbbing and im shivry and boiling since tea time")]
    [InlineData("lower back agony, feeling sweaty and shivvery all evening")]
    // Immune-lowering medicine in lay words, steroid tablets at a big dose, with a fever.
    [InlineData("on the jabs for my psoriasis that lower the imune stuff, got a fever today")]
    [InlineData("on steroyd tablets at a high dose since spring and now a temperature")]
    public void A_fever_told_by_the_body_or_with_lay_immune_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my back pain every day more strong, even walking is hard")]
    [InlineData("the ache in my heel grows each day")]
    [InlineData("heel getting sorer every few days")]
    public void Worse_each_day_in_plain_or_second_language_words_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my left leg is more and more week every day, back aching")]
    [InlineData("the weakness in my leg is worse than friday, sciatica")]
    [InlineData("saturday my leg was tired, monday i was limping, today it gives way on the stairs, back pain")]
    public void Leg_weakness_worse_by_the_day_or_told_day_by_day_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("rolled my ankle on the stairs and when i try to stand on it i just cant")]
    [InlineData("since the fall my foot will not take no weight")]
    public void Trying_to_stand_and_cannot_or_no_weight_taken_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("the foot falls down as i step since the disc went")]
    [InlineData("i cant lift the point of my foot, sciatica")]
    public void A_foot_that_drops_in_plain_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("playing padel, my heel went like a whip crack and now i walk flat")]
    [InlineData("a lorry passed over my foot at the depot, heel swollen")]
    [InlineData("fell through the rotten decking and landed on my feet, heel bruised")]
    [InlineData("slipped on the ice and my foot's a weird shape now")]
    [InlineData("diabetic and my foot changed the shape, heel aching")]
    public void A_snap_a_crush_a_fall_onto_the_feet_or_a_changed_foot_shape_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("back sore for six weeks, it doesnt seem to be improving")]
    [InlineData("three months ago my back started aching, i do the stretches and its the same as the first week")]
    [InlineData("my heel has hurt since before halloween, did the ice and the stretches. nothing.")]
    public void A_long_pain_not_improving_in_plain_words_is_caught(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("cant change my babys nappies because of my back")]
    [InlineData("i cant get my girls ready for nursery with this back pain")]
    [InlineData("my back is a 9 of 10 this morning")]
    [InlineData("heel pain 9 out of 10 for me, nice texts but still agony")]
    [InlineData("in bed at night is when my heel aches the most")]
    [InlineData("my feet are on fire every night in bed and my heel is sore")]
    [InlineData("it takes me 40 minutes of stretching before my back bends in the morning")]
    public void Daily_life_a_pain_score_night_burning_feet_and_morning_stiffness_in_plain_words_are_caught(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Fact]
    public void The_back_as_a_bare_subject_that_says_no_is_the_pain_area() => Assert.Equal(AlertLevel.Urgent, screen.Screen("temp 38.9, back says no")?.Level);

    [Theory]
    [InlineData("sweaty and shivering at the bus stop after football, back fine")]
    [InlineData("my twins grow every day, back sore from carrying them")]
    [InlineData("my legs are more and more strong each week, back fine")]
    [InlineData("my heel is every day better")]
    [InlineData("the phone battery is dead today, leg fine, back ok")]
    [InlineData("when i try to stand on it i can, the physio is pleased, heel ok")]
    [InlineData("dragging my suitcase behind me at the airport, back a bit sore")]
    [InlineData("something broke in the back of the cupboard, heel sore from standing")]
    [InlineData("the ice cream van went over the speed bump, heel fine")]
    [InlineData("it takes me 45 minutes to get the kids to school in the morning, back ok")]
    [InlineData("i cant get the kids ready for school on time, the bus is early, heel fine")]
    [InlineData("my daughter got 9 of 10 in her test, heel sore")]
    [InlineData("honestly 9 out of 10 for me, great app, heel is improving")]
    [InlineData("my feet were on fire after dancing all night, heel fine")]
    [InlineData("my foot's a funny shape, always has been, back sore")]
    public void The_same_words_in_everyday_texts_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("texting for my sister, she twisted her ankle at netball and her foot looks wrong, bent in the middle")]
    [InlineData("my niece fell on me off the climbing frame and now my foot is bent at the front")]
    public void Her_texted_for_the_patient_or_with_the_writer_in_between_still_alerts(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);
}
