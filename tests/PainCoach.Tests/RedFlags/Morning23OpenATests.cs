using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Round 23's open Spanish and Caribbean items (rf-open23a), each class both ways: a heel or back pain that "lleva" /
/// "desde hace" weeks with Spanish numbers ("cuatro", "siete") and "los ejercicios" as the self-care, and its English twin
/// "going on more than three weeks"; a foot left "chueco, para un lado" or "crooked, leaning to one side" after a fall or a
/// slip; a foot "que se cae" / "se me cae el pie" (foot drop), while "se me cae el teléfono" and "se me cayó un vaso" stay
/// what they are; "the back a di bus" read as "the back of the bus" with the heel landed on; and Caribbean "mi" before a
/// verb read as "I" ("mi pee pon miself", "mi neva try", "it wake mi up"), where Spanish "mi" keeps its "my". Our own
/// sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-open23a").
/// </summary>
public sealed class Morning23OpenATests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("el dolor del talón ya lleva cuatro semanas y hago los ejercicios, sigue igual")]
    [InlineData("la espalda me duele desde hace siete semanas y no mejora nada")]
    [InlineData("heel pain going on more than three weeks now, been icing it every night and nothing has changed")]
    [InlineData("it wake mi up every night, mi back a hurt mi bad")]
    public void Weeks_of_pain_said_the_Spanish_way_and_night_pain_with_Caribbean_mi_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("me resbalé en la regadera y el pie me quedó chueco, para un lado")]
    [InlineData("came off my bike and my foot's crooked since, leaning to one side")]
    [InlineData("se me cae el pie cuando subo la banqueta, me da miedo caerme")]
    [InlineData("desde la ciática el pie derecho se me cae al caminar")]
    [InlineData("tengo un pie que se cae y lo arrastro un poco")]
    [InlineData("mi jump off di back a di bus an land hard pon mi heel, it swell up")]
    [InlineData("mi lose nuff weight an mi neva try fi lose it, an now mi back a hurt")]
    public void A_crooked_foot_after_a_fall_foot_drop_a_jump_off_a_vehicle_and_weight_loss_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi pee pon miself an neva know, mi back a kill mi")]
    [InlineData("mi cyaan feel nutten down below when mi wipe, mi back bad")]
    public void Caribbean_mi_as_I_keeps_the_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("el dolor del talón ya lleva tres semanas mejorando mucho")]
    [InlineData("me caí en el parque pero el pie está bien, nada chueco ni hinchado")]
    [InlineData("my foot looks crooked in these pictures, heel only sore in the mornings")]
    [InlineData("se me cae el teléfono a cada rato, y me duele un poco la espalda")]
    [InlineData("se me cayó un vaso y me corté el dedo, el talón bien")]
    [InlineData("me resbalé en la regadera pero estoy bien, el talón un poco adolorido")]
    [InlineData("mi back a di problem since di long drive, no numbness or nutten")]
    [InlineData("it wake mi up every time di rooster crow, back fine")]
    [InlineData("mi have a likkle heel pain from di new shoes dem")]
    [InlineData("mi cyaan wait fi mi new insoles, heel a likkle sore")]
    [InlineData("mi feel much better today, back nah hurt")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
