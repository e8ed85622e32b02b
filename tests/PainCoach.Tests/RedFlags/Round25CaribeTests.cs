using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Texts written mostly in Caribbean Spanish, as a Puerto Rican or Dominican writer in New York texts (round 25,
/// caribe25), each class both ways: denials said "cero", "ningún", "no me siento na'"; asides ("solo pregunto",
/// "pregunto pa' saber") and a general "si uno"; a past fever that was the flu ("la semana pasada", "era la gripe"); a
/// day off ("día libre", not the Libre glucose sensor); wetting and soiling ("no me sale na'", "me he mojao los
/// pantalone", "no controlo el orine", "excremento"); the seat ("dormías", "entumecío", "el área íntima", "los muslos no
/// la siento"); both legs ("se me entumecen"); sex said as no feeling with the partner or a body that will not work in
/// bed; the Achilles ("atrá del talón", "el tendón de atrás"); weight ("ningún peso", "imposible pisar"); a foot "fuera de
/// sitio" or "virao" after an injury; a slapping foot ("plaf"); a car crash ("choque de carro"); a kidney transplant; a
/// spreading redness ("lo colorao se ta subiendo"); the calf ("la batata"); the night named first ("de noche me duele");
/// and a present tense before "hace" ("tomo prednisona hace años") read as how long, so the steroid is current. The same
/// words in their everyday sense stay quiet. Our own sentences, not corpus, probe or phrase-file text
/// (docs/triage-rounds.md, "rf-caribe25").
/// </summary>
public sealed class Round25CaribeTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("llevo dos días con ganas de orinar y no me sale nada, la espalda baja me duele")]
    [InlineData("me he mojado los pantalones en la guagua sin darme cuenta y tengo lumbago")]
    [InlineData("con la ciática no controlo el orine, se me sale solo")]
    [InlineData("se me salió el excremento en el sofá y no lo sentí, y me duele la cintura")]
    [InlineData("tengo el culo dormío como con anestesia y me duele la espalda")]
    [InlineData("siento entumecío el área íntima desde anoche y la espalda me mata")]
    [InlineData("se me entumecen las piernas, las dos, de la rodilla pa bajo, con dolor de espalda")]
    [InlineData("ya no siento na' con mi esposo desde que me lastimé la espalda")]
    [InlineData("el cuerpo no me responde en la cama desde la hernia de la espalda")]
    public void Bladder_and_bowel_the_seat_both_legs_and_sex_said_in_Caribbean_Spanish_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("sentí un pop atrá del talón corriendo pa la guagua")]
    [InlineData("se me reventó algo en el tendón de atrás bailando")]
    [InlineData("imposible pisar con el pie, no aguanta ningún peso")]
    [InlineData("me caí de la escalera y el pie se ve fuera de sitio")]
    [InlineData("me torcí el tobillo saltando y el pie me quedó virao")]
    [InlineData("el pie me hace plaf plaf y me tropiezo con to'")]
    [InlineData("tuve un choque de carro el viernes y el talón me duele horrible")]
    [InlineData("tengo trasplante de riñón y tengo calentura con dolor de talón")]
    [InlineData("tengo lo colorao en el pie y se ta subiendo pa'l tobillo")]
    [InlineData("caí de talón saltando de un muro y ahora no puedo ni pisar")]
    [InlineData("la batata de la pierna izquierda ta inflamá y caliente")]
    public void The_achilles_weight_a_deformed_or_slapping_foot_a_crash_a_transplant_with_fever_redness_and_one_calf_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("el peor dolor de espalda que he tenido, mano")]
    [InlineData("la espalda empeorando cada vez más")]
    [InlineData("la espalda no me deja cuidar a los nietos")]
    [InlineData("de noche me duele el talón, no me deja dormir tranquila")]
    [InlineData("uso prednisona hace tres años por la artritis y ahora me duele la espalda")]
    public void Severe_worsening_daily_life_night_pain_and_steroids_for_years_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("cero hormigueo, cero entumecimiento, solo el talón molesta")]
    [InlineData("no siento ningún hormigueo en los pies, solo cansancio")]
    [InlineData("no me siento na' débil, solo el talón adolorido")]
    [InlineData("qué significa si uno tiene fiebre con dolor de talón? solo pregunto")]
    [InlineData("la fiebre que tuve la semana pasada era la gripe, el talón to' bien")]
    [InlineData("el domingo es mi día libre, voy a descansar la espalda")]
    [InlineData("el nene se mojó los pantalones en el parque, la espalda bien")]
    [InlineData("hice batata asada pa la cena, el talón mejor")]
    [InlineData("tomo vitaminas hace años, la espalda va mejor")]
    [InlineData("me operaron hace tres años de la vesícula, el talón mejor")]
    [InlineData("con la espalda así no siento na' de frío en los pies, solo cansancio")]
    [InlineData("de noche me duele menos la espalda con la almohada nueva")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
