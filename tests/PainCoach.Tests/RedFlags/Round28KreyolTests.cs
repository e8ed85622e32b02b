using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Haitian Kreyòl closed in round 28 (kreyol28), each class both ways: the body part with its possessive after it ("do m",
/// "ren m", "pye m", "talon m", "janm mwen", "pati pa m") and "fè m mal"; "pa" as negation only in the forms it starts
/// ("m pa ka", "m pa santi", "pa gen", "pa wouj"); a fall "sou echèl la" and a car "aksidan"; the bladder ("kenbe pipi",
/// "li pa vle soti"); numb and tingling legs ("angoudi", "pikotman", "tankou fonmi"); breath ("souf kout"); sex ("fè
/// bagay"); fever ("lafyèv"), sugar ("gen sik"), red, hot and swollen; an achilles "bwi pak"; time ("depi 3 mwa", "chak
/// maten", "lannuit", "chak jou"); the writer's English ("the 2 leg", "it dont come", "diabète"); and, quiet, another
/// person's fall or sugar ("manman m", "mari m"), "okenn", "m pa janm", and the short words English and Spanish share
/// ("men", "nan", "leve", "yo"). Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md,
/// "rf-kreyol28").
/// </summary>
public sealed class Round28KreyolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("do m fè m mal depi lendi epi m pa santi anyen nan pati pa m")]
    [InlineData("mwen tonbe sou echèl la lakay mwen, do m fè m mal anpil kounye a")]
    [InlineData("ren m fè m mal e de janm mwen angoudi depi maten an")]
    [InlineData("mwen pa ka kenbe pipi m ditou depi ren m ap fè m mal")]
    [InlineData("do m fè m mal, m vle pipi men li pa vle soti depi yè swa")]
    [InlineData("m gen souf kout ak doulè nan do m jodi a")]
    [InlineData("depi ren m fè m mal m pa santi anyen lè m fè bagay ak mari m")]
    [InlineData("aksidan machin sou wout la, do m fè m mal depi lè sa a")]
    [InlineData("pikotman nan tou de pye m depi do m ap fè m mal")]
    [InlineData("my back hurt and the 2 leg go numb since this morning")]
    [InlineData("I need to pee since 1 hour but it dont come, and my back hurt")]
    public void Kreyol_numb_seat_falls_bladder_numb_legs_breath_and_sex_with_back_pain_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("pye m wouj, li cho e li anfle, m pa ka mete soulye m")]
    [InlineData("talon m fè m mal e m gen lafyèv 101")]
    [InlineData("mwen gen sik e talon m wouj e anfle")]
    [InlineData("mwen tonbe nan eskalye a, m pa ka mete pye m atè")]
    [InlineData("m pa ka leve pwent pye m, li rete tonbe")]
    [InlineData("janm dwat mwen vin pi fèb chak jou")]
    [InlineData("mwen pèdi pwa anpil san m pa fè rejim, do m fè m mal lannuit")]
    [InlineData("I had kansè nan tete and now my back hurting all the time")]
    [InlineData("mwen tande yon bwi pak dèyè talon m nan jimnastik")]
    public void Kreyol_red_hot_swollen_fever_sugar_weight_bearing_foot_drop_weaker_legs_weight_loss_cancer_and_a_snap_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("do m fè m mal depi 3 mwa, li pa vin pi bon ditou")]
    [InlineData("chak maten do m rèd pandan yon èdtan")]
    [InlineData("lannuit do m fè m mal, li reveye m")]
    [InlineData("doulè nan talon m vin pi mal chak jou")]
    [InlineData("I have diabète and my heel hurt when I stand")]
    [InlineData("janm gòch mwen ap pikote tankou fonmi")]
    public void Kreyol_months_of_pain_morning_stiffness_night_pain_worsening_sugar_and_tingling_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("do m fè m mal yon ti jan, m pa gen lafyèv, m pa gen pikotman")]
    [InlineData("mwen pa gen okenn angoudi nan janm mwen, se talon m sèlman")]
    [InlineData("manman m tonbe sou echèl la yè, li byen, mwen menm talon m fè m mal")]
    [InlineData("mari m gen sik, talon m fè m mal lè m mache")]
    [InlineData("m pa janm tonbe, do m rèd yon ti kras lè m leve")]
    [InlineData("pye m anfle yon ti kras nan chalè a, pa wouj, pa cho")]
    [InlineData("I dont have diabète, my heel just sore after work")]
    [InlineData("the men at the shelter carry the heavy boxes, my back fine now")]
    [InlineData("yo tengo dolor leve en el talón, nada más")]
    [InlineData("my nan take the 2 bus to see me, my heel is better")]
    public void Kreyol_denials_another_persons_fall_or_sugar_and_words_english_and_spanish_share_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
