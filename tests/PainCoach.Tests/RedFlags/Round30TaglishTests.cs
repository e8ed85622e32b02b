using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Tagalog as Filipinos text it (Taglish), closed in round 30 (taglish30), each class both ways: "po" and "opo" dropped
/// in a Tagalog clause; the body with "ko" after it ("likod ko", "ang sakong ko", "parehong binti ko") and the pain word
/// before it ("masakit ang likod ko" → my back hurts); "hindi ko / hindi ako" with the abilitative verbs ("maka-ihi",
/// "makahinga", "maitapak", "maramdaman", "makatiyad") → "i am not able to ..."; falls ("nahulog sa bubong"), crashes
/// ("nabangga"), wetting ("naihi sa salawal"), numb legs and seat ("namamanhid", "manhid ang singit", "wala akong
/// maramdaman sa pwet ko"), breath, sex ("maka-climax"), fever ("may lagnat"), red, hot and swollen ("namamaga, mapula at
/// mainit"), a pop behind the heel ("may pumutok"), a swollen calf ("binti ko sa likod maga"), time ("4 weeks na"),
/// night ("nagigising sa gabi"), tingling ("tusok-tusok") and worsening ("palala nang palala"); and, quiet, denials
/// ("wala naman pong manhid", "hindi na masakit"), another person's fever ("si Lolo"), a dropped glass, "nabasa ko lang"
/// (I only read it) and wet socks, the English "po" (by mouth) and "hindi" (the language), and Spanish's "mas" and "pero".
/// Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-taglish30").
/// </summary>
public sealed class Round30TaglishTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("nahulog po ako sa bubong ng garahe kahapon, ngayon ang sakit ng likod ko")]
    [InlineData("nabangga po kami ng truck sa highway, masakit na po likod ko")]
    [InlineData("hindi po ako maka-ihi mula kagabi at masakit ang likod ko")]
    [InlineData("naihi po ako sa salawal ko kanina, hindi ko napansin, masakit likod ko")]
    [InlineData("masakit ang likod ko at namamanhid ang parehong binti ko")]
    [InlineData("ang sakit ng likod ko tapos hindi ako makahinga ng maayos")]
    [InlineData("manhid po ang singit ko at masakit ang likod ko")]
    [InlineData("wala po akong maramdaman sa pwet ko, masakit din ang likod ko")]
    [InlineData("masakit likod ko at simula noon hindi na po ako maka-climax")]
    public void Taglish_falls_crashes_bladder_numb_legs_and_seat_breath_and_sex_with_back_pain_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("may lagnat po ako at masakit ang sakong ko")]
    [InlineData("hindi ko po maitapak ang kaliwang paa ko mula nung nadulas ako")]
    [InlineData("may diabetes ako at yung paa ko namamaga, mapula at mainit")]
    [InlineData("narinig ko pong may pumutok sa likod ng sakong ko habang tumatakbo, hindi na ako makatiyad")]
    [InlineData("yung kaliwang binti ko po sa likod maga at masakit, mainit din")]
    public void Taglish_fever_weight_bearing_red_hot_swollen_foot_a_pop_behind_the_heel_and_a_swollen_calf_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mga 4 weeks na po masakit ang sakong ko, ganun pa rin")]
    [InlineData("nagigising po ako sa gabi dahil sa sakit ng likod ko")]
    [InlineData("parang may tusok-tusok po sa kanang paa ko")]
    [InlineData("palala nang palala po ang sakit ng likod ko")]
    public void Taglish_weeks_of_pain_night_pain_tingling_and_worsening_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("masakit po ang sakong ko pag umaga, wala naman pong manhid")]
    [InlineData("si Lolo po may lagnat, ako wala naman, sakong ko lang masakit")]
    [InlineData("nahulog po yung baso sa sahig, nabasag, pero ok lang ako, medyo masakit likod ko")]
    [InlineData("tanong lang po, kung mamanhid ang paa, delikado po ba? nabasa ko lang")]
    [InlineData("hindi na po masakit ang likod ko, salamat po")]
    [InlineData("nabasa po yung medyas ko sa ulan, masakit pa rin sakong ko")]
    [InlineData("take the tablet 500mg po twice a day, my heel is a bit sore")]
    [InlineData("my friend speaks hindi and tagalog, my back is a bit sore after work")]
    [InlineData("me duele mas la espalda pero no tengo fiebre")]
    public void Taglish_denials_another_persons_fever_things_that_fell_or_got_wet_and_words_english_and_spanish_share_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));

    /// <summary>
    /// A blow at the back of the leg from nobody, told in Tagalog ("binato ako", "hinampas ako": as if hit; "sa likod ng
    /// binti": at the back of the leg; "habang": while), reads as the English likeness does: an Achilles sign. A real ball
    /// that hit the leg stays quiet, as in English. Added after the fresh-clone run of round 30 found round 12's Tagalog
    /// line quiet once the Tagalog forms read its words first.
    /// </summary>
    [Theory]
    [InlineData("parang hinampas ako sa likod ng binti habang naglalaro ng basketball, walang tao sa likod ko")]
    [InlineData("akala ko binato ako sa likod ng binti ko habang nag jojogging, wala naman tao")]
    public void Taglish_a_blow_at_the_back_of_the_leg_from_nobody_is_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tinamaan ako ng bola sa likod ng binti ko habang naglalaro, masakit pero ok naman")]
    [InlineData("naglalaro po ang mga apo ko habang nagluluto ako, likod ko medyo masakit")]
    public void Taglish_a_real_ball_or_children_playing_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
