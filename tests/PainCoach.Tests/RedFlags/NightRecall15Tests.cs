using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the night round of 2026-12-05 (recall15), each class both ways, as
/// second-language writers and Southern US / African American English put them: a hole or open spot on the foot with
/// diabetes, "sugar sickness", a foot that "changed its form"; a foot that "dont look right" after a fall; leg weakness
/// "weaker than" a day, weakness that "gets more bad", a leg "slightly weak" last week and unusable now; the front of the
/// foot hanging, a foot that "be floppin", the knee lifted high so the toes do not catch; a ladder or trestle that gave
/// way with a landing on the heels, a fall off a flatbed; a temperature "measured 39" with no temperature word; heat felt
/// off a red swollen foot; "does not become better", "the same a full month"; hard to care for a child "with my back",
/// "call off my shift"; "round about a 9"; "a good hour" of morning stiffness, minutes before the back bends; steroid
/// tablets "since years"; and "there is ..." at the start of a clause read as a statement, not a question a later "i did
/// not notice" could disclaim. Our own sentences, not corpus or probe text (docs/triage-rounds.md, "recall15").
/// </summary>
public sealed class NightRecall15Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("type 1 since a kid, found an open spot on the bottom of my heel this week")]
    [InlineData("diabetic, theres a hole kinda thing between my toes now")]
    [InlineData("the sugar sickness since my forties, now my arch has gone down and the foot changed its form")]
    [InlineData("type 2 diabetic, there is a blister on my heel that wont heal. i did not notice when it started")]
    public void A_diabetic_foot_told_as_a_hole_an_open_spot_or_a_changed_form_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tripped over the dog and since then my ankle dont look right")]
    [InlineData("came off the trestle when it tipped and landed straight on my heels")]
    [InlineData("fell off the flatbed at work, heel swole up")]
    public void A_foot_that_looks_wrong_after_a_fall_or_a_fall_onto_the_heels_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("the weakness of my leg gets more bad every day, sciatica")]
    [InlineData("last week my leg was slightly weak. Now I cant walk on it at all")]
    [InlineData("the front of my foot hangs down when i walk since my back went")]
    [InlineData("i gotta raise my knee way high or my toes catch on the carpet")]
    public void Leg_weakness_getting_worse_or_a_dropping_foot_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("on methotrexate and i measured 39 this evening, heel hurts")]
    [InlineData("heel pink and puffy, and i can feel the heat off it when i touch it")]
    public void A_measured_temperature_or_heat_felt_off_a_red_swollen_foot_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("lower back does not become better after 5 weeks of the leaflet exercises")]
    [InlineData("back been the same a full month now")]
    [InlineData("hard to take care of my toddler with my back like this")]
    [InlineData("had to call off my shift again, my back is wrecked")]
    [InlineData("back pain round about a 9 tonight")]
    [InlineData("takes me about 40 minutes when i get up before my back bends")]
    public void Durations_daily_life_scores_and_morning_stiffness_in_plain_words_are_see_a_clinician(string text) => Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("there is a hole in my shoe under the heel, my heel is sore from it")]
    [InlineData("my new boots dont look right, heel rubbing")]
    [InlineData("my leg is stronger than it was last week, back easing")]
    [InlineData("the ladder slid on the wall but i stayed on, my back aches from painting")]
    [InlineData("i measured 38 cm round my ankle, heel sore from walking")]
    [InlineData("my heel is red from rubbing, i can feel the heat of the fire on it, not swollen")]
    [InlineData("my back became better after 5 weeks of the exercises")]
    [InlineData("its hard to look after my toddler on my own, my back is fine")]
    [InlineData("i called out to the kids when my back twinged, fine now")]
    [InlineData("my back hurting about a 3 today, much better")]
    [InlineData("it takes me about 40 minutes to drive to work when i get up, my back aches in the car")]
    [InlineData("used hydrocortisone cream since years for eczema, now back ache")]
    public void Near_misses_of_those_wordings_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Fact]
    public void A_greeting_before_there_is_still_reads_the_question_as_a_mention()
        => Assert.Null(screen.Screen("hi there is saddle numbness serious? i dont have it, just back pain"));
}
