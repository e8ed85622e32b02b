using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the night round of 2026-12-05 (precision15), each class both ways: everyday texts that must
/// raise no alert (each alerted on main), with and without a subscriber's program, and the real sign in similar words
/// that must keep its level. Our own sentences, not corpus text (docs/triage-rounds.md, "precision15 (night round)").
/// </summary>
public sealed class NightPrecision15Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Both legs heavy or like jelly after a walk or hike (with a determiner or adjectives: "the long hill walk").
    [InlineData("legs like jelly after the long hill walk yesterday, fine today, heel a bit sore")]
    [InlineData("both my legs were like lead after our coastal walk on sunday, all good today, back stiff")]
    // Both legs asleep or numb from sitting or lying somewhere, said over now.
    [InlineData("both my legs went numb in the bath reading, fine after a minute, lower back ache")]
    [InlineData("legs both went to sleep in the cinema seat, gone now, lower back ache")]
    // A fever long past and recovered from.
    [InlineData("had a fever with a chest infection a while back, long since recovered, back stiff mornings")]
    [InlineData("was running a fever with a bad cold some time back, completely recovered, heel sore after runs")]
    // Power or strength training is a workout, not legs with no power.
    [InlineData("back achy, legs got no power training at all this month, what would you suggest")]
    [InlineData("my back hurts and my legs have no strength training in the plan yet")]
    // Laughter in the clause before or after "nearly wet myself".
    [InlineData("our teacher's jokes had us in hysterics, nearly wet myself, back sore from the chairs")]
    [InlineData("nearly peed myself, giggling at my daughter's face, back stiff")]
    // The back (not the chest) sore on a deep breath, with nothing of the chest, the breath or a clot risk.
    [InlineData("my back hurts when i breathe in deep after a day of digging")]
    [InlineData("upper back sore if i take a deep breath, slept funny on it")]
    // A fall from standing height is no fall from a height.
    [InlineData("took a tumble at standing height on the path, just a bruise, back a bit sore")]
    // A form's item answered after a dash.
    [InlineData("back pain. steroids - no. fever – none")]
    public void Everyday_texts_of_the_night_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("slipped on a wet floor, standing height, only a bruise on my hip, all fine now")]
    [InlineData("had a temperature a while back with covid, long since recovered, when can i come in")]
    [InlineData("the show was hilarious, almost wet myself, can i book for next week")]
    [InlineData("diabetes - no. fever - no. when is my appointment?")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("legs like lead after a short walk and still heavy and numb two days later, back pain", AlertLevel.Emergency)]
    [InlineData("both legs asleep on the sofa and still cant feel them an hour later, back agony", AlertLevel.Emergency)]
    [InlineData("back pain and both legs went numb in bed, fine now but it keeps happening since monday", AlertLevel.Emergency)]
    [InlineData("had a fever a while back, recovered, but its come back since yesterday with my back pain", AlertLevel.Urgent)]
    [InlineData("back pain and my legs have no power since this morning", AlertLevel.Emergency)]
    [InlineData("laughing at the telly and i wet myself without knowing, never happened before, back agony", AlertLevel.Emergency)]
    [InlineData("in stitches at the pub and since my back went i keep wetting myself", AlertLevel.Emergency)]
    [InlineData("my back hurts when i breathe in deep and i cant catch my breath", AlertLevel.Emergency)]
    [InlineData("upper back hurts when i breathe in, and my chest feels heavy", AlertLevel.Emergency)]
    [InlineData("back hurts when i breathe in, took a long flight home yesterday", AlertLevel.Emergency)]
    [InlineData("fell from a height off the garage roof, back agony", AlertLevel.Emergency)]
    [InlineData("back pain and i had a crash in the car this morning, nothing broken i think", AlertLevel.Emergency)]
    [InlineData("back pain. diabetes - no. fever - yes, 38.9", AlertLevel.Urgent)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
