using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Haitian Kreyòl closed in round 30 (kreyol30, heldout132: a second Kreyòl writer, mostly in Kreyòl), each class both
/// ways: crashes and falls ("yon kamyon frape m", "m tonbe de byen wo", "sot sou twa a", "m ateri sou"), bladder and
/// bowel ("m pipi sou mwen", "m pa t ka kenbe l", "vant mwen plen", "poukont li"), both legs ("toude janm mwen"), breath
/// and chest ("souf mwen koupe", "pwatrin mwen sere"), the seat ("ant janm mwen"), sex ("zozo m pa leve", "ereksyon"),
/// an achilles "pap" or "pete", weight ("megri"), weight bearing, the diabetic foot ("blese ... pa vle fèmen"), fever and
/// the immune system ("frison", "greff ren", "anti-rejè"), deformity, foot drop, the calf, and the see-a-clinician signs;
/// the phone spellings read by one step (a form without its accents, "m" and "mwen" for each other); and, quiet, a
/// what-if ("si m te santi"), another person's trouble ("tonton m", "zanmi m", "grann mwen mouri"), denials, and a roof
/// or a crash that hurt nobody. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md,
/// "rf-kreyol30").
/// </summary>
public sealed class Round30KreyolTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("yon kamyon frape m sou otowout la, do m fè m mal depi lè sa")]
    [InlineData("m glise sou yon nechèl, m tonbe de byen wo, kounya ren m ap touye m")]
    [InlineData("m pipi sou mwen lè m t ap mache, m pa t ka kenbe l, do m fè m mal")]
    [InlineData("m pa fè pipi depi maten, vant mwen plen, ren m fè m mal")]
    [InlineData("m pa ka kontwole poupou m, li soti poukont li depi do m bloke")]
    [InlineData("toude janm mwen angoudi depi do m kòmanse fè m mal")]
    [InlineData("souf mwen koupe lè m monte eskalye a e do m fè m mal")]
    [InlineData("pwatrin mwen sere tankou yon moun chita sou li, do m fè m mal tou")]
    [InlineData("m pa santi anyen ant janm mwen depi do m bloke")]
    [InlineData("zozo m pa leve ankò depi do m ap fè m mal")]
    [InlineData("do m fè m mal e m pa ka kenbe yon ereksyon ak madanm mwen")]
    public void Kreyol_crashes_falls_bladder_bowel_both_legs_breath_seat_and_sex_with_back_pain_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    /// <summary>The same forms without accents, and with "mwen" where the list has "m" (one reading step, not a key each).</summary>
    [Theory]
    [InlineData("doule nan ren mwen e mwen pa ka kenbe pipi mwen ditou")]
    [InlineData("do mwen fe m mal e toude janm mwen angoudi")]
    [InlineData("mwen pa santi anyen ant janm mwen depi do mwen bloke")]
    public void Kreyol_forms_without_accents_or_with_mwen_for_m_read_as_the_listed_form(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("m t ap jwe baskèt, m tande yon pap dèyè talon m")]
    [InlineData("yon bagay pete dèyè cheviy mwen lè m t ap kouri")]
    [InlineData("mwen megri anpil san m pa konn poukisa, do m fè m mal lannuit")]
    [InlineData("m pa ka mache sou pye gòch mwen ditou depi m tòde l")]
    [InlineData("m se dyabetik e m gen yon ti blese anba talon m ki pa vle fèmen")]
    [InlineData("do m fè m mal e m gen frison depi yè swa")]
    [InlineData("m fè yon greff ren, m pran medikaman anti-rejè, kounya m gen lafyèv")]
    [InlineData("m tonbe, pye m pa sanble nòmal, li kwochi")]
    [InlineData("pye dwat mwen ap trennen atè lè m mache")]
    [InlineData("molèt mwen gonfle yon sèl bò, li wouj e li cho")]
    [InlineData("janm mwen te yon ti jan fèb semèn pase, kounya li lage anba m")]
    [InlineData("m tonbe soti sou twa a, m ateri sou talon m")]
    public void Kreyol_snap_weight_loss_weight_bearing_diabetic_sore_fever_deformity_foot_drop_calf_weaker_leg_and_heel_fall_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("sa fè yon mwa talon m ap fè m mal, pa gen okenn chanjman")]
    [InlineData("talon m ap fè m mal depi twa semèn, m fè glas chak swa, li toujou la")]
    [InlineData("m santi fòmi ap mache anba talon m")]
    [InlineData("gen yon bagay k ap boule anba pye m tankou dife")]
    [InlineData("do m rèd chak maten, li pran plis pase mwatye èdtan pou l lage")]
    [InlineData("m ap pran prednisone depi lontan, kounya m gen yon nouvo doulè nan do")]
    [InlineData("talon m ap touye m, 10 sou 10")]
    public void Kreyol_weeks_of_pain_pins_and_needles_burning_morning_stiffness_steroids_and_ten_of_ten_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("si m te santi janm mwen angoudi, eske se grav? m jis mande")]
    [InlineData("si yon moun pa ka kenbe pipi, kisa pou l fè? m ap mande pou tonton m")]
    [InlineData("zanmi m fè aksidan machin yè, li byen, mwen menm talon m fè m mal")]
    [InlineData("grann mwen mouri ane pase, do m fè m mal yon ti kras")]
    [InlineData("m pa gen frison, m pa gen lafyèv, talon m fè m mal lè m kanpe")]
    [InlineData("m jwe baskèt chak samdi, talon m yon ti jan sansib")]
    [InlineData("pye m pa gonfle, li pa wouj, li jis fè m mal apre travay")]
    [InlineData("m monte sou twa kay la pou m ranje l, do m byen")]
    [InlineData("m pa t blese, machin nan frape yon poto sèlman")]
    public void Kreyol_what_ifs_another_persons_trouble_denials_and_a_roof_or_crash_that_hurt_nobody_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
    /// <summary>The English of round 28's writer: a present for a past in "I jump from" and "is turn to" (rf-kreyol28's leftovers).</summary>
    [Theory]
    [InlineData("I jump from the back of my pickup, land on my heel, it hurt bad")]
    [InlineData("after I fall the foot is turn to the side, not straight like the other one")]
    public void A_present_for_a_past_after_a_jump_or_a_fall_is_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("I jump from bed every morning for work, my heel is ok now")]
    [InlineData("my heel sore after work, the chair is turn to the window so I rest my foot")]
    public void A_jump_out_of_bed_or_a_chair_turned_to_the_window_stays_quiet(string text) =>
        Assert.Null(screen.Screen(text));
    /// <summary>The joins a phone makes, read by the spelling step: "fèm" (fè m), "kap" (k ap); and "pap soti" (pa ap) for the pee.</summary>
    [Theory]
    [InlineData("ren m ap fem mal e pipi a pap soti depi yè swa")]
    [InlineData("do m kap fèm mal la, m pa santi anyen ant janm mwen")]
    public void Kreyol_joined_spellings_read_as_the_listed_form(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("talon m pa fèm mal ankò, m ka mache byen")]
    [InlineData("map kondwi jodi a, do m pi bon")]
    [InlineData("li pap soti ak mwen jodi a, talon m pi bon")]
    [InlineData("li pa vle soti ak mwen jodi a, talon m pi bon")]
    public void Kreyol_joined_spellings_that_say_no_sign_and_going_out_with_someone_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
