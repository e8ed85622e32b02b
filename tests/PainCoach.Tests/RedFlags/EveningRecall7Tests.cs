using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Red flags closed by class in the evening round (recall7), each class both ways: wordings that must reach their tier,
/// and everyday near misses that must raise no alert. Our own sentences, not corpus text (docs/triage-rounds.md, "recall7").
/// </summary>
public sealed class EveningRecall7Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A bowel or bladder accident, named as such.
    [InlineData("back gave out on tuesday and yesterday i had an accident with my bowels in the car park, first time ever")]
    [InlineData("sciatica both sides and a bladder accident at my desk this afternoon")]
    // Not knowing when one needs to go.
    [InlineData("since my back went i have no clue when i need a wee")]
    [InlineData("lower back agony and no idea when i need to go any more")]
    // A joke about potty training, then the writer's own leak.
    [InlineData("potty training the little one this week and ha ha me too, seriously though im leaking wee since my back went")]
    // Saddle numbness likened to sitting on something cold or hard, which the writer did not do.
    [InlineData("back went again, my bum and privates are numb like ive been sat on a stone step all day, but i havent")]
    [InlineData("sciatica and my backside is numb as if i was sitting on a hard bench for hours, im in bed")]
    // Sex: little or no feeling, nothing worked, a problem in erection.
    [InlineData("back pain this week and hardly any sensation during sex now")]
    [InlineData("my back is bad and when we tried last night nothing down below worked for me")]
    [InlineData("back pain from 2 weeks and also problem in erection since 5 days")]
    [InlineData("back ache and not getting a proper erection since monday")]
    // Falls through a ceiling or floor, and off something with a height said.
    [InlineData("went through the garage ceiling and landed on the car below, my back is in bits")]
    [InlineData("came off the top of the trampoline netting, must have been 3 metres, back very sore")]
    public void Emergency_signs_in_these_words_are_emergencies(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Down many steps onto the heel (a heel-bone fracture).
    [InlineData("slipped down about 9 steps at the station and came down on my heel, it is very swollen")]
    [InlineData("fell down a full flight of steps onto my heel")]
    // A foot caught in machinery that looks misshapen; pointing slightly outwards after rolling it.
    [InlineData("my foot got caught in the cement mixer and it looks deformed now")]
    [InlineData("went over on my ankle at badminton and the foot is facing a bit outwards, looks wrong")]
    // A kick at the back of the heel from nobody.
    [InlineData("thought my dog had hit the back of my heel but he was asleep on the sofa, now i cant walk right")]
    [InlineData("heard a pop at the back of me calf playing squash, like a kick")]
    // Drenching sweats and a temperature.
    [InlineData("lower back pain with drenching sweats since yesterday")]
    [InlineData("my back is killing, clammy and a temp this evening")]
    public void Urgent_signs_in_these_words_are_urgent_or_higher(string text) => Assert.True(screen.Screen(text)?.Level >= AlertLevel.Urgent, text);

    [Theory]
    // Morning stiffness until after breakfast or an hour named, easing with movement.
    [InlineData("back stiff from waking till after breakfast, loosens when im moving about")]
    [InlineData("up at 6 and stiff til gone 8, better the more i walk")]
    // Night pain with the day said fine.
    [InlineData("lying in bed my back throbs and keeps me awake, fine once im up")]
    // Heel pain weeks after the birth, nothing helping; "still no relief" in another sentence.
    [InlineData("heel pain since my son was born 7 weeks ago, tried everything")]
    [InlineData("Heel pain from one month. I am doing ice and stretching. Still no relief.")]
    // Back pain over a month since an injury, no better.
    [InlineData("over a month since i hurt my back carrying my nephew and no improvement")]
    // Cannot go to the office because of the pain.
    [InlineData("due to back pain i am not able to go to office from last week")]
    public void See_a_clinician_signs_in_these_words_alert(string text) => Assert.True(screen.Screen(text)?.Level >= AlertLevel.SeeClinician, text);

    [Theory]
    [InlineData("the puppy had a bowel accident on the sofa and i hurt my back cleaning it up")]
    [InlineData("no idea when i need to go back to the physio, back a bit better")]
    [InlineData("potty training the twins, loads of accidents, my back aches from scrubbing the carpet")]
    [InlineData("sat on a cold step for hours at the parade, bum numb and back stiff")]
    [InlineData("my husband says nothing down there works for him since his back op, my back is sore")]
    [InlineData("no problem in erection, only back pain since 10 days")]
    [InlineData("the rain came through the ceiling into the kitchen and my back hurts from mopping")]
    [InlineData("my son fell off the climbing frame, about 2m, and i hurt my back catching him")]
    [InlineData("missed the last 2 steps and landed on my heel, bit sore but walking fine")]
    [InlineData("my feet point outwards a bit, always have, heel aches")]
    [InlineData("my toddler kicked the back of my heel in the queue, a bit sore")]
    [InlineData("back aches from my new temp job lifting boxes")]
    [InlineData("up at 6 and stiff for five minutes, then fine")]
    [InlineData("the baby keeps me awake, my back aches a bit from feeding")]
    [InlineData("heel sore since my son was born 6 weeks ago, stretches sorted it, much better")]
    [InlineData("over a month since i hurt my back and its much better now")]
    [InlineData("not able to go to office since monday due to the strike, back is fine")]
    [InlineData("back aches, walked 2.5 miles today, fine otherwise")]
    public void Everyday_near_misses_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("fell 1.5m off the scaffold and landed on my back", "fell 1 and a half m off the scaffold and landed on my back")]
    [InlineData("temp of 38.4 and my back aches", "temp of 38 and my back aches")]
    public void A_decimal_point_does_not_end_a_sentence(string text, string read) =>
        Assert.Equal(read, Assert.Single(screen.Sentences(text)).Text);

    [Fact]
    public void A_full_stop_after_a_number_still_ends_a_sentence()
    {
        var sentences = screen.Sentences("my back has hurt since i was 45. no numbness anywhere").Select(s => s.Text).ToList();
        Assert.Equal(["my back has hurt since i was 45", "no numbness anywhere"], sentences);
        Assert.Equal(2, screen.Sentences("heel pain for 3 weeks.5 of us in the house have colds").Count());
    }

    [Fact]
    public void A_fall_with_a_decimal_height_reads_as_one_sentence() =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen("dropped 2.5 metres off the loading dock, back is agony")?.Level);
}
