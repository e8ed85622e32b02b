using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Texts written wholly in Spanish, as Puerto Rican, Dominican and Mexican writers text (round 24, espanol24), each class
/// both ways: the Caribbean dropped d ("hinchao", "colorao", "apretao", "sentao", "parao") and dropped s ("lo pie", "la do
/// pierna", "ta"); trauma said their way ("nos dieron por detrás", "chocamos", "se volcó", "guagua", "motor" for a
/// motorbike, "brinqué de"); wetting or soiling oneself ("me estoy meando encima", "me meé", "me cagué encima"); legs
/// ("patas", "flojitas", "no me responden", "se me durmieron"); the chest ("me cuesta respirar", "pecho apretao"); the
/// seat ("fondillo"); sex said indirectly ("cumplir con mi mujer", "ya no funciono en la cama", "no se me pone dura");
/// weight lost ("he rebajado"), a pop ("un pum"), a tendon that burst ("se me reventó"), one calf ("de un lado"),
/// tingling ("cosquilleo"), a child one cannot carry ("no me deja ni cargar"). The same words in their everyday sense
/// stay quiet: laughing ("me cagué de la risa"), needing the toilet ("me estoy miando, ya vengo"), a spilt drink ("se me
/// volcó el jugo"), a car's engine ("el motor del carro"), legs tired from the gym, a leg that fell asleep watching TV,
/// breath short in the heat, a work schedule one cannot keep ("no puedo cumplir con el horario"). Our own sentences, not
/// corpus, probe or phrase-file text (docs/triage-rounds.md, "espanol24").
/// </summary>
public sealed class Round24EspanolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("el lunes nos dieron por detras en el expreso y la espalda la tengo fatal")]
    [InlineData("chocamos con una guagua en la carretera y me duele la espalda horrible")]
    [InlineData("se volco el carro de mi primo conmigo adentro y tengo la cintura hecha leña")]
    [InlineData("brinque de un techo como de 12 pies, cai sentao y la espalda me duele mucho")]
    [InlineData("tuve un accidente en un motor ayer y la espalda me duele demasiado")]
    [InlineData("me estoy meando encima sin sentirlo y tengo la espalda baja mala")]
    [InlineData("anoche me mee en el sofa y ni cuenta me di, la espalda me duele")]
    [InlineData("me cague encima caminando y no lo senti, tengo dolor de espalda")]
    [InlineData("tengo las patas dormidas, las dos, y me duele la espalda")]
    [InlineData("con la ciatica las dos piernas flojitas, no me aguantan")]
    [InlineData("las dos piernas no me responden desde que me dio el dolor de espalda")]
    [InlineData("siento el pecho apretao y la espalda me duele, me cuesta respirar")]
    [InlineData("tengo el fondillo dormido desde ayer y la espalda baja me duele")]
    [InlineData("desde lo de la espalda ya no puedo cumplir con mi mujer")]
    [InlineData("con la espalda asi ya no funciono en la cama")]
    [InlineData("desde lo de la espalda ya no se me pone dura")]
    [InlineData("con la hernia de la espalda ya no funciono bien en la cama")]
    public void Trauma_bladder_and_bowel_both_legs_chest_seat_and_sex_said_in_Caribbean_or_Mexican_Spanish_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tengo el pie colorao, hinchao y caliente desde ayer")]
    [InlineData("brinque de la pared y cai parao, ahora el talon no lo puedo apoyar")]
    [InlineData("he rebajado 25 libras sin dieta y tengo un dolor de espalda nuevo")]
    [InlineData("oi un pum atras del talon en la cancha y ahora camino cojeando")]
    [InlineData("se me revento el tendon de aquiles brincando")]
    [InlineData("tengo el chamorro hinchao y caliente de un lado nomas")]
    public void A_red_hot_swollen_foot_a_fall_onto_the_heels_weight_lost_a_snapped_tendon_and_one_hot_calf_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tengo un cosquilleo en la planta del pie toda la semana")]
    [InlineData("la ciatica no me deja ni cargar a mi nieta")]
    [InlineData("llevo dos meses con la espalda mala y no mejoro nada")]
    public void Tingling_a_child_one_cannot_carry_and_a_back_not_improving_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tengo los pies hinchaos del calor pero nada mas")]
    [InlineData("se me volco el jugo en el carro, el talon bien")]
    [InlineData("el motor del carro hace un ruido, la espalda igual")]
    [InlineData("me cague de la risa con mi hermano, la espalda mejor")]
    [InlineData("me estoy miando, ya vengo a hacer los ejercicios")]
    [InlineData("tengo las piernas flojitas de tanto gym, el talon bien")]
    [InlineData("se me durmio la pierna en la novela, ya se me quito")]
    [InlineData("me cuesta respirar con esta calor, la espalda bien")]
    [InlineData("tengo el fondillo cuadrao de tanto estar sentado jaja")]
    [InlineData("no puedo cumplir con el horario del trabajo, la espalda igual")]
    [InlineData("mi esposo no me deja cargar las compras por la espalda, pero ya mejor")]
    [InlineData("se me rompio el celular, mañana mando la foto del talon")]
    [InlineData("estoy rebajando con la dieta, la espalda va mejor")]
    [InlineData("no funciono sin cafe en las mañanas, la espalda igual")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
