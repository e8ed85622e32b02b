using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Round 25's open items, closed by class in round 26 (rf-open26), each class both ways: a fever or a fall said as past
/// and over with "now" first ("the flu, now im fine", "ahora todo bien", "ya se me quitó"), read under a subscriber's
/// program through <see cref="FreeTextRedFlagScreen.Screen"/>, the call the SMS path makes with the program, while a fever
/// still there ("todavía la tengo") or a fall with pain since stays a sign; long-term steroids told with a present tense
/// and a number ("tomo prednisona hace 5 años", "cortisona"); "nothing i do helps" after weeks of heel pain; a
/// third-person "dont" ("it dont get no better", "pain dont let up"); a foot stuck on a pedal in a crash; a foot that
/// "looks deformed" told after the injury ("se ve deforme"); "cant walk a block" because of the heel or back ("ni una
/// cuadra"); pounds that fell on someone are no weight lost. Our own sentences, not corpus, probe or phrase-file text
/// (docs/triage-rounds.md, "rf-open26").
/// </summary>
public sealed class Round26OpenItemsTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("la fiebre que me dio hace dos semanas era gripe, ahora todo bien", BodyArea.Heel)]
    [InlineData("la fiebre que tuve el mes pasado fue un resfriado, ya se me quitó", BodyArea.Back)]
    [InlineData("that fever i had last month was a cold, now im fine", BodyArea.Heel)]
    [InlineData("had covid 3 weeks ago with a temp, now all good", BodyArea.Back)]
    [InlineData("had a fever last week but now im fine", BodyArea.Both)]
    [InlineData("came off my bike last month but now im fine", BodyArea.Back)]
    [InlineData("me caí de la escalera el mes pasado, ahora estoy bien", BodyArea.Heel)]
    public void A_fever_or_a_fall_that_was_past_and_is_over_raises_no_alert_under_a_program(string text, BodyArea program) =>
        Assert.Null(screen.Screen(text, program));

    [Theory]
    [InlineData("la fiebre que me dio la semana pasada todavía la tengo", BodyArea.Heel, "fever_with_heel_pain")]
    [InlineData("tuve calentura el mes pasado y la sigo teniendo", BodyArea.Back, "fever_with_back_pain")]
    [InlineData("that fever i had last week is still hanging around", BodyArea.Back, "fever_with_back_pain")]
    [InlineData("had the flu last month, now im burning up again", BodyArea.Heel, "fever_with_heel_pain")]
    public void A_fever_that_is_still_there_fires_with_the_program(string text, BodyArea program, string flag)
    {
        var alert = screen.Screen(text, program);

        Assert.NotNull(alert);
        Assert.Contains(alert.Flags, fired => fired.Id == flag);
    }

    [Theory]
    [InlineData("came off the roof last month and my back has been bad ever since")]
    [InlineData("fell off the ladder last month, now my back is agony")]
    public void A_past_fall_with_back_pain_since_is_an_emergency(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tomo prednisona hace 4 años por el lupus y ahora me duele la espalda")]
    [InlineData("tomo cortisona hace 2 años y la espalda me empezó a doler")]
    [InlineData("me duele el talón hace 5 semanas y nada de lo que hago me sirve")]
    [InlineData("three weeks of heel pain and nothing i try helps")]
    [InlineData("my heel been sore a month and it dont get no better")]
    [InlineData("my back pain dont let up and its been 2 months")]
    [InlineData("i cant walk a block no more because of my back")]
    [InlineData("my heel is stiff as anything when i get up and it dont ease off till my 2nd mug")]
    [InlineData("ya no puedo caminar ni media cuadra por la espalda")]
    public void Steroids_for_years_failed_self_care_a_pain_that_dont_let_up_and_a_walk_cut_short_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("a truck hit us and my foot got wedged on the pedal, heel is black and blue")]
    [InlineData("me chocaron ayer y el pie quedó prensado en el pedal, me duele el talón")]
    [InlineData("caught my foot in a drain and it looks deformed, heel throbbing")]
    [InlineData("me torcí el pie en la banqueta y se ve deforme")]
    public void A_foot_stuck_on_a_pedal_in_a_crash_and_a_foot_deformed_after_an_injury_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tomé prednisona hace 4 años por una alergia, la espalda sin dolor")]
    [InlineData("nothing i do seems to make the baby sleep, heel a bit sore")]
    [InlineData("it dont matter how long i sit, my back is fine")]
    [InlineData("my foot got stuck in the pedal strap and i wobbled, no crash, heel fine")]
    [InlineData("my heel is fine, the cake looks deformed after the oven")]
    [InlineData("i can walk a block fine now without my heel hurting")]
    [InlineData("a crate of 40 pounds fell on the floor, my back is fine")]
    [InlineData("back a touch stiff when i wake, gone before my first coffee, the second mug is habit")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));

    [Fact]
    public void Pounds_that_fell_on_someone_are_no_weight_lost() =>
        Assert.DoesNotContain("unexplained_weight_loss", screen.Read("a box of about 80 pounds fell on my back at the warehouse").Signs);
}
