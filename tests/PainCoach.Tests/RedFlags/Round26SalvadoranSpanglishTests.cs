using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Salvadoran and Central American Spanish and Spanglish closed in round 26 (salvador26), each class both ways: a load
/// of building material or a steel beam that fell on the back at work ("bulto de cemento", "me cayó una viga", "el
/// espinazo"); wet trousers not felt ("me mojé el pantalón ... ni sentí"); numbness ("adormecimiento") and weakness
/// spreading to both legs ("se me baja pa las dos", "las siento flojas"); breath ("me agité", "no agarro aire",
/// "encima del pecho"); the seat and sex said indirectly ("ando dormido allá abajo", "el amigo no se levanta",
/// "problemas en la cama"); a foot that cannot be put down, run over, hot to the touch, slapping or dragged; weakness
/// worse than before ("peor que", "se me está aflojando", "fuerza en el pie"); work, stiffness, nights and steroid pills
/// ("la chamba", "la espalda bien dura", "a las 3am me levanto por el dolor", "pastillas de prednisona"). Quiet: waking
/// up sore ("amanecí adolorido"), a back that went stiff for a while ("se me entumió la espalda"), hearsay asked only to
/// know ("leí que", "solo preguntaba", "a mí no me pasa", a form of five words read since this round), and a past
/// episode with a hedged time ("hace como 5 años"). Our own sentences, not corpus, probe or phrase-file text.
/// </summary>
public sealed class Round26SalvadoranSpanglishTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("descargando la troca me cayó una viga en la espalda y no me puedo parar derecho")]
    [InlineData("se me vino encima un bulto de madera en el yarda y la espalda me duele bien yuca")]
    [InlineData("me caí de la escalera como 4 metros y el espinazo no lo aguanto")]
    [InlineData("me mojé los pantalones en el carro y ni sentí, y la cintura me duele desde ayer")]
    [InlineData("la espalda me duele y tengo adormecimiento en las dos piernas")]
    [InlineData("ciática fuerte y subiendo la loma me agité feo, como si tuviera algo encima del pecho")]
    [InlineData("back pain y ando dormida allá abajo desde la mañana")]
    [InlineData("con lo de la espalda el amiguito no se levanta, ya van dos semanas")]
    [InlineData("me duele la cintura y tengo problemas en la cama, antes no era así")]
    public void Trauma_wetting_both_legs_breath_the_seat_and_sex_in_Salvadoran_spanglish_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("me doblé el pie bajando del andamio y no lo puedo asentar")]
    [InlineData("el talón rojo, hinchado y me quema al tocarlo")]
    [InlineData("la pierna izquierda se me está aflojando y ya me tropecé dos veces")]
    [InlineData("cada vez menos fuerza en el pie, hoy peor que ayer")]
    [InlineData("tengo que alzar la rodilla bien alto pa no arrastrar el pie izquierdo")]
    public void A_foot_that_cannot_be_put_down_a_hot_heel_and_weakness_getting_worse_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("no he podido ir a la chamba por el dolor del talón, ya van tres semanas")]
    [InlineData("todas las mañanas la espalda bien dura, como hora y media hasta que se me afloja")]
    [InlineData("a las 4am me levanto por el dolor de la espalda, todas las noches")]
    [InlineData("tomo pastillas de prednisona por el lupus y me empezó a doler la espalda")]
    public void Work_stiffness_nights_and_steroid_pills_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("amanecí adolorido de la espalda de tanto cargar, nada del otro mundo")]
    [InlineData("se me entumió la espalda en el bus, como media hora, y listo")]
    [InlineData("leí que orinarse sin sentir es grave, a mí no me pasa, solo preguntaba")]
    [InlineData("respiro bien, el pecho bien, solo preguntaba por los ejercicios de la espalda")]
    [InlineData("tuve ciática hace como 4 años y se me quitó, ahora nomás es el talón")]
    [InlineData("ando dormido todavía, dormí poquito, la espalda bien")]
    [InlineData("me agité jugando pelota con los cipotes, el talón me duele un poco")]
    [InlineData("me cayó mal la comida de anoche y me duele la espalda de estar sentado")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
