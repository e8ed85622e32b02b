using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the small hours of 2026-12-06 (emerg16), each class both ways: blows to the back, whole flights
/// of stairs, retention and leaks, both legs, chest, saddle and sexual signs as the control, autocorrect, malapropism and
/// pain-diary writers put them, which must reach an emergency alert, and everyday texts in similar words, which must raise
/// no alert under any program. Our own sentences, not corpus or probe text (docs/triage-rounds.md, "emerg16").
/// </summary>
public sealed class SmallHoursEmerg16Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A blow to the back from a large animal: kicked, butted or trampled.
    [InlineData("lower back in bits, a bull butted me in the back at the show yesterday")]
    [InlineData("got trampled in the lower back by a heifer at the mart, back awful")]
    // A heavy thing falling or swinging onto the back.
    [InlineData("a full crate of bottles toppled off the lorry and landed on my back, back agony")]
    [InlineData("back is bad, a heavy steel door came off its hinges and fell onto my back")]
    [InlineData("got belted across the back by a falling scaffold tube on site, lower back killing")]
    // A hard hit into the back in sport: a helmet or knee at speed, "proper hard".
    [InlineData("a helmet came flying into my lower back at full speed in the match, back agony")]
    [InlineData("got kneed in the back proper hard in a tackle at footy and my back is wrecked")]
    // A fall all the way down, or down a whole flight of stairs, with a slip or a trip.
    [InlineData("my back really hurts, i fell all the way down the steps outside the pub last night")]
    [InlineData("lost my footing and went down the entire flight at the station, back is bad")]
    // Retention said as not managing to pass water since last night; a leak with no warning, the bladder named.
    [InlineData("back pain and i havent been able to pass water since last night, bursting")]
    [InlineData("back went. leaked at work today with no warning at all, bladder feels weird")]
    // Both legs like jelly "not from the gym"; legs not to be trusted.
    [InlineData("back pain and my legs are like jelly, both, not from the gym")]
    [InlineData("sciatica in my back and both legs like jelly, i dont trust them any more")]
    // Autocorrect with the rest of the text unmistakable: eggs, chess, buns, groan, climate, down their; a catch or stab in the chest.
    [InlineData("lower back pain and both my eggs are tingling")]
    [InlineData("back pain between the shoulders and my chess is heavy")]
    [InlineData("my lower back hurts and it stabs me in the chest when i cough")]
    [InlineData("back pain and my buns are numb")]
    [InlineData("cant feel a thing round my groan since my back went")]
    // Misspelt and misheard words: perineum's, psychiatica.
    [InlineData("my perineum's numb and my back is agony")]
    [InlineData("back agony and psychiatica in both legs")]
    // Sex: climax autocorrected, a sex-life question answered for the writer, nothing stirring "down their".
    [InlineData("back pain and i cant climate since it started")]
    [InlineData("my back went. can it affect your sex life? asking cos things have stopped working")]
    [InlineData("since my back went nothing is stirring down their")]
    public void Emergency_signs_of_the_small_hours_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Animals, crates and snowballs that do not hit the back hard; a child kicking in bed.
    [InlineData("the bull butted the gate and i jumped, back a bit stiff from the walk")]
    [InlineData("a crate of apples fell off the shelf in the shop, my back aches from stacking")]
    [InlineData("got hit in the back by a snowball, back fine")]
    [InlineData("my daughter kicked me hard in the back in bed all night, back stiff")]
    // Stairs taken slowly; a wee dram; a tap that leaked.
    [InlineData("went down the whole flight of stairs slowly holding the rail, back sore")]
    [InlineData("havent managed a wee dram since christmas, back feels fine")]
    [InlineData("the tap leaked with no warning all over the floor, back sore from mopping")]
    // Legs tired from the gym; builders not trusted.
    [InlineData("my legs are like jelly from the gym, back fine")]
    [InlineData("cant trust either of the builders, back sore from the work")]
    // The real words in their own sense: eggs, chess, a baby at the chest, a bun, a groan, the climate.
    [InlineData("eggs for tea, back ache from the garden")]
    [InlineData("playing chess all day made my back stiff")]
    [InlineData("the baby was grabbing at my chest all night, back sore from feeding")]
    [InlineData("had a bun and a coffee, back is fine")]
    [InlineData("gave a groan getting off the sofa, back stiff")]
    [InlineData("the climate in spain suits my back")]
    // A sex-life question with nothing wrong; "down their end" of the office.
    [InlineData("can back pain affect your sex life? just wondering, everything is fine")]
    [InlineData("the wifi is a nightmare, nothing is working down their end either, my back is fine")]
    public void Everyday_texts_like_the_small_hours_signs_raise_no_alert_under_any_program(string text) => ScreenAssert.NoAlertUnderAnyProgram(screen, text);
}
