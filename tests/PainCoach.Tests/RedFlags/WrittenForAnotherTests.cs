using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Carers text for the person in pain ("texting for my dad", "my mum asked me to message you", "im worried about my
/// husband", "should my mum go to a and e?"). Then that person is the
/// patient: a sign that needs care today raises the same alert as if they had written it. Someone else's sign said in
/// passing, a question asked for someone, and a see-a-clinician sign of someone else stay as before.
/// </summary>
public sealed class WrittenForAnotherTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("texting for my dad, his back went and now he cant pee at all", AlertLevel.Emergency)]
    [InlineData("Asking for my husband. His back is agony and he can't feel his bum when he wipes", AlertLevel.Emergency)]
    [InlineData("Texting for my mum. She's got sciatica and she's had no feeling down below since this morning", AlertLevel.Emergency)]
    [InlineData("my dad asked me to text, his legs have both gone numb and his back is killing him", AlertLevel.Emergency)]
    [InlineData("my husband doesn't text so im asking for him. he fell off a ladder yesterday and his back is really bad", AlertLevel.Emergency)]
    [InlineData("texting for my mum: can she take ibuprofen? her back is bad and she cant feel her legs", AlertLevel.Emergency)]
    [InlineData("my mum asked me to message you, her foot is red hot and swollen", AlertLevel.Urgent)]
    [InlineData("im texting for my son, he has a fever and his heel is sore", AlertLevel.Urgent)]
    [InlineData("writing on behalf of my father, his back pain is bad and he has a high temperature and shivers", AlertLevel.Urgent)]
    [InlineData("im really worried about my husband, his back is bad and hes wet himself twice today", AlertLevel.Emergency)]
    [InlineData("should my mum go to a and e? her back is agony and she cant feel her bum", AlertLevel.Emergency)]
    [InlineData("can you help my dad, he fell off the roof and his back is really bad", AlertLevel.Emergency)]
    [InlineData("what should my wife do, her foot is red hot and swollen and she has a temperature", AlertLevel.Urgent)]
    public void A_sign_that_needs_care_today_alerts_when_texted_for_the_patient(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("asking for my husband, can sciatica make you numb down there?")]
    [InlineData("asking for my mum, is it normal for back pain to make you lose bladder control")]
    [InlineData("asking for a friend, can back pain make you wet yourself")]
    [InlineData("asking for a friend, my back is sore but no numbness and im peeing fine")]
    [InlineData("asking for my wife, what shoes are best for heel pain")]
    [InlineData("asking for my wife, her heel is killing her and she cant stand it")]
    [InlineData("asking for my husband, his back is sore but no numbness and hes peeing fine")]
    [InlineData("texting for my husband, he had a car accident 20 years ago but his back only started aching after gardening")]
    [InlineData("texting for my mum, she has diabetes and her heels ache in the mornings")]
    [InlineData("texting for my dad, he wakes up at night with his back")]
    [InlineData("my wife is worried about my back, its been sore for a week")]
    [InlineData("my wife told me to text you about my back, she had cancer years ago and worries about everything")]
    [InlineData("my husband asked me to message you, my heel is sore and he thinks i should rest it. he had a fever last week")]
    [InlineData("im worried about my mum, she has diabetes and her feet hurt")]
    public void A_question_for_someone_or_their_cleared_or_see_a_clinician_sign_raises_no_alert(string text) =>
        Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("my husband has sciatica in both legs, what can he do for it")]
    [InlineData("my dad had a stroke and his foot drags, I just have a sore heel, nothing like that")]
    [InlineData("my sister is on chemo, my heel is sore from running around after her kids")]
    public void Someone_elses_sign_said_in_passing_is_still_not_the_writers(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("texting for my dad, he cant feel his legs", ", i cant feel my legs")]
    [InlineData("She's had no feeling down below. Her back hurts", "im had no feeling down below. my back hurts")]
    [InlineData("he hurt himself", "i hurt myself")]
    public void The_patients_words_are_told_in_the_first_person(string text, string expected) =>
        Assert.Equal(expected, SignMentions.InThePatientsWords(text).Trim());
}
