using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Dominican Spanish closed in round 26 (dominicano26), each class both ways: an "l" for an "r" at a syllable's end
/// ("dolol", "pielna", "podel", "mujel", "cogel aire", "trabajal", "orinal"); a dropped final "s" or "d" ("los do pie",
/// "a la ve", "caí de talone", "las dos pielnas dormía", "adormecía"); a crash said in the voice ("un carro me dio con",
/// "volé pal piso", "choque feo", "salieron los airbag"); sex said indirectly ("ya no me funciona", "no amanezco
/// parao", "sin podel cumplil"); a red, hot, spreading foot ("quema si lo toco", "se ta regando", "como un globo"); a
/// foot that drops or slaps ("se me cae y", "hace plaf", "subir los dedos"); see-a-clinician words ("de mal en peor",
/// "na que mejora", "me levanto a las 4am", "tiesura"); and times: "hace como 8 años" is ago, "tomo prednisona por la
/// artritis hace años" is current; the Mets are the team ("fan de los Mets"), "mets en los huesos" stay cancer. The
/// same words in their everyday sense stay quiet. Our own sentences, not corpus, probe or phrase-file text
/// (docs/triage-rounds.md, "rf-dominicano26").
/// </summary>
public sealed class Round26DominicanSpanishTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("desde ayer no puedo orinal y el dolol de espalda no me deja tranquilo")]
    [InlineData("tengo las dos pielnas dormía y la cintura me duele mucho")]
    [InlineData("siento hormigueo en los do pie a la ve, con dolor de espalda")]
    [InlineData("la pielna izquierda y la derecha adormecía, y el back malo")]
    [InlineData("no puedo cogel aire y me duele la espalda arriba")]
    [InlineData("un carro me dio en el cruce y volé pal piso, la espalda me duele")]
    [InlineData("choque feo anoche, salieron los airbag, y la espalda me duele")]
    [InlineData("una guagua me dio por el lado cuando iba en el motor, la espalda me duele full")]
    [InlineData("desde que me jodí la cintura ya no me funciona allá abajo")]
    [InlineData("con este dolol de espalda ya no amanezco parao")]
    [InlineData("la espalda me tiene sin podel cumplil con mi mujel")]
    [InlineData("no sentí el asiento de la guagua, las nalgas como sin sensación, y la espalda mala")]
    public void Dominican_words_for_the_emergency_signs_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("el talón hinchao y rojo, y quema si lo toco")]
    [InlineData("tengo una parte roja en el tobillo que se ta regando pa arriba")]
    [InlineData("la batata derecha dura y caliente desde anoche")]
    [InlineData("la punta del pie se me cae y me enredo caminando")]
    [InlineData("el pie derecho hace plaf cuando camino")]
    [InlineData("no puedo subir los dedos del pie desde ayer")]
    [InlineData("el talón no me deja poner el pie en el piso, tengo que ir a gatas")]
    [InlineData("me caí de la guagua y caí de talone, no puedo pisal")]
    [InlineData("toy con escalofrío y el dolol de espalda empeora")]
    public void A_hot_spreading_foot_a_dropping_foot_no_weight_and_chills_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("la cintura va de mal en peor esta semana")]
    [InlineData("llevo 6 semanas con el back malo y na que mejora")]
    [InlineData("me levanto a las 4am con el dolol de cintura to las noches")]
    [InlineData("la tiesura de la espalda en la mañana dura como una hora")]
    [InlineData("tomo prednisona por la artritis hace años y ahora me duele la espalda")]
    [InlineData("el dolol de talón no me deja trabajal desde el lunes")]
    public void Worse_not_improving_night_pain_stiffness_steroids_and_work_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Fact]
    public void Mets_in_the_bones_stay_cancer_with_back_pain() =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen("tengo mets en los huesos y me duele la espalda")?.Level);

    [Theory]
    [InlineData("hace como 8 años me caí de una escalera, eso ya ta bien, pregunto por los ejercicios de la espalda")]
    [InlineData("hace unos 5 años tuve ciática pero se me quitó, ahora solo el talón")]
    [InlineData("tengo una fiebre con los Yankees, puedo ir al juego con el talón así")]
    [InlineData("la pielna no se me ha puesto débil ni na")]
    [InlineData("el dolol de talón ta mejol hoy")]
    [InlineData("mi mujel dice que la espalda se me ve mejol")]
    [InlineData("la batata asada me quedó dura, y el talón un chin adolorido")]
    [InlineData("un carro me dio un susto en la 181 pero ni me tocó, la espalda bien")]
    [InlineData("el bizcocho se ta regando por la mesa, el talón bien")]
    [InlineData("me levanto a las 5am pa trabajal, la espalda bien")]
    [InlineData("la app no me funciona hoy, el talón mejol")]
    [InlineData("toy con mi mujel en la playa, la espalda mejol")]
    [InlineData("soy fan de los Mets desde chiquito, la espalda bien")]
    [InlineData("watching the mets game tonight, heel a little sore")]
    [InlineData("puedo orinal bien y siento las pielnas bien, solo la cintura cansá")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
