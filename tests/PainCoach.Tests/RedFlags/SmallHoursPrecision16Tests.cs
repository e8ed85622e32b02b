using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the round of 2026-12-06, small hours (precision16), each class both ways: everyday texts that
/// must raise no alert (each alerted on main), with and without a subscriber's program, and the real sign in similar
/// words that must keep its level. Our own sentences, not corpus text (docs/triage-rounds.md, "precision16").
/// </summary>
public sealed class SmallHoursPrecision16Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A number asked back ("or is it 10") after a count or a time is not a pain score.
    [InlineData("roll the ball under my heel 20 times, or was it 10?")]
    [InlineData("back stiff. hold the bridge 5 secs. or is it 8?")]
    [InlineData("did 8 bridges or was it 10, back still stiff")]
    // Both legs heavy or like lead after cycling, with a stiff back.
    [InlineData("lower back tight after the sportive, legs like lead tho, thats just the hills")]
    [InlineData("back a bit stiff and legs like jelly after 3 hrs on the turbo")]
    [InlineData("back bit sore after a 40 mile ride, legs like lead, standard for cycling")]
    // A foot that flops or slides about inside big or borrowed footwear.
    [InlineData("my foot flops about in the hospital slippers they gave me, way too big")]
    [InlineData("heel sore and my foot flops around in my brothers boots")]
    // A ladder or step that slipped or wobbled, held on to, no fall.
    [InlineData("back ache. the ladder slipped but i held on and didnt come off")]
    [InlineData("back twinge, step ladder slipped a bit, grabbed the gutter, didnt fall")]
    // Drops or a trickle of rain or tap water.
    [InlineData("back ache today, only a few drops of rain so i went for my walk")]
    [InlineData("sore heel. the rain was only a trickle so we still went out")]
    // A cold, flu or cough that goes to the chest, with nothing of chest pain or the breath.
    [InlineData("my back hurts and my colds always go to my chest in winter")]
    [InlineData("back sore and this flu has gone to my chest like it always does")]
    // A couple who tried a named thing (an ice bath, a cold swim).
    [InlineData("sore back, me and the missus tried the ice bath at the spa, couldnt feel a thing after a minute")]
    // Numb toes or legs from a cold sea, lake or river swim, told in the same sentence.
    [InlineData("heel pain. went wild swimming in the lake, feet numb till i warmed up")]
    [InlineData("back sore. sea dip this morning, both legs numb for a bit after, lovely")]
    public void Everyday_texts_of_the_small_hours_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("ice for 20 mins, right? or was it 10")]
    [InlineData("the step ladder slipped a bit but i held on, didnt fall")]
    [InlineData("only a few drops of rain came out of the sky all day")]
    [InlineData("my colds always go to my chest")]
    [InlineData("my foot flops around in these big wellies")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("back pain is a 9 today, or is it 10, cant think", AlertLevel.SeeClinician)]
    [InlineData("my back is 7 or is it 8, cant sit still", AlertLevel.SeeClinician)]
    [InlineData("back agony and both legs like lead since yesterday, cant lift them", AlertLevel.Emergency)]
    [InlineData("back really bad, both legs gone weak and wobbly, havent been on the bike in weeks", AlertLevel.Emergency)]
    [InlineData("my foot flops around in my slippers and keeps catching on the carpet, getting worse", AlertLevel.Urgent)]
    [InlineData("the ladder slipped, i held on for a sec then fell off onto my back", AlertLevel.Emergency)]
    [InlineData("back sore, ladder slipped, didnt fall but hit my back on the rungs", AlertLevel.Emergency)]
    [InlineData("back pain and only a few drops of pee come out even though im bursting", AlertLevel.Emergency)]
    [InlineData("my cold went to my chest and now i cant breathe properly and my back hurts", AlertLevel.Emergency)]
    [InlineData("back pain. me and my husband tried last night and i couldnt feel a thing", AlertLevel.Emergency)]
    [InlineData("heel pain and my toes have been numb since the sea swim on sunday", AlertLevel.SeeClinician)]
    [InlineData("back pain, went in the sea and now cant feel my bum or down there", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    // The bathroom or toilet as a room or fitting being done up or cleaned, and a thing that leaked (SafetyCheck.cs).
    [InlineData("spent sunday tiling the bathroom on my knees, back stiff as a board now")]
    [InlineData("my lower back aches from scrubbing the toilet and the bath")]
    [InlineData("back sore and the ice pack leaked all over the sofa")]
    [InlineData("the gel pack leaked in the night, back still stiff")]
    [InlineData("the hot water bottle has leaked all over the bed, back stiff")]
    [InlineData("back sore from bailing out, the boat always leaks")]
    public void Everyday_chores_and_things_that_leak_get_no_safety_check(string text)
    {
        Assert.Null(screen.SafetyCheckFor(text));
        Assert.Null(screen.SafetyCheckFor(text, BodyArea.Back));
    }

    [Theory]
    [InlineData("my back hurts and i keep needing the bathroom at night")]
    [InlineData("back aching since friday and i leaked a bit when i coughed")]
    [InlineData("lower back sore, went to the toilet and it felt different")]
    public void A_back_message_about_the_toilet_or_a_leak_of_ones_own_still_gets_the_check(string text) =>
        Assert.Equal(SafetyCheck.CaudaEquinaMessage, screen.SafetyCheckFor(text));

    // A person's leak told after a thing in the same sentence is still theirs (the thing's word is only skipped when a
    // helper word like "has" or "always" joins it to the leak): the check's topic sees it. Since emerg17 the screen raises
    // these at emergency (a leak told as an event, with back pain), so the reply carries the emergency advice, not the check.
    [Theory]
    [InlineData("back is bad, sat in the car and leaked a bit before i could get in the house")]
    [InlineData("back pain, got out of the shower and leaked on the mat, didnt feel it coming")]
    public void A_leak_of_ones_own_after_a_thing_touches_the_topic_and_raises_an_emergency(string text)
    {
        Assert.True(SafetyCheck.TouchesCaudaEquinaTopic(FreeTextRedFlagScreen.Normalise(text)));
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);
        Assert.Null(screen.SafetyCheckFor(text));
    }
}
