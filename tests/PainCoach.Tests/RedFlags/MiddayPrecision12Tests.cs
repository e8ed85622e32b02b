using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the midday round (precision12), each class both ways: everyday texts that must raise no alert,
/// with and without a subscriber's program, and the real sign in similar words that must keep its level. Our own
/// sentences, not corpus text (docs/triage-rounds.md, "precision12 (midday round)").
/// </summary>
public sealed class MiddayPrecision12Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A fever or chills in a past illness or after a jab, said to be over now.
    [InlineData("my flu jab gave me chills overnight, fine the next day, heel still stiff in the mornings")]
    [InlineData("had a virus with a temperature in october, all better now. back just a bit stiff")]
    // A high score of a past, other pain, told to compare: nothing like that now.
    [InlineData("labour was a 10 out of 10 in 2016, nothing like that now, back only niggles")]
    [InlineData("broke my arm years ago and that was a 9/10, nowhere near that now, my heel is just sore")]
    // A form's or app's question about a sign, answered no.
    [InlineData("the numbness question on the form, I ticked no, my back is just stiff")]
    [InlineData("the tingling box on the app, mine is no, my back is just stiff")]
    // A heart attack as a start at something seen or opened.
    [InlineData("almost heart attack when I saw the parking fine, my back is stiff after the drive")]
    [InlineData("had a mini heart attack when I opened the council tax letter, my back aches from hoovering")]
    // "nothing going on down there" as a sentence of its own: nothing wrong there.
    [InlineData("back pain from the decorating. nothing going on down there.")]
    [InlineData("my back went stiff after the match. nothing going on downstairs.")]
    // Breathless on effort, and the writer says it is how they always are.
    [InlineData("puffed out on the stairs at work, always have been, back aches from the desk")]
    [InlineData("I get winded on my runs, normal for me, my back stiffens after long ones")]
    public void Everyday_texts_of_the_midday_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    // Said with no pain area, so a subscriber's program would give them one (the night round's rule).
    [InlineData("after my booster I had chills one night, fine now. can I do my exercises tomorrow?")]
    [InlineData("had covid in march with a temperature, all fine now, can I start the programme")]
    [InlineData("nearly heart attack when I saw the price of those trainers lol, what shoes are best")]
    [InlineData("the numbness question on the app, mine is no, it wont let me go on")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("had flu last month, better now, but since last night I have a temperature and my back hurts", AlertLevel.Urgent)]
    [InlineData("still shivery after covid, not better now, and my back is agony", AlertLevel.Urgent)]
    [InlineData("covid jab last week, now running a temperature and my lower back is killing me", AlertLevel.Urgent)]
    [InlineData("kidney stones in 2015 were a 9 out of 10, and this back pain is a 9 out of 10 today", AlertLevel.SeeClinician)]
    [InlineData("the numbness question on the app, I said yes, my leg has been numb for a week", AlertLevel.SeeClinician)]
    [InlineData("the bladder box on the form, I put no, but since yesterday I cant pee and my back is bad", AlertLevel.Emergency)]
    [InlineData("back pain and it feels like I'm having a heart attack, crushing in my chest", AlertLevel.Emergency)]
    [InlineData("back pain since friday. nothing going on down there since, cant get it up", AlertLevel.Emergency)]
    [InlineData("my back went. nothing going on down there anymore", AlertLevel.Emergency)]
    [InlineData("back pain and sharp pains in my lungs when I breathe in", AlertLevel.Emergency)]
    [InlineData("back pain and out of breath running for the bus, never used to be", AlertLevel.Emergency)]
    [InlineData("out of breath going up the stairs, always have, but now with chest tightness and back pain", AlertLevel.Emergency)]
    [InlineData("my back hurts and I'm suddenly breathless walking to the kitchen", AlertLevel.Emergency)]
    [InlineData("back pain and short of breath since this morning", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    // A cancer named by its organ is a cancer history (urgent with back pain), not chest pain (an emergency).
    [InlineData("I'm having chemo for lung cancer and my back has started to hurt")]
    [InlineData("back pain, my breast cancer has spread to my lungs and the ache is new")]
    public void Lung_cancer_with_back_pain_is_a_cancer_history_not_chest_pain(string text)
    {
        var alert = screen.Screen(text);
        Assert.Equal(AlertLevel.Urgent, alert?.Level);
        Assert.DoesNotContain(alert!.Flags, flag => flag.Id == "back_pain_with_chest_pain");
    }
}
