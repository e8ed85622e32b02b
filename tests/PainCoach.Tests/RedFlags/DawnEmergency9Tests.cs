using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the dawn round (emerg9), each class both ways: the sign in other words that must reach an
/// emergency alert, and everyday texts in similar words that must raise no alert. Our own sentences, not corpus text
/// (docs/triage-rounds.md, "emerg9 (dawn round)").
/// </summary>
public sealed class DawnEmergency9Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A text written for someone else, framed as "typing this for", "its my dad's phone", "typing for her, I'm her daughter".
    [InlineData("texting this for my grandad, his back went on monday and he cant pass water at all")]
    [InlineData("writing this message for my mum, her back is agony and she has wet herself without noticing")]
    [InlineData("its my dads phone, he says his back is bad and both his legs have gone numb")]
    [InlineData("typing for her, im her daughter: her back went yesterday and she cant feel the toilet paper")]
    // Bladder: water as the word for urine; wanting to pee but could not; the waterworks or the wee that will not start.
    [InlineData("my lower back went and i cant hold my water any more")]
    [InlineData("sciatica since sunday and i cant keep my water in")]
    [InlineData("back agony and i cant get the waterworks going at all")]
    [InlineData("my back is wrecked and i push and push for the wee to start")]
    [InlineData("back went on friday and tonight i needed to pee but just could not")]
    [InlineData("bad back and this morning i wanted to pass water but could not, stood there ages")]
    // Back trauma: struck from behind in traffic; a car hit at the kerb; a fall off a roof named before ("off it") onto hard ground.
    [InlineData("got hit from behind at the lights in my van, back has been sore ever since")]
    [InlineData("we were rear of a queue and got struck from behind on the motorway, lower back aching")]
    [InlineData("clipped by a car at the kerb outside school, back is sore")]
    [InlineData("i was on the garage roof and slipped off it onto the drive, my back hurts")]
    // Both legs: "the right leg and the left"; the kneeling that caused the back pain does not explain the numb legs.
    [InlineData("back pain and sciatica down my right leg and the left")]
    [InlineData("my back hurts from kneeling to scrub the floor and now both legs are numb")]
    // Chest: "breath less" written apart, winded after a step or two, breathless just walking the buggy to the corner.
    [InlineData("my back is sore and i feel breath less just sitting on the sofa")]
    [InlineData("im puffed after two steps and my back aches, this is new")]
    [InlineData("back pain and i feel breath less just walking the buggy to the corner")]
    // Saddle: not feeling the toilet paper ("can not seem to"); where you would sit on a saddle.
    [InlineData("my back hurts and i can not seem to feel the toilet paper, is that normal")]
    [InlineData("back pain and a numb patch where you would sit on a saddle")]
    // The back named by what it did ("back spasmed").
    [InlineData("back spasmed at work and now i cant pee")]
    // Sex: a coy marker as the scene, relations and firmness, stirrings in the trouser department, climaxing that feels like nothing, nothing felt in the bedroom.
    [InlineData("since my back went i cant finish if you know what i mean")]
    [InlineData("my back has been bad all week and i can no longer have relations with my wife")]
    [InlineData("sciatica and there is no firmness whatsoever any more when we try")]
    [InlineData("back pain and not a flicker in the trouser department since sunday")]
    [InlineData("my back has been sore and when i climax it feels like nothing")]
    [InlineData("lower back pain and trouble with climaxing since it began")]
    [InlineData("things were fine in the bedroom till my back went, now i couldnt feel anything last time")]
    public void Emergency_signs_of_the_dawn_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Texts written for someone else with no sign.
    [InlineData("texting this for my mum, she wants to change her reminder time")]
    [InlineData("its my dads phone, he says the heel stretches are working well")]
    // Water, the car and getting going: not the bladder.
    [InlineData("i cant hold my water bottle with this sore thumb, back is fine")]
    [InlineData("back stiff and i cant get the car going in the frost")]
    [InlineData("i needed to pee but could not find a toilet, my back aches from the drive")]
    // Hit from behind or clipped with no vehicle hitting, a step off the kerb.
    [InlineData("i strained my back pushing the car to get it going")]
    [InlineData("got hit from behind by a shopping trolley at the shop, heel bruised")]
    [InlineData("hit from behind in the scrum on saturday, back a bit sore")]
    [InlineData("nearly clipped by a car on my bike but swerved, back is fine")]
    [InlineData("stepped off the kerb awkwardly and jarred my back")]
    // One leg, or knees numb from kneeling.
    [InlineData("sciatica down my right leg and the left one is fine")]
    [InlineData("my knees go numb from kneeling in the garden, back is fine")]
    // Out of breath from exercise; a numb bum after a long ride that passed.
    [InlineData("im out of breath after my run up the hill, back ok")]
    [InlineData("my bum went numb on the bike seat on a long ride, back sore, fine after")]
    // Finishing work, the bedroom, coy words and climaxes that are not about sex.
    [InlineData("when i finish work i feel nothing but tired, back aches")]
    [InlineData("things are fine in the bedroom, my back just aches when i hoover")]
    [InlineData("back pain, cant come to my appointment if you know what i mean, the kids are off")]
    [InlineData("no firmness left in this old mattress, my back aches")]
    [InlineData("the climax of the match was tense, my back hurts from jumping up")]
    [InlineData("back pain, no problems with the waterworks or down below")]
    public void Everyday_texts_in_similar_words_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
