using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// US Latino Spanish-English code-switching, closed in evening round 20 (spanish20), each class both ways: Spanish words
/// and two-word forms (<c>spelling.spanish</c>, with and without accents) so a body part with its article is the writer's
/// own ("la espalda", "el pie"), kin words keep someone else's sign theirs ("mi suegra"), and each sign's Spanish way of
/// saying it reads as the English the phrases hold ("se me doblan", "me falta el aire", "no aguanta", "me hice pipí",
/// "más débil cada día", "todas las mañanas", "en la noche"); "ni ... ni" as a denial; "I never had that before" as new,
/// not denied; things in bed that "no funcionan" and a body that "doesn't respond there"; a child's shoes; a slide at
/// softball as the injury behind a bump sticking out. Spanish idioms and denials stay quiet. Our own sentences, not
/// corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-spanish20").
/// </summary>
public sealed class Evening20SpanishTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("desde ayer me duele la espalda y las piernas se me doblan en las escaleras")]
    [InlineData("hormigueo en los dos pies y las piernas, and my lower back hurts since sunday")]
    [InlineData("la espalda me duele horrible y me falta el aire al subir")]
    [InlineData("back has been killing me y anoche me oriné dormido, never happens")]
    [InlineData("my espalda is so bad and the orina won't come out since this morning")]
    [InlineData("con este dolor de espalda no siento mis partes when I wipe")]
    [InlineData("after my back injury las cosas en la cama no funcionan con mi esposa")]
    [InlineData("tuve un choque en el carro esta mañana y la espalda me duele")]
    [InlineData("does sciatica make you leak pee? my back is bad and I never had that before")]
    public void Spanish_and_mixed_emergencies_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tengo calentura y me duele la espalda desde el martes")]
    [InlineData("soy diabetica y tengo una llaga en el pie que no sana")]
    [InlineData("se me arrastra el pie derecho, I keep catching my toes on the curb")]
    [InlineData("la pierna izquierda se pone más débil cada día con la ciática")]
    [InlineData("jugando basket senti un tronido atras del talon, now I can't push off")]
    [InlineData("mi pie no aguanta nada de peso after I fell from the step")]
    [InlineData("slid into first base and my ankle has a lump sticking out")]
    public void Spanish_and_mixed_urgent_signs_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("me duele la espalda en la noche, it wakes me up around 2")]
    [InlineData("todas las mañanas estoy tiesa de la espalda por una hora")]
    [InlineData("soy diabético y me duelen los pies when I walk to work")]
    [InlineData("cada semana peor el dolor del talón, now even at rest")]
    [InlineData("la pierna derecha está débil desde que me duele la espalda")]
    [InlineData("my back hurts so much I cant put my sons shoes on")]
    public void Spanish_and_mixed_see_a_clinician_signs_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi suegra tiene osteoporosis y dolor de espalda, can she join?")]
    [InlineData("mi esposo tiene fiebre and a cold, my heel is just sore")]
    [InlineData("ni fiebre ni escalofríos, solo el talón adolorido")]
    [InlineData("no tengo fiebre y no me duele la espalda hoy, gracias")]
    [InlineData("no puedo respirar de la risa con mi hija, back a little stiff")]
    [InlineData("me muero de sueño after the night shift, heel sore")]
    [InlineData("mañana tengo cita por la espalda, just checking the exercises")]
    [InlineData("las piernas bien, nada de hormigueo, only my back when I bend")]
    [InlineData("no me siento bien hoy, sad about work, heel a bit sore")]
    [InlineData("my back is a bit sore but I put the kids shoes on fine this morning")]
    [InlineData("I never had heel pain before this year, just sore in the mornings")]
    public void Spanish_idioms_denials_and_someone_elses_signs_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
