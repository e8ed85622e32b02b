using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Guatemalan Spanish and Spanglish closed in round 27 (chapin27), each class both ways: a load of drywall that fell on
/// the back ("bulto de sheetrock / tablaroca / drywall") and a fall down the stairs ("las gradas", "la rabadilla");
/// soiling, wetting and retention ("me hice del dos / del uno", "no controlo el chorro", "que no pueda mear"); breath
/// ("jalar aire"); sex ("no siento cuando termino", "no eyaculo normal", "el amigo no me responde", "se me haya ido la
/// erección", "cumplirle a mi jaina"); a foot that takes no weight ("nada de peso al pie"), chills with burning up, a
/// bone out of place ("se ve salido"), a dropped or slapping foot ("la punta del pie se me cae", "plap plap"), a heel
/// that burns to the touch, a leg "más aguada" each day; a back injured weeks ago "y sigue igualito", "el jale", "mi
/// patojo", "la espalda dura por", "tarda ... en soltarse", "cada vez está peor". Quiet: a fever said no before the verb
/// ("fiebre no tengo"), a limb that fell asleep and "ya se quitó", loads carried, shivering at a bus stop, a hot pan,
/// "no siento nada cuando termino de" work, someone else's fall, weak coffee, "vos, tenés", work named alone. Our own
/// sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-chapin27").
/// </summary>
public sealed class Round27ChapinTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("en el proyecto se me vino encima un bulto de sheetrock y la espalda no la aguanto")]
    [InlineData("me caí por las gradas del edificio, como 20 gradas, y la espalda baja no la aguanto")]
    [InlineData("con la ciática hoy me hice del uno en la troca sin sentir")]
    [InlineData("desde ayer no controlo el chorro y la cintura me duele mucho")]
    [InlineData("me duele la espalda y es raro que no pueda mear desde la mañana")]
    [InlineData("me duele la espalda alta y me cuesta jalar aire hasta caminando")]
    [InlineData("desde lo de la cintura no eyaculo normal")]
    [InlineData("la espalda me tiene mal y el amigo no me responde con mi jaina")]
    [InlineData("temo que por la ciática se me haya ido la erección")]
    [InlineData("desde que me duele la espalda baja ya no puedo cumplirle a mi jaina")]
    public void Trauma_soiling_retention_breath_and_sex_in_Guatemalan_spanish_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("no le puedo poner nada de peso al pie derecho desde que me lo torcí")]
    [InlineData("temblaba de frío y estaba ardiendo toda la noche y me duele la espalda")]
    [InlineData("me torcí el tobillo jugando pelota y el hueso se ve salido")]
    [InlineData("la punta del pie se me cae y me tropiezo en la banqueta")]
    [InlineData("el pie me hace plap plap cuando camino")]
    [InlineData("el talón colorado, hinchado y arde cuando lo toco")]
    [InlineData("la pierna derecha más aguada cada día, ya se me dobla")]
    public void No_weight_chills_with_burning_a_bone_out_of_place_a_dropped_foot_a_burning_heel_and_weaker_legs_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("hace dos meses me lastimé la cintura en la obra y sigue igualito")]
    [InlineData("no puedo cargar a mi patoja por el dolor de la espalda")]
    [InlineData("por el talón ya no puedo ir al jale")]
    [InlineData("la espalda dura por como una hora cada mañana")]
    [InlineData("al levantarme tarda como 40 minutos en soltarse la espalda")]
    [InlineData("el dolor del talón cada vez está peor desde el mes pasado")]
    public void Weeks_without_change_work_children_morning_stiffness_and_worse_and_worse_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("fiebre no tengo, el talón me molesta un poco al caminar")]
    [InlineData("cargamos bultos de drywall todo el día, la espalda cansada nomás")]
    [InlineData("temblaba de frío esperando el bus, la espalda bien")]
    [InlineData("el comal estaba ardiendo y me quemé un dedo, el talón bien")]
    [InlineData("no siento nada cuando termino de barrer, la espalda bien")]
    [InlineData("mi patojo se cayó de las gradas pero está bien, yo nomás tengo el talón adolorido")]
    [InlineData("el café me lo dieron aguado, la espalda ya mejor")]
    [InlineData("vos, tenés ejercicios para el talón?")]
    [InlineData("el jale está pesado esta semana pero la espalda bien")]
    [InlineData("el hormigueo era porque se me durmió la pierna en el bus, ya se quitó")]
    [InlineData("al levantarme la espalda bien, solo preguntaba por los estiramientos")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
