using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Texts written in Spanish, as US Spanish speakers text (evening round 20, espanol20): the Spanish words and two-word
/// forms of <c>spelling.shortForms</c> are read as English ("no puedo" → "cant", "la espalda" → "my back", "sin" →
/// "without", "nunca" → "never", "mi esposo" → "my husband"), so the English phrases, negation, other people and times
/// read them; "hace 10 años" is put in English order ("10 years ago"). Each class both ways: signs said in Spanish, with
/// and without accents, are caught at their tier; denials, other people's signs, past episodes and everyday idioms of
/// dying and killing stay quiet. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md,
/// "espanol20").
/// </summary>
public sealed class Evening20EspanolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("ya no siento las piernas y la espalda me duele desde el sabado")]
    [InlineData("desde anoche no puedo orinar, y tengo un dolor de espalda bien fuerte")]
    [InlineData("me cai del techo de la casa y me duele la espalda")]
    [InlineData("me duele la espalda y me falta el aire cuando subo")]
    public void Emergency_signs_said_in_spanish_with_back_pain_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tengo calentura desde ayer y me duele la espalda baja")]
    [InlineData("tengo el pie hinchado, rojo y caliente desde el domingo")]
    [InlineData("no puedo apoyar el pie derecho, me lo torci bajando del bus")]
    public void Urgent_signs_said_in_spanish_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tengo diabetes y me duele el talon cuando camino")]
    [InlineData("el dolor de espalda me despierta todas las noches")]
    [InlineData("me arde el pie y siento hormigueo en los dedos")]
    public void See_a_clinician_signs_said_in_spanish_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("sin fiebre, nomas me duele el talon cuando camino")]
    [InlineData("nunca he tenido diabetes y el talon me duele un poco")]
    [InlineData("ya no tengo calentura, solo la espalda un poco adolorida")]
    [InlineData("no siento hormigueo, solo me duele el talon")]
    [InlineData("mi esposo tiene diabetes, yo nomas tengo dolor de talon")]
    [InlineData("el choque fue hace 15 años, la espalda me duele poquito")]
    [InlineData("me estoy muriendo de cansancio y me duele la espalda de cargar")]
    [InlineData("el trabajo me mata, tengo los pies cansados")]
    [InlineData("puedo orinar normal, es solo la espalda")]
    public void Denials_other_people_past_episodes_and_idioms_in_spanish_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
