using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Puerto Rican Spanish closed in round 27 (boricua27), each class both ways: the Caribbean sounds read back to a listed
/// form by one step (an "l" for an "r" at a syllable's end, a dropped "d" in "-ao", "-ío", "-á", the dropped "s" of a
/// plural in "-es"), never a word that is itself a form word ("dormía") or English; the numb seat ("adormecío", "sin
/// sensibilidad"); legs that "me fallan"; a fall "por to lo escalone" and "el lomo"; "se me salió el número dos"; sex
/// ("ya no llego", "en la cama con mi pareja", "no sentía nada"); the heel ("no me puedo empinar", "detrá del tobillo",
/// "silla de ruedas"); red skin "va subiendo"; "cada día tengo menos fuerza"; "ni palante ni patrá"; "metotrexato";
/// "amanezco tiesa"; and, quiet, "mi comai" (someone else's cancer) and a question asked "por si acaso". Our own
/// sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-boricua27").
/// </summary>
public sealed class Round27BoricuaTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("el fondillo lo tengo adormecío dede ayer y la espalda baja me duele")]
    [InlineData("la espalda me duele y las nalgas sin sensibilidad, no sé qué hacer")]
    [InlineData("las dos pielnas me fallan y el dolol de cintura no se me quita")]
    [InlineData("me caí por to lo escalone del sótano y el lomo me duele horrible")]
    [InlineData("con el lumbago se me salió el número dos en la guagua, qué vergüenza")]
    [InlineData("dede que tengo este dolol de espalda ya no llego con mi esposo")]
    [InlineData("la espalda mala y en la cama con mi pareja no sentía nada")]
    public void Puerto_Rican_sounds_a_numb_seat_legs_that_fail_a_fall_down_the_stairs_soiling_and_sex_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("bailando salsa sentí como una patada en el talón y ahora no me puedo empinar")]
    [InlineData("oí un crack detrá del talón saliendo de la escuela")]
    [InlineData("el talón no me deja pisar y me sacaron en silla de ruedas")]
    [InlineData("el tobillo se me puso colorao y caliente y lo rojo va subiendo")]
    [InlineData("cada día tengo menos fuerza en la pierna izquierda y el lumbago sigue")]
    public void An_achilles_weight_bearing_spreading_redness_and_weaker_each_day_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("van 7 semana con la cintura igualita, ni palante ni patrá")]
    [InlineData("me pongo metotrexato to las semanas y el talón me empezó a doler")]
    [InlineData("amanezco tieso de la espalda y tarda una hora en soltarse")]
    public void Not_improving_methotrexate_and_morning_stiffness_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi comai tuvo cáncer y la voy a acompañar a caminar, el talón aguanta?")]
    [InlineData("qué pasa si siento hormigueo en los pies? pregunto por si acaso, ahorita no tengo na")]
    [InlineData("el nene se quedó dormía en el sofá y yo con la espalda un poco tiesa")]
    [InlineData("to lo día de pie en la cafetería, el talón me molesta, qué zapatos uso")]
    [InlineData("compré lomo pa la cena y la espalda ya está mejor")]
    [InlineData("en la cama con mi pareja viendo la novela, la espalda bien")]
    [InlineData("el termómetro del carro marcó 95 afuera y el talón me molesta un chin")]
    public void Someone_elses_cancer_a_question_asked_just_in_case_and_everyday_words_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
