using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the late morning of 2026-12-06 (emerg19), each class both ways: straining to pass urine or only
/// a little coming, both thighs dead or numb, legs and "both" told as fragments, a chest squashed or compressed or "chest's
/// gone tight", breathing hard while sat still, crash slang for a car hitting a bike, sex that stopped feeling like anything
/// and a question about erections with a new onset, which must reach an emergency alert; and everyday texts in similar
/// words (jelly legs after a workout, a chest squashed in a crowd, breathing hard after the bus, an old bike crash, card
/// games, a question asked for someone else), which must raise no alert under any program. Our own sentences, not corpus
/// or probe text (docs/triage-rounds.md, "emerg19").
/// </summary>
public sealed class LateMorningEmerg19Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Straining to pass urine; only a small amount coming.
    [InlineData("lumbar pain all week and now i have to force it to get any wee out")]
    [InlineData("sore lower back and each time i try to pee only a teeny bit comes out")]
    // Both thighs dead or numb; legs and both told in fragments.
    [InlineData("disc playing up and the fronts of my thighs have gone numb")]
    [InlineData("back went yesterday. legs. both. shaky since lunch")]
    // A chest squashed or compressed, a chest that's gone tight.
    [InlineData("twisted my back at the shops and my chest feels sort of squeezed in")]
    [InlineData("spine aching since this morning and my chest's gone heavy")]
    // Breathing hard while sat still.
    [InlineData("back is throbbing and im puffing like mad even though ive only been sat in my chair")]
    // Crash slang for a car hitting a bike.
    [InlineData("a ute bowled me over on my treadly at the roundabout, back really hurting")]
    // Sex that stopped feeling like anything; a question with a new onset.
    [InlineData("since my back went intimacy with my husband doesnt feel like anything at all")]
    [InlineData("can sciatica mess with getting it up? first time ever for me")]
    [InlineData("lower back sore after my first spin class. legs still like jelly four days later")] // jelly that lasts days is not the workout's tiredness
    [InlineData("back aching and both my legs have been wobbly since monday, i did a yoga class on sunday")]
    public void Emergency_signs_of_the_late_morning_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Jelly legs after a workout, with the back named in another sentence.
    [InlineData("Back a bit achy after aerobics. Legs wobbly as anything lol")]
    [InlineData("did my first bootcamp in months, lower back tight, both legs like jelly haha")]
    // A chest squashed in a crowd; breathing hard after the bus.
    [InlineData("my chest got squished in the queue for the gig, back sore from standing")]
    [InlineData("breathing heavy from running for the train, back a little stiff")]
    // An old bike crash; crash slang at cards or bowls.
    [InlineData("got cleaned up by a car on my bike back in 2012, back has been stiff this week")]
    [InlineData("got skittled by my brother at ten pin last night, back sore from the bowling")]
    // Effort and a small amount that are not about passing urine.
    [InlineData("strained my back at the weekend, peeing normally though")]
    [InlineData("back sore, only a tiny bit of rain came down today")]
    // Thighs dead from the gym; a question for someone else.
    [InlineData("back fine, thighs dead from the lunges yesterday")]
    [InlineData("does a bad back affect erections? my friend wants to know, my back is fine")]
    // "back off" is not "back of".
    [InlineData("told my brother to back off, my heel is fine")]
    public void Everyday_texts_like_the_late_morning_signs_raise_no_alert_under_any_program(string text) => ScreenAssert.NoAlertUnderAnyProgram(screen, text);
}
