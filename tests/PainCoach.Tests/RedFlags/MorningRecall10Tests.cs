using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the morning round (recall10), each class both ways: the sign as people
/// who learned English as adults, health workers, dialect writers and people with long-term conditions say it must
/// reach its level, and everyday texts in similar words must raise no alert. Our own sentences, not corpus or probe
/// text (docs/triage-rounds.md, "recall10 (morning round, 2026-12-05)").
/// </summary>
public sealed class MorningRecall10Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Weakness more weak, more worse, less and less strength, shift after shift.
    [InlineData("my left foot is weak since sunday, now more worse, cannot lift toes well")]
    [InlineData("every morning my right leg is more weak than before, back also hurt")]
    [InlineData("i have less and less power in my left leg since the weekend, lower back sore")]
    [InlineData("night shifts this week and my left leg is a bit weaker than the shift before, back aching")]
    // A clinician's strength grade falling.
    [InlineData("student physio here, my own left EHL power was a 4 on monday and a 3 today")]
    // Body temperature high, said the other way round.
    [InlineData("heel very sore and my body temp is up since this afternoon")]
    // Sugar high as diabetes, with a wound on the foot.
    [InlineData("sugar high long time, now small hole in the bottom of my foot and it is wet")]
    // Heat coming out of a red, swollen foot.
    [InlineData("my foot is swole and red and the heat is coming out through my sock")]
    // A wound told place-first, weeping.
    [InlineData("diabetic here, my foot got a blister on the side that been weeping all week")]
    // A tiny bit of weight.
    [InlineData("rolled my ankle on the kerb, the foot wont take even a tiny bit of weight")]
    // A height qualified; dialect "me" and "o".
    [InlineData("fell off the hay bales, a decent height, and came down on me heels, left one is throbbing")]
    [InlineData("knocked off me motorbike by a car last night, heel swollen and purple")]
    [InlineData("felt a snap at the back o my heel going up the stairs, like a kick")]
    // Weight lost without trying, with a joke about a diet.
    [InlineData("dropped 7kg in six weeks without trying, wish it was the diet, and my back is sore")]
    // Toes at an angle after an injury told in the sentence before.
    [InlineData("kicked the bed leg in the dark. my little toe is sitting sideways now")]
    public void An_urgent_sign_in_new_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Units said without their plural.
    [InlineData("heel sore since six week, stretching and ice every day, still same")]
    [InlineData("my lower back is stiff every morning for 50 minute before it loosen")]
    // Home remedies and clinical self-care, persistence in dialect.
    [InlineData("heel hurting for a month now even after warm soaks and paracetamol every night")]
    [InlineData("my heel been achin going on six weeks, rested it, iced it, it aint budged")]
    [InlineData("heel painful from the end of october. tried massage and new shoe. still there")]
    [InlineData("heel pain 5 weeks. done the taping, ice, insoles. nothing is touching it")]
    // More bad, more worse.
    [InlineData("my heel pain more bad every week, first only mornings now all day")]
    // A pain score without "out", or the heel pain as a number.
    [InlineData("back pain is 8 of 10 tonight and the tablets no help")]
    [InlineData("heel pain is a 9 this evening, much more than my usual")]
    // Waist for the lower back; the week counted by its number.
    [InlineData("my waist has been paining me for six weeks and no improvement with the balm")]
    [InlineData("week 7 of this back pain and it is the same as the first day")]
    // A clinician's word for the leg.
    [InlineData("lower back sore and my right hamstring feels weak on the stairs")]
    // A transplanted organ.
    [InlineData("on tablets for my transplanted kidney, back started hurting this week, new")]
    // The outside of the leg.
    [InlineData("burning feeling on the outside of my left calf with my back pain")]
    public void A_see_a_clinician_sign_in_new_words_is_caught(string text) =>
        Assert.Contains(screen.Screen(text)?.Level, new AlertLevel?[] { AlertLevel.SeeClinician, AlertLevel.Urgent });

    [Theory]
    // Units without plural that are not how long the pain lasted.
    [InlineData("we go on a three week holiday tomorrow, heel is fine")]
    [InlineData("I do a 40 minute walk every morning, back feels good")]
    // More bad, less and less, the shift before, that are not the body.
    [InlineData("more bad news at work today but my back is fine")]
    [InlineData("less and less time to do the stretches, heel feels ok")]
    [InlineData("my knees are stronger every day now, the physio is happy")]
    // Scores, temperatures, sugar and grades that are not the person's.
    [InlineData("8 of 10 nurses on my ward have back pain, mine is mild")]
    [InlineData("the body temperature of the bath water is high, heel fine")]
    [InlineData("kids on a sugar high after the party, heel fine")]
    [InlineData("the power cut was at 4 yesterday and at 3 today, legs fine")]
    [InlineData("ankle power was a 3 last week and a 4 today, getting stronger")]
    // Home remedies that worked; a waist that is only a size.
    [InlineData("heel sore for two weeks, epsom soaks and paracetamol and now it is much better")]
    [InlineData("my waist is bigger since the holidays, back fine")]
    // Week counts of a programme; a quad that is only tight.
    [InlineData("week 8 of the couch to 5k plan and my back feels strong")]
    [InlineData("my quads are tight after squats, back is fine")]
    // Dialect "me" and "o" with nothing wrong; heat from an oven; a tiny bit of weight now taken.
    [InlineData("took me bike out at the back o the house, heel grand")]
    [InlineData("the heat coming out of the oven is lovely on my sore heel")]
    [InlineData("I can put a tiny bit of weight on it now, getting better")]
    // A bunion, and an injury long healed.
    [InlineData("my big toe points sideways from a bunion, always has")]
    public void An_everyday_text_in_the_same_words_raises_no_alert(string text) => Assert.Null(screen.Screen(text));
}
