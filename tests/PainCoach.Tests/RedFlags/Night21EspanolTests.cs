using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Spanish and Spanish-English signs closed in night round 21 (espanol21), each class both ways: three- and four-word
/// Spanish forms read whole ("no se me para", "la pierna derecha", "cada vez tengo menos", "alrededor del ano"); a crash
/// or a horse said verb first ("me chocaron", "me tumbó el caballo"), something that fell on the writer ("se me cayó ...
/// encima"); the urge to pee ("ganas de orinar") and leaking "sin querer"; "como agujas" in both legs; a breath lost on
/// the stairs ("no podía respirar"); the inner thighs; an erection lost ("se me murió"), feeling lost "durante el sexo";
/// clothes that hang loose; a heel that cannot go on the floor; a blister that is open; a calf fatter than the other;
/// "ya van N semanas", "no he podido", "que dura casi toda la mañana", a leg "floja". The same words in their everyday
/// sense stay quiet: "lo siento", "cada vez que", "cada vez menos dolor", a dead phone, a car hit when parked, "no sé".
/// Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "espanol21").
/// </summary>
public sealed class Night21EspanolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("me chocaron en la carretera el viernes y la espalda baja me duele horrible")]
    [InlineData("me tiró la yegua en el rancho y desde entonces no aguanto la espalda")]
    [InlineData("tengo ganas de orinar y no puedo desde ayer, con mucho dolor de espalda")]
    [InlineData("desde el martes se me escapa el pipí sin querer y la espalda me duele")]
    [InlineData("siento como agujas en las dos piernas desde que me empezó la ciática")]
    [InlineData("subí dos pisos y no podía respirar, y me duele la espalda de arriba")]
    [InlineData("no siento la parte de adentro de los muslos y me duele la espalda")]
    [InlineData("desde hace 3 días no se me para y tengo dolor de espalda")]
    [InlineData("se me murió la erección con este dolor de espalda, nunca me pasaba")]
    [InlineData("con la lesión de la espalda ya no tengo sensación durante el sexo")]
    public void Spanish_emergency_signs_said_verb_first_or_in_three_words_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("bajando de peso y no sé por qué, los pantalones me quedan grandes y me duele la espalda")]
    [InlineData("el pie no lo puedo poner en el piso desde que me caí")]
    [InlineData("soy diabética y tengo una ampolla abierta en el talón")]
    [InlineData("una pantorrilla está más gorda que la otra y me duele al tocarla")]
    [InlineData("cada vez tengo menos fuerza en la pierna derecha, ya casi no la puedo levantar")]
    public void Spanish_urgent_signs_are_urgent(string text) =>
        Assert.True(screen.Screen(text)?.Level >= AlertLevel.Urgent);

    [Theory]
    [InlineData("ya van 8 semanas con el dolor de espalda y nada cambia")]
    [InlineData("no he podido ir a trabajar en dos semanas por el dolor del talón")]
    [InlineData("mi pierna izquierda la siento floja desde hace un mes, igual, no peor")]
    public void Spanish_see_a_clinician_signs_are_caught(string text) =>
        Assert.True(screen.Screen(text)?.Level >= AlertLevel.SeeClinician);

    [Theory]
    [InlineData("lo siento, se me olvidó mandar el mensaje, el talón bien")]
    [InlineData("cada vez que hago los estiramientos me siento mejor del talón")]
    [InlineData("cada vez menos dolor de espalda, gracias por los consejos")]
    [InlineData("se me murió la batería del teléfono, ya te mando la foto del talón")]
    [InlineData("me chocaron la camioneta estacionada mientras yo estaba en la tienda, el talón igual")]
    [InlineData("no sé qué zapatos comprar para el dolor del talón")]
    [InlineData("tengo ganas de volver a correr pero el talón todavía duele un poco")]
    [InlineData("no siento hormigueo ni nada en las dos piernas, solo la espalda")]
    public void The_same_spanish_words_in_their_everyday_sense_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("no se me para", "i cant get hard")]
    [InlineData("la pierna derecha", "my right leg")]
    [InlineData("cada vez tengo menos", "i have less and less")]
    [InlineData("alrededor del ano", "around the anus")]
    public void Longer_spanish_forms_are_read_whole(string form, string reads) =>
        Assert.Equal((reads, form.Split(' ').Length), RedFlagPhrases.Default.SpellOutLonger(form.Split(' '), 0));

    [Fact]
    public void A_longer_form_needs_all_its_words() =>
        Assert.Null(RedFlagPhrases.Default.SpellOutLonger(["no", "se", "me"], 0));
}
