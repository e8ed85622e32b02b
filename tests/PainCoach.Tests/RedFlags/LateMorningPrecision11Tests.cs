using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the late morning round (precision11), each class both ways: everyday texts that must raise no
/// alert, with and without a subscriber's program, and the real sign in similar words that must keep its level. Our own
/// sentences, not corpus text (docs/triage-rounds.md, "precision11 (late morning round)").
/// </summary>
public sealed class LateMorningPrecision11Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A heart attack as a figure of speech: something will give me one, a meal is one on a plate.
    [InlineData("my grandkids will give me heart attack one of these days, back a little stiff")]
    [InlineData("the vet bill almost gave me heart attack, my back is sore from lifting the dog")]
    [InlineData("a full fry up is a heart attack on a plate but my back loves it")]
    // A past episode, explained and "all sorted".
    [InlineData("had chest pain a couple of years ago, turned out to be a pulled muscle, fully sorted now, my back aches")]
    // A bottom that went numb or to sleep because an event sat through went on and on.
    [InlineData("the carol service went on so long my bum went numb, back fine")]
    [InlineData("sat through a four hour opera and my bottom fell asleep, back a bit stiff")]
    [InlineData("my backside went dead during the wedding speeches haha, back ok")]
    // One night slept somewhere odd, and a stiff morning after it.
    [InlineData("woke up with my back stiff until lunchtime after a night on my brothers sofa")]
    [InlineData("the holiday cottage bed was awful, back stiff from when i got up till lunchtime")]
    [InlineData("fell asleep on the sofa watching a film, back stiff in the morning for a good hour")]
    [InlineData("slept awkwardly on the train home, back stiff until mid morning")]
    // A number followed by a short unit of time or a count is not a pain score.
    [InlineData("heel aches after football but it settles in 10 min")]
    [InlineData("it takes about 9 sec for my back to loosen when I stand")]
    // A shy bladder: can't pee in public toilets or with people around, always so.
    [InlineData("back sore and i cant pee in public loos, never could")]
    [InlineData("my back aches and i cant pee when someone is waiting outside the loo")]
    // Bowels upset by food, drink, a bug or tablets.
    [InlineData("bowels gone all funny after the takeaway, my back aches a bit")]
    [InlineData("bowel trouble from the antibiotics, back aches from lying down")]
    // A bump at walking speed, nobody hurt.
    [InlineData("a taxi went into the back of us at walking speed outside the station, my back is its usual stiff")]
    // A leaflet or tablets asked for someone else.
    [InlineData("erectile dysfunction leaflet for my partner please, my back is sore from decorating")]
    // Less interest in sex during a flare, back once it settles.
    [InlineData("low sex drive during a bad flare, it comes back afterwards, lower back pain")]
    public void Everyday_texts_of_the_late_morning_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    // Said with no pain area, so a subscriber's program would give them one (the night round's rule).
    [InlineData("the gas bill will give me heart attack lol, anyway how long should I ice it")]
    [InlineData("the chest tightness I had last winter was a chest infection, all sorted now. when is the next class")]
    [InlineData("the sermon ran for two hours and my bum went numb, need a cushion")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("back pain and I think this is a heart attack, my chest is so tight", AlertLevel.Emergency)]
    [InlineData("my back hurts and it feels like a heart attack, the pain goes down my left arm", AlertLevel.Emergency)]
    [InlineData("the chest pain was sorted last year but since this morning it is back with my back pain", AlertLevel.Emergency)]
    [InlineData("my bum went numb in church on sunday and it is still numb, back aching", AlertLevel.Emergency)]
    [InlineData("since the long meeting yesterday my bottom and between my legs are numb and my back hurts", AlertLevel.Emergency)]
    [InlineData("my back is stiff for over an hour every morning, not just after the sofa", AlertLevel.SeeClinician)]
    [InlineData("back pain is 9 out of 10 and it lasts 10 min every time I stand", AlertLevel.SeeClinician)]
    [InlineData("back went yesterday and I cant pee at all, not even at home", AlertLevel.Emergency)]
    [InlineData("always been shy in public toilets but since my back went I cant pee anywhere", AlertLevel.Emergency)]
    [InlineData("my back went and my bowels have gone funny, I had a curry but I cant control them", AlertLevel.Emergency)]
    [InlineData("we were hit from behind at 50 on the dual carriageway, not walking speed at all, my back is agony", AlertLevel.Emergency)]
    [InlineData("erectile dysfunction since my back went on friday, the leaflet for my husband was no use, it is me now", AlertLevel.Emergency)]
    [InlineData("no sex drive and no feeling down there since my back flared, it hasnt come back", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
