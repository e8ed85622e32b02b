using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the morning of 2026-12-06 (emerg18), each class both ways: falls down a whole flight of stairs
/// or through a roof told without the usual words, blows from animals, heavy objects and heavy players, the back named in
/// dialect, retention as "bursting but nothing coming", bowel or bladder loss without feeling it, saddle numbness "like the
/// dentist", sex by euphemism, neither leg holding the writer up and breathlessness "like a train" on a short walk, which
/// must reach an emergency alert, and everyday texts in similar words, which must raise no alert under any program. Our own
/// sentences, not corpus or probe text (docs/triage-rounds.md, "emerg18").
/// </summary>
public sealed class MorningEmerg18Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A fall down a whole flight of stairs, every step bumped, or all the way down after tripping on a pet.
    [InlineData("slipped on the wet tiles and tumbled down the entire flight of stairs at my nans, lower back black and blue")]
    [InlineData("lost my grip and bumped every single step to the bottom, back agony")]
    [InlineData("stumbled over the puppy and came all the way down the stairs at my sisters, lower back throbbing")]
    // Through a roof onto concrete; an animal's blow; a heavy object's whack across the back; a heavy player on the spine.
    [InlineData("was fixing the barn roof and went clean through it onto the concrete floor, back wrecked")]
    [InlineData("a bullock rammed me hard against the rails at the market, back been bad since")]
    [InlineData("got booted by the mare full in the lower back, back really sore now")]
    [InlineData("took a right smack across my back off a swinging steel beam at work, back killing")]
    [InlineData("an 18 stone forward landed right on my spine at training, back not right since")]
    // The back named in dialect ('back's gubbed') after a fall from a roof.
    [InlineData("my back's gubbed after the ladder slipped and i came down off the roof onto the patio")]
    // Bursting with nothing coming; caught short or wet without feeling it.
    [InlineData("lower back aching and im bursting for a pee but nothing's coming, tried for an hour")]
    [InlineData("back pain and i keep getting caught short, couldnt even feel it coming")]
    [InlineData("my sciatica is bad and i peed on the settee without even noticing")]
    // The saddle area numb 'like the dentist'.
    [InlineData("back aching and round my bum feels like the dentist has numbed it")]
    // Sex by euphemism: nothing working down there, a soldier not standing to attention, a non starter, nothing happening, not feeling it like before.
    [InlineData("back sore and since monday nothing is working down there, wife is worried")]
    [InlineData("my back went last month and the little soldier isnt standing to attention at all")]
    [InlineData("never had trouble getting erections but since my back went its a non starter")]
    [InlineData("bad back and we tried to get jiggy last night, nothing happening at all")]
    [InlineData("since the back injury i just cant feel it like i used to when we make love")]
    // Neither leg would carry the writer; panting on a short walk.
    [InlineData("my back's been bad and neither of my legs wanted to carry me this morning")]
    [InlineData("back aching and im panting like an old dog just going to the car")]
    public void Emergency_signs_of_the_morning_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Carrying a basket down the stairs; a toddler bumping down on purpose; prices through the roof; cows pushing past.
    [InlineData("carried the washing basket down the whole flight of stairs, back a bit stiff")]
    [InlineData("the toddler bumped down every step on his bum to the bottom, laughing, my back is sore from chasing him")]
    [InlineData("my prices went through the roof this year, back a bit stiff")]
    [InlineData("the cows pushed past me at the gate, back sore from the milking")]
    // A pat on the back; a back that came back rubbish at darts.
    [InlineData("got a pat on the back from my boss for the report, back fine")]
    [InlineData("came back rubbish at darts last night, my back is sore from the pub stool")]
    // Desperate for the loo and found one; caught short and ran to a cafe; a child's wet bed; numb hands in gloves.
    [InlineData("desperate for the loo on the drive home, finally found services, back stiff")]
    [InlineData("got caught short in town and ran to the cafe, back a bit achy")]
    [InlineData("my son wet the bed last night, back sore from changing the sheets")]
    [InlineData("my hands are numb in these thin gloves, back stiff from the cold")]
    // Things not working out with a flatmate; an old fella down the road; a baby who woke; the football not enjoyed.
    [InlineData("things arent working out with my flatmate, back a bit stiff")]
    [InlineData("the old fella down the road isnt turning up for bowls, back stiff")]
    [InlineData("tried to get romantic but the baby woke up, back sore")]
    [InlineData("i cant enjoy the football like i used to since the new manager, back sore")]
    // Children who would not carry the shopping; puffing after a half marathon.
    [InlineData("neither of the kids wanted to carry the shopping, back aching from it all")]
    [InlineData("puffing like a steam train after the half marathon, back stiff")]
    public void Everyday_texts_like_the_morning_signs_raise_no_alert_under_any_program(string text) => ScreenAssert.NoAlertUnderAnyProgram(screen, text);
}
