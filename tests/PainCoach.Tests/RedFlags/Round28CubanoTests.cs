using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Cuban Spanish closed in round 28 (cubano28), each class both ways: an engine that falls on the back, a car that runs
/// over the writer ("me atropelló"), "hormiguitas", neither leg felt ("ni la derecha ni la izquierda"), breath that "me
/// está faltando", the seat "anestesiada", sex ("la pinga no me responde", "no se pone duro"), a bladder that will not
/// empty said with "no puedo hacer" at a clause's end, panting going up; the Achilles ("un crac", "un tiro en la parte de
/// atrás del tobillo"), an emphatic "cero" after a sign, "ni un chin de peso", "calenturiento", "el calcañal", a foot that
/// cannot be lifted, a jump off a truck bed, a foot run over, "rojez", "el empeine ... arde y está hinchao", "la flojera
/// va de mal en peor", a bone "se ve salío"; "la lumbalgia no avanza", "la pincha", "no me deja hacer na", "amanece
/// tiesa", "los huesos porosos", a pain "en 10", "me duele má"; and, quiet, questions put as a supposition with an aside
/// ("qué pasa si ...? pregunto pa saber"), legs like jelly after the gym, "no puedo hacer" with an object, "cero dolor",
/// other people's signs. Also the two reading steps of the round: a form read only at a clause's end ("$") and a
/// first-person supposition made general by an aside (generalQuestion.hypothetical). Our own sentences, not corpus,
/// probe or phrase-file text (docs/triage-rounds.md, "rf-cubano28").
/// </summary>
public sealed class Round28CubanoTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("le estaba cambiando el aceite a la guagua y se me vino encima un motor, la espalda la tengo desbaratada")]
    [InlineData("un carro me atropelló en la esquina de la casa y la espalda baja me duele muchísimo")]
    [InlineData("tengo hormiguitas en las dos piernas y la cintura trancada desde el domingo")]
    [InlineData("la cintura me mata y no siento bien ni la derecha ni la izquierda")]
    [InlineData("me está faltando el aire sin hacer na y la espalda me sigue doliendo")]
    [InlineData("tengo la parte de sentarse anestesiada y la espalda baja me duele")]
    [InlineData("la pinga no me responde desde que me dio este dolor de cintura")]
    [InlineData("me duele la espalda y no se pone duro, la mujer está preocupada")]
    [InlineData("llevo horas con ganas de orinar y no puedo hacer, y la cintura me duele")]
    [InlineData("con el dolor de espalda ando jadeando subiendo la escalera del edificio")]
    public void Cuban_trauma_legs_breath_seat_sex_bladder_and_panting_going_up_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("dando un brinco en el parque sentí como un tiro en la parte de atrás del tobillo")]
    [InlineData("oí un crac en el talón y pensé que me habían tirado una piedra")]
    [InlineData("el pie izquierdo no aguanta nada de peso, cero, me cargaron hasta el carro")]
    [InlineData("ni un chin de peso en el pie, tuve que usar el andador de mi vieja")]
    [InlineData("ando calenturiento y el talón me duele desde ayer")]
    [InlineData("escalofríos, el calcañal me duele y el termómetro marcó 102")]
    [InlineData("no puedo subir la punta del pie derecho, se me arrastra")]
    [InlineData("salté de la cama del camión al piso y caí de talón")]
    [InlineData("la rueda de un carro me pasó por arriba del pie")]
    [InlineData("tengo una rojez en el tobillo que se está subiendo por la pierna")]
    [InlineData("el empeine colorado, arde y está hinchao")]
    [InlineData("la flojera en el pie va de mal en peor desde el lunes")]
    [InlineData("después que me caí de la bicicleta el tobillo se ve salío")]
    public void A_snapped_achilles_no_weight_fever_foot_drop_a_crushed_foot_spreading_redness_and_weaker_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("dos meses con la lumbalgia y no avanza")]
    [InlineData("el talón no me deja ir a la pincha desde el martes")]
    [InlineData("el dolor de la cintura no me deja hacer na en la casa")]
    [InlineData("la cintura amanece tiesa y tarda como dos horas en soltarse")]
    [InlineData("me dijeron que tengo los huesos porosos y la espalda me duele")]
    [InlineData("el dolor del talón está en 10 hoy")]
    [InlineData("cada semana me duele má la espalda, no para de empeorar")]
    [InlineData("la espalda va de mal en peor")]
    public void Lumbago_that_does_not_improve_missed_work_stiff_mornings_brittle_bones_a_ten_and_worse_each_week_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("qué pasa si un día no siento las piernas? pregunto pa saber, ahorita no tengo na")]
    [InlineData("si algún día se me duerme el fondillo, eso es de emergencia? es pa saber na más")]
    [InlineData("pregunta: si el pie se me pone rojo y caliente, qué hago? ahora estoy bien")]
    [InlineData("terminé jadeando de tanto bailar en el cumpleaños, la espalda bien")]
    [InlineData("las pierna como gelatina despué del gimnasio, normal")]
    [InlineData("mañana no puedo hacer la caminata, tengo cita con el dentista")]
    [InlineData("cero dolor en el talón hoy, gracias")]
    [InlineData("mi primo tiene los huesos porosos, yo bien")]
    [InlineData("mi mujer tiene la cintura trancada, yo estoy bien")]
    [InlineData("se me cayó el motor del ventilador y se rompió, la espalda igual")]
    [InlineData("el médico dice que no tengo los huesos porosos")]
    [InlineData("la rojez del sol en los brazos ya se me quitó, el talón mejor")]
    public void Questions_put_as_a_supposition_with_an_aside_and_everyday_words_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("what happens if my heel hurts and i have a fever? just asking, i dont have it")]
    [InlineData("if one day i cant hold my pee is that an emergency? just curious")]
    [InlineData("what if my legs give way? im fine")]
    public void A_first_person_supposition_with_an_aside_raises_no_alert(string text) =>
        Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("what happens if my heel hurts and i have a fever?", AlertLevel.Urgent)]
    [InlineData("if i sit long my legs go numb, what does it mean?", AlertLevel.Emergency)]
    [InlineData("what happens if my legs go numb since yesterday? just asking", AlertLevel.Emergency)]
    [InlineData("if my bladder leaks since this morning is that an emergency? just asking", AlertLevel.Emergency)]
    public void A_supposition_without_an_aside_or_with_a_time_of_its_own_is_still_a_report(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Fact]
    public void A_form_marked_for_a_clause_end_is_read_only_there()
    {
        var phrases = screen.Phrases;
        Assert.Equal(("i cant go", 3), phrases.SpellOutLonger(["y", "no", "puedo", "hacer"], 1));
        Assert.Null(phrases.SpellOutLonger(["no", "puedo", "hacer", "la", "tarea"], 0));
        Assert.Equal(("i dont have it", 2), phrases.SpellOutLonger(["solo", "pregunto", "no", "tengo"], 2));
        Assert.NotEqual("i dont have it", phrases.SpellOutLonger(["no", "tengo", "fuerza"], 0)?.Reads);
    }
}
