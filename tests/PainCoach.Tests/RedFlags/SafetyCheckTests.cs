using PainCoach.RedFlags;
using PainCoach.Telephony;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The cauda equina safety check (<see cref="SafetyCheck"/>): a back-pain message that touches the topic of a sign the
/// screen cannot read as stated gets conditional advice; an emergency alert, another pain area or another sense of the
/// words gets none.
/// </summary>
public sealed class SafetyCheckTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("my lower back hurts and going to the loo feels different")]
    [InlineData("since my back went the bedroom department is not the same")]
    [InlineData("my back is sore and sex has been a bit different")]
    [InlineData("my back hurts when i sit on the toilet")]
    [InlineData("does a slipped disc ever affect your bowels? my lower back is sore")]
    [InlineData("back is killing me, peeing is fine though")]
    [InlineData("my back aches, should i worry about my bowels")]
    [InlineData("my back is sore and i have a pain in my bum when i sit")] // a literal pain, not the idiom
    [InlineData("is there a toilet i can use at the clinic, my back hurts and i keep needing to pee")] // the need, not the question
    [InlineData("my back aches, where is the loo at the clinic, and should i worry about my bowels")]
    public void A_back_message_touching_the_topics_without_an_emergency_gets_the_check(string text)
    {
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen(text)?.Level);
        Assert.Equal(SafetyCheck.CaudaEquinaMessage, screen.SafetyCheckFor(text));
    }

    [Theory]
    [InlineData("back pain and i cant feel the toilet paper")] // the emergency advice is already the answer
    [InlineData("my heel hurts when i walk to the bathroom at night")] // no back pain
    [InlineData("pain on the bottom of my foot and my lower back aches")] // another sense of "bottom"
    [InlineData("hurt my back in a car accident years ago, fine now, just stiff")]
    [InlineData("my back aches after gardening")]
    [InlineData("my back is sore and this paperwork is a pain in the backside, how do i get a receipt")] // an annoyance
    [InlineData("my other half is a right pain in the arse about my back exercises")]
    [InlineData("what a pain in the butt, my lower back is stiff again")]
    [InlineData("does the clinic have a toilet? my back gets stiff on the long drive")] // asking about the clinic
    [InlineData("is there a bathroom at the office, sorry, back is sore and im nervous")]
    [InlineData("")]
    public void Other_messages_get_no_check(string text) => Assert.Null(screen.SafetyCheckFor(text));

    [Fact]
    public void The_check_is_plain_gsm_text_that_fits_one_segment_and_names_911()
    {
        Assert.True(SmsText.IsGsm7(SafetyCheck.CaudaEquinaMessage));
        Assert.Equal(1, SmsText.Segments(SafetyCheck.CaudaEquinaMessage));
        Assert.Contains("911", SafetyCheck.CaudaEquinaMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dad's back went and he can't pass water", SafetyCheck.SomeoneElsesEmergencyMessage)]
    [InlineData("my husband fell off the roof this morning and his back is agony", SafetyCheck.SomeoneElsesEmergencyMessage)]
    [InlineData("mum's foot is red hot and swollen", SafetyCheck.SomeoneElsesUrgentMessage)]
    [InlineData("my son has a temperature of 39 and his heel is really sore", SafetyCheck.SomeoneElsesUrgentMessage)]
    public void A_story_about_someone_else_with_a_sign_gets_the_carer_check_but_no_alert(string text, string check)
    {
        Assert.Null(screen.Screen(text));
        Assert.Equal(check, screen.SafetyCheckFor(text));
    }

    [Theory]
    [InlineData("texting for my dad, his back went and now he cant pee at all")] // framed: the alert itself
    [InlineData("my husband has diabetes and my heel is sore")] // the writer's own pain
    [InlineData("my mum fell off a ladder years ago, fine now, her heel aches in the morning")] // past
    [InlineData("can sciatica affect both legs? asking for my dad")] // a general question
    [InlineData("my dad's back is stiff in the mornings, which stretches can he do")] // no sign
    public void Other_stories_about_someone_else_get_no_carer_check(string text) =>
        Assert.False(screen.SafetyCheckFor(text) is SafetyCheck.SomeoneElsesEmergencyMessage or SafetyCheck.SomeoneElsesUrgentMessage);

    [Theory]
    [InlineData(SafetyCheck.SomeoneElsesEmergencyMessage)]
    [InlineData(SafetyCheck.SomeoneElsesUrgentMessage)]
    public void The_carer_checks_are_plain_gsm_text_that_fit_one_segment(string check)
    {
        Assert.True(SmsText.IsGsm7(check));
        Assert.Equal(1, SmsText.Segments(check));
    }

    [Theory]
    [InlineData(SafetyCheck.CaudaEquinaMessage)]
    [InlineData(SafetyCheck.SomeoneElsesEmergencyMessage)]
    [InlineData(SafetyCheck.SomeoneElsesUrgentMessage)]
    public void Every_safety_line_reads_at_grade_8_or_below(string check) =>
        Assert.InRange(PainCoach.Tests.Faq.ReadingLevel.Grade(check), -10, 8);
}
