using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the late-morning round of 2026-12-06 (recall19), each class both ways: a
/// leg with less strength each day or than the day before; a heel or back "nothing's sorting / fixing it" after weeks;
/// burning or tingling "especially / mostly / worse after a long day" (there at other times too); "since the end of
/// august", "since mid october"; up at an early hour and stiff till a later one; awake since the small hours with pain
/// worse lying down; night pain that sends someone downstairs "so i don't wake the kids"; a car "prang" or "bingle", or a
/// foot braced on the brake when the crash came; a "crook" back; a one-word question before "sitting at a weird angle";
/// a diabetic's red hot foot with the bath denied; "w/o" read as "without". The same words in their everyday sense stay
/// quiet, and work as the reason an appointment is missed is not pain stopping daily life. Our own sentences, not
/// corpus, probe or phrase-file text (docs/triage-rounds.md, "recall19").
/// </summary>
public sealed class LateMorningRecall19Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("every day my right leg has less strength, it nearly went on the stairs")]
    [InlineData("my left leg has less power today than yesterday and it was weak then")]
    [InlineData("came off the quad bike and my ankle is all wrong. broken? sitting at a strange angle")]
    [InlineData("had a bingle in the work ute this morning, heel is really sore now")]
    [InlineData("my foot was planted on the brake when the bus hit us, heel swollen")]
    [InlineData("type 1 diabetic, my foot is red and warm, not been near a heater or the bath")]
    [InlineData("fell off the stepladder, cant put weight on my heel w/o wincing")]
    public void Worsening_leg_weakness_a_crash_in_slang_a_deformity_after_a_question_and_a_diabetic_foot_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("seven weeks with this heel. insoles, ice, the lot. nothing is clearing it")]
    [InlineData("my heel tingles, mainly after a long day at the shop")]
    [InlineData("lower back has been bad since the middle of september")]
    [InlineData("up at 5 and my back is stiff as a plank till half 9")]
    [InlineData("been up since 2. my heel throbs when i lie down")]
    [InlineData("sciatica wakes me every night, i sit in the car so i dont wake the baby")]
    [InlineData("crook back for eight weeks now and its not getting better")]
    public void A_pain_not_sorted_after_weeks_burning_stiffness_till_late_morning_and_night_pain_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Fact]
    public void Peeing_without_knowing_written_with_a_slash_is_an_emergency_with_back_pain() =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen("lower back agony and ive been peeing w/o knowing")?.Level);

    [Theory]
    [InlineData("every day my dog has less strength on walks, my back is fine")]
    [InlineData("my leg has less pain each day, the physio is working")]
    [InlineData("nothing fixes a long shift like a bath, heel fine")]
    [InlineData("my feet burn after a long day in the new boots, gone by bedtime")]
    [InlineData("back twinged at the start of november, fine since")]
    [InlineData("up at 6 for the school run, back a bit stiff till about 6 15, fine after a stretch")]
    [InlineData("been up since 3 with the teething baby, heel fine")]
    [InlineData("the baby wakes me every night, back is fine")]
    [InlineData("pranged the shopping trolley into the fridge, heel fine")]
    [InlineData("my cousin pranged his car last year, he is fine, asking about heel stretches")]
    [InlineData("the crook at the market overcharged me, heel fine")]
    [InlineData("back fine, worried about missing my physio appointment for a work meeting")]
    [InlineData("sore back after a long walk w/o my insoles, no tingling")]
    [InlineData("back sore after gardening but w/o any numbness or weakness")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
