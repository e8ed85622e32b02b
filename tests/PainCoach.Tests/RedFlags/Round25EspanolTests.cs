using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Mexican-American Spanish and Spanglish (round 25, espanol25), each class both ways: a vehicle that rolled over with
/// the writer on it ("se volteó", "montacargas", "conmigo arriba"); wetting oneself ("me hice pipí en el pantalón");
/// pain that runs into both legs ("se me corre a las dos piernas") and legs "como de trapo"; numbness of the seat
/// ("anestesiado", "donde uno se sienta"); sex ("el pene", "problemas de erección", "terminar con mi vieja", "es
/// normal?" as a question, not a clearing); tiptoe ("pararme de puntitas"); a diabetic foot ("anda alta", "dedo gordo",
/// "huele feo"); a foot left turned or crooked after an injury ("quedó volteado", "se me quedó virao", "el hueso salió
/// de su lugar"); a transplant ("trasplante de riñón", "pa el rechazo"); long-term steroids said with "hace años" and a
/// present verb ("tomo prednisona hace años": for years, not years ago); a red patch that spreads, a foot that swelled
/// up, a hot calf ("chamorra"); weakness that grows ("va perdiendo fuerza"), a back that "no se compone", a shift one
/// cannot do ("mi turno"), the worst pain of one's life, heel pain despite self-care ("plantillas y nada"), burning
/// ("quemazón"). The same words in their everyday sense, other people's signs ("mi jefe", "mi apá"), a flu that is past
/// ("tuve gripa") and a question asked only to know ("es pa saber") stay quiet. Our own sentences, not corpus, probe or
/// phrase-file text (docs/triage-rounds.md, "espanol25").
/// </summary>
public sealed class Round25EspanolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("se volteo la camioneta en el rancho conmigo adentro, la espalda me duele un montón")]
    [InlineData("ayer en la chamba se volteó el montacargas conmigo arriba y me pegué la espalda")]
    [InlineData("me hice pipi en el pantalon manejando y ni lo senti, la espalda me esta matando")]
    [InlineData("el dolor de cintura se me corre a las dos piernas y no se me quita")]
    [InlineData("traigo las piernas como de trapo, las dos, desde que me jodí la espalda")]
    [InlineData("la espalda me duele y las nalgas las siento como anestesiadas")]
    [InlineData("tengo la parte donde uno se sienta bien dormida y me duele la espalda")]
    [InlineData("desde la hernia de la espalda tengo problemas de ereccion")]
    [InlineData("ya no siento bien el pene desde que me lastime la cintura")]
    [InlineData("con esta ciática ya no puedo terminar con mi vieja")]
    [InlineData("me duele la espalda y no siento cuando voy al baño, es normal?")]
    public void Trauma_wetting_both_legs_seat_and_sex_said_in_Mexican_Spanish_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("oi como un cuetazo en el talon jugando futbol y no me puedo parar de puntitas")]
    [InlineData("mi azucar anda alta y el dedo gordo tiene una herida que huele feo")]
    [InlineData("me torci el tobillo en la obra y el pie quedo volteado para un lado")]
    [InlineData("me pegue con un tubo y el pie se me quedo virao")]
    [InlineData("tengo trasplante de riñon y hoy tengo calentura con dolor de espalda")]
    [InlineData("tomo prednisona hace años por la artritis y ahora tengo fiebre y dolor de espalda")]
    [InlineData("me salio una mancha roja en el tobillo y se va subiendo, esta caliente")]
    [InlineData("la chamorra izquierda la tengo hinchada y caliente, la otra no")]
    [InlineData("la pierna derecha va perdiendo fuerza y la espalda me duele")]
    public void Tiptoe_a_diabetic_foot_a_crooked_foot_a_transplant_steroids_a_spreading_red_patch_a_hot_calf_and_growing_weakness_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("desde diciembre me duele la espalda y no se compone con nada")]
    [InlineData("por la espalda ya no puedo hacer mi turno en el restaurante")]
    [InlineData("tengo el peor dolor de mi vida en la cintura")]
    [InlineData("llevo seis semanas con el talon malo, ya use plantillas y nada")]
    [InlineData("siento quemazón en la planta del pie todo el día")]
    public void A_back_that_does_not_mend_a_lost_shift_the_worst_pain_heel_pain_despite_self_care_and_burning_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("se volteo la olla de frijoles en la estufa, la espalda igual")]
    [InlineData("me hice pipi de risa con el chiste, el talon ya mejor")]
    [InlineData("se me corre el tinte del pelo con la lluvia, la espalda bien")]
    [InlineData("me quede como de trapo despues de la boda, nada me duele")]
    [InlineData("mi vieja dice que haga los estiramientos del talon")]
    [InlineData("el dentista me puso anestesia en la muela, la espalda igual")]
    [InlineData("mi jefe tiene las dos piernas dormidas de la ciatica, yo no, yo nomas el talon")]
    [InlineData("mi apa tiene azucar, yo no, me duele el talon en la mañana")]
    [InlineData("tuve gripa con calentura hace tres semanas, ya me alivie, ahora el talon")]
    [InlineData("es malo si el dolor te despierta? a mi no me pasa, es pa saber")]
    [InlineData("el dedo gordo me duele de las botas del trabajo, nada mas")]
    [InlineData("mi azucar anda bien, nomas pregunto por el talon")]
    public void The_same_words_in_their_everyday_sense_and_other_peoples_signs_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
