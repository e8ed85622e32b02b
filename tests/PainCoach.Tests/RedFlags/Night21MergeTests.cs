using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Closed at night round 21's merge, once heldout100 was read and a subscriber's program was found to add false alerts
/// on it, each class both ways: a fever asked about as a "what if" ("if i get a fever should i call you") is a
/// question, not a sign, under any program; the Spanish "fiebre del sábado" (Saturday night fever) is an idiom. A fever
/// had now, asked as a question, is still a sign. "Neither leg is numb or weak" denies both legs, so it is not the
/// emergency both legs are (rf-older21 found it; a one-leg reading at see a clinician remains, left open), while
/// "neither leg will hold me up" still is. Our own sentences (docs/triage-rounds.md, "Merge (merge21)").
/// </summary>
public sealed class Night21MergeTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("if i get a fever should i call you or my own doctor?")]
    [InlineData("if I catch a fever with this back thing do I still stretch?")]
    [InlineData("si me da fiebre, les aviso a ustedes o a mi doctor? if i get a fever I mean")]
    [InlineData("la fiebre del sabado en la noche, bailé toda la noche con mis plantillas nuevas")]
    [InlineData("pure saturday night fever last weekend, danced for hours and the heel held up")]
    public void A_fever_asked_about_as_a_what_if_or_said_as_an_idiom_raises_no_alert(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("i have a fever and my back hurts, what do i do?", BodyArea.Back)]
    [InlineData("i always get a fever with my back pain and i have one now", BodyArea.Back)]
    [InlineData("tengo fiebre desde el sabado y me duele la espalda", BodyArea.Back)]
    [InlineData("my heel is throbbing and i get a fever every evening this week", BodyArea.Heel)]
    public void A_fever_had_now_is_urgent_with_the_pain(string text, BodyArea program) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text, program)?.Level);

    [Theory]
    [InlineData("my back hurts but neither leg is numb or weak")]
    [InlineData("lower back pain, neither of my legs feels numb at all")]
    [InlineData("neither foot is tingly, its just the back")]
    public void Neither_leg_with_a_symptom_is_not_the_both_legs_emergency(string text) =>
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("neither leg will hold me up and my back is agony")]
    [InlineData("my back went and now neither leg feels right, both numb")]
    public void Neither_leg_working_is_still_both_legs(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);
}
