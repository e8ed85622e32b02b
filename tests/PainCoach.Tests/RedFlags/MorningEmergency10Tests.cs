using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the morning round (emerg10), each class both ways: the sign as second-language writers,
/// health workers, dialect spellers and people with long-term conditions put it, which must reach an emergency alert, and
/// everyday texts in similar words that must raise no alert. Our own sentences, not corpus or probe text
/// (docs/triage-rounds.md, "emerg10 (morning round)").
/// </summary>
public sealed class MorningEmergency10Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Bladder, in learner English: wanting to pee and "nothing come"; "not (to) be able to", "stop you being able to".
    [InlineData("my back is very pain and I want to urinate but nothing come, since the night")]
    [InlineData("back hurts from Sunday, I go to toilet for pee, wait long, nothing come out")]
    [InlineData("can sciatica make you not be able to pee? since 5am nothing")]
    [InlineData("does a herniated disc stop you being able to wee, because mine has since lunch")]
    // Bladder, in dialect: "nothin'll come", "nowt", wetting "meself", an accident in "me kecks", waterworks gone "all wrong".
    [InlineData("back's proper bad and I'm bustin for a wee but nothin'll come")]
    [InlineData("me back's gone and I've been sat on the bog an hour, nowt comes out")]
    [InlineData("back's at me all week and I wet meself in the queue without feelin it")]
    [InlineData("back gone and I had an accident in me undies and never knew it happened")]
    [InlineData("back agony and me bladder has gone all wrong since dinner, cant go at all")]
    // Sex: an erection that is weaker or softer; a euphemism that does not stand up or wake up; feeling lost by "its"
    // owner; getting "a stiffy" or "a boner"; "me and the wife were, you know".
    [InlineData("back pain 3 days and erection is very weak now, before never")]
    [InlineData("since my disc went my erections have got much softer")]
    [InlineData("back pain and my man parts do not stand up since Friday, sorry for my words")]
    [InlineData("my lumbar pain is 1 week and my little friend is not waking up in the mornings now")]
    [InlineData("my back is sore and my manhood has lost its feeling this week")]
    [InlineData("sciatica and since tuesday i cant get a stiffy at all, only 38")]
    [InlineData("me back's knackered and me and the wife were, ye know, and I couldnt feel anything")]
    // Sex: the other person named after "with" is who the writer was with; the sign after them is the writer's.
    [InlineData("back pain since monday, was in bed with my partner and couldnt orgasm, felt numb")]
    // A sentence that trails off ("just... stopped") goes on; it is not two sentences.
    [InlineData("new back pain and my erections have just... gone, out of nowhere")]
    [InlineData("fibro back flare and my legs are like... numb, both of them, since this morning")]
    // Both legs: "both side" and "two leg" in the singular, legs as "pins", legs that "give up", pain shooting "from back"
    // into both, and numbness compared with sitting on them.
    [InlineData("back pain and sciatica on both side since this morning")]
    [InlineData("lower back very bad, my two leg numb since morning")]
    [InlineData("back's been bad all week and both me pins are numb as anything")]
    [InlineData("back pain, both legs give up on me when I stand and I fall down")]
    [InlineData("pain goes from my back into both my legs, both numb")]
    [InlineData("back flare and both legs are numb like after sitting on them, it is not going")]
    // Saddle: "round me nuts", "me taint's", where you sit that is "just not there".
    [InlineData("back's wrecked and round me nuts has gone numb")]
    [InlineData("back's been agony and me taint's gone numb, no feelin")]
    [InlineData("my back is bad and the spot where I sit on my bike saddle is just not there")]
    // Back trauma: hit "at the lights".
    [InlineData("a bus went into the back of us at the lights, my back has been sore since")]
    // Chest with the back told in dialect: "back's at me", "me back's proper mitherin".
    [InlineData("back at me since lunch and I'm short of breath just sittin")]
    [InlineData("me back's proper mitherin and me chest is tight, can hardly breathe")]
    // A carer writing for someone who does not speak English.
    [InlineData("my mother 80 years, she no speak english. she have back pain and she cannot pass urine since yesterday")]
    public void Emergency_signs_of_the_morning_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Bladder words in ordinary life.
    [InlineData("I want to pee more when it is cold, my back is fine")]
    [InlineData("back sore and my toddler had an accident in her pants at nursery")]
    [InlineData("my bladder is all good, just the back is stiff")]
    // Sex and euphemisms in ordinary life.
    [InlineData("my little brother does not get up on time for school, lifting him hurts my back")]
    [InlineData("my husbands erections got weaker after his op, my own back is a bit sore")]
    [InlineData("back pain, no problems with erections at all")]
    [InlineData("went for a curry with my husband and couldnt finish it, back aches after the drive")]
    // Both legs and pins in ordinary life.
    [InlineData("stiffness on both side of my back in the morning")]
    [InlineData("both pins in my wrist from the old break are fine, back a bit stiff")]
    [InlineData("my legs went numb from sitting on them too long, fine after a minute")]
    [InlineData("my legs gave up halfway up the hill so we turned round")]
    // Saddle words in ordinary life.
    [InlineData("my back hurts and I am allergic to nuts")]
    [InlineData("back pain and where I sit at work the heating is not there")]
    // Traffic lights without a crash; someone else's missing English.
    [InlineData("waiting at the lights my back aches from the driving seat")]
    [InlineData("my mum doesnt speak english so i go with her to the doctor, my own back is sore")]
    // "back at me" and "me back" as ordinary words; dots after a word that can end a sentence.
    [InlineData("can you ring me back proper soon")]
    [InlineData("my legs feel tired... back is ok though")]
    public void Everyday_texts_in_the_same_words_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
