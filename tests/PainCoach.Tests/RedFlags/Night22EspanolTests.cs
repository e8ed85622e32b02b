using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Spanish and Spanish-English signs closed in night round 22 (espanol22), each class both ways: run over by a car
/// ("me atropellaron"), a heavy thing that fell on the writer said thing last ("se me cayó encima un mueble pesado"),
/// rolling down the stairs ("rodé por las escaleras"); a leak said in the past ("se me salió"), soiling ("me ensucié"),
/// straining to pee ("pujar", "unas gotitas"); breathless ("me ahogo"); numb "entre las piernas", a seat that cannot be
/// felt ("no siento el asiento"); no feeling "cuando estamos juntos" or "cuando estoy con mi esposa" (round 21's open
/// item), "mi cosa no responde"; "libras", "tengo azúcar" and "el azúcar alta", an arch that sank ("se hundió el arco"),
/// "me siento caliente y temblando", a foot "apuntando pa otro lado", "la punta del pie no sube", redness that "se está
/// subiendo", "caliente al tacto", the "chamorro", "cada vez ... con menos fuerza", "cargar a mi bebé", "me late toda la
/// noche", "como hormigas"; round 20's open "no se me quita desde hace" and "se me debilita la pierna". The same words
/// in their everyday sense stay quiet: "casi me atropella", a phone that fell, "me ahogo de calor", "me siento en la
/// silla", "cuando estamos juntos" on a walk, "no se me quita la tos", "si alguien ..." asked out of curiosity. Our own
/// sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "espanol22").
/// </summary>
public sealed class Night22EspanolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("el sábado me atropellaron en el cruce y la espalda baja me duele muchísimo")]
    [InlineData("se me cayó encima un ropero en la mudanza y desde entonces me duele la espalda")]
    [InlineData("rodé por las escaleras del sótano y tengo la espalda muy adolorida")]
    [InlineData("se me salió la orina en el trabajo sin sentir nada y tengo dolor de espalda")]
    [InlineData("me ensucié en la cama sin darme cuenta y la espalda baja me está doliendo")]
    [InlineData("tengo que pujar mucho para hacer pipí y solo salen unas gotitas, y me duele la espalda")]
    [InlineData("me duele la espalda de arriba y me ahogo al subir al segundo piso")]
    [InlineData("siento entumido entre las piernas y me duele la espalda desde ayer")]
    [InlineData("con el dolor de espalda ya no siento la silla cuando me siento, como si nada")]
    [InlineData("desde la lesión de la espalda no siento nada cuando estoy con mi novio")]
    [InlineData("desde lo de la espalda mi cosa ya no responde como antes")]
    public void Spanish_emergency_signs_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("bajé 25 libras en dos meses sin hacer nada y la espalda me duele en las noches")]
    [InlineData("tengo azúcar y se me hundió el arco del pie, está deformado y no me pegué")]
    [InlineData("me siento caliente, temblando, y la espalda baja me duele más")]
    [InlineData("me caí del caballo y el pie quedó apuntando para otro lado")]
    [InlineData("me tropiezo porque la punta del pie no se levanta cuando camino")]
    [InlineData("lo rojo se está subiendo del tobillo a la pierna, y el pie está hinchado")]
    [InlineData("el talón está hinchado, rojo y caliente al tacto")]
    [InlineData("el chamorro derecho está hinchado y caliente, el otro no")]
    [InlineData("la pierna derecha cada vez la siento con menos fuerza")]
    public void Spanish_urgent_signs_are_urgent(string text) =>
        Assert.True(screen.Screen(text)?.Level >= AlertLevel.Urgent);

    [Theory]
    [InlineData("por el dolor de espalda no puedo cargar a mi niño")]
    [InlineData("tengo el azúcar alta y me arden los pies en la noche")]
    [InlineData("el talón me late toda la noche, no duermo")]
    [InlineData("siento como hormiguitas en el pie izquierdo desde hace una semana")]
    [InlineData("la espalda baja no se me quita desde hace como seis semanas")]
    [InlineData("se me debilita la pierna derecha con la ciática, no sé por qué")]
    public void Spanish_see_a_clinician_signs_are_caught(string text) =>
        Assert.True(screen.Screen(text)?.Level >= AlertLevel.SeeClinician);

    [Theory]
    [InlineData("casi me atropella una bici en el parque, pero nada, el talón igual")]
    [InlineData("se me cayó el teléfono en el agua, luego te mando foto del talón")]
    [InlineData("me ahogo de calor en el trabajo, pero la espalda está mejor")]
    [InlineData("me siento en la silla con un cojín y la espalda está mejor")]
    [InlineData("cuando estamos juntos salimos a caminar al parque y el talón aguanta")]
    [InlineData("he bajado 8 libras con la dieta del doctor y la espalda mejor")]
    [InlineData("mi papá tiene azúcar, yo solo quiero saber de estiramientos para el talón")]
    [InlineData("la sopa está caliente al tacto, ya comí, el talón mejor")]
    [InlineData("si alguien no puede levantar la punta del pie que significa? nomás pregunto, vi un video")]
    [InlineData("no se me quita la tos, pero el talón ya está mejor")]
    public void The_same_spanish_words_in_their_everyday_sense_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
