using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the afternoon round (emerg13), each class both ways: the sign as learners of English,
/// people texting in passing and people writing for someone else put it, which must reach an emergency alert, and
/// everyday texts in similar words that must raise no alert, among them the denials and bedroom words that raised a false
/// emergency before. Our own sentences, not corpus or probe text (docs/triage-rounds.md, "emerg13 (afternoon round)").
/// </summary>
public sealed class AfternoonEmerg13Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A weight on the chest said without its article, or with "like" and no verb.
    [InlineData("back is very painful and it feels like elephant standing on my chest")]
    [InlineData("my lower back aches and there is like heavy stone on my chest since lunch")]
    [InlineData("back pain two days, now like a ton of bricks on my chest")]
    // The bowels as "number 2" in figures.
    [InlineData("since my back went i have no control when i do number 2")]
    [InlineData("my back is agony and i cant hold it in for number 2 anymore")]
    // The sex word first and its loss after it, as learners put it.
    [InlineData("back pain since the weekend, erection not possible now")]
    [InlineData("disc problem in my back and now climax impossible, before was normal")]
    [InlineData("my back hurts 3 days, the feeling has gone in my private parts")]
    // Someone else's name for the place ("what my sister calls the saddle area").
    [InlineData("my back is bad, and numb in what the nurse called the saddle area since last night")]
    // Washing after the toilet and not feeling it.
    [InlineData("back pain for days and when i wash after the loo i cant feel it at all")]
    // Trying to pee and it will not come.
    [InlineData("my back has gone and ive tried to wee four times, it just will not start")]
    // Written for someone who is asking the writer to write.
    [InlineData("my dad is asking me to text you. his back is very bad and he cannot pass urine since last night")]
    // A loss down there said with other words, not a denial.
    [InlineData("back pain since friday, nothing happening down there when i try to wee")]
    [InlineData("ever since my disc went, nothing going on down there")]
    [InlineData("my back gave out last week and the problem in the bedroom is that nothing works")]
    public void Emergency_signs_of_the_afternoon_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Things and animals on the chest.
    [InlineData("my back is sore and the baby likes sleeping on my chest")]
    [InlineData("back ache, it was like a weight off my shoulders when the scan came back clear")]
    // Numbers that are not the toilet.
    [InlineData("back pain, i cant control when my shift ends, number 2 on the rota")]
    // Sex words with no loss.
    [InlineData("my back hurts, erection pills cannot be mixed with my heart tablets, is that true")]
    [InlineData("back pain, the burning feeling has gone, sex is fine")]
    // Someone else's name for a place that is not numb.
    [InlineData("my back is stiff in what my physio calls the lumbar region")]
    // Washing that is not after the toilet, or hands.
    [InlineData("back ache, i wash my hands after the loo and cant feel the cold water, my fingers are freezing")]
    // Trying to pee for a test, or a child.
    [InlineData("my back is sore, i was trying to wee into the sample pot and it will not go in")]
    // A writer asked to write a note.
    [InlineData("my wife is asking me to write down my back exercises for her")]
    // The bed in the bedroom.
    [InlineData("my back hurts, the issue in the bedroom is the lumpy mattress")]
    [InlineData("back pain, the trouble in the bedroom is the cold, the heating is broken")]
    // A denial of anything wrong down there, said beside other words.
    [InlineData("sore back since sunday, nothing going on down there")]
    [InlineData("back has been achy, nothing happening down there, everything normal")]
    [InlineData("nothing wrong down there, all fine. my back is just stiff")]
    public void Everyday_texts_like_the_afternoon_signs_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Fact]
    public void A_carers_story_without_a_frame_still_gets_the_carer_line_and_no_alert()
    {
        // The design (docs/triage.md, Decisions): someone else's sign said with no frame raises no alert; the carer line asks.
        const string Text = "my wife has a bad back since the weekend and now she cannot pass urine at all";
        Assert.Null(screen.Screen(Text));
        Assert.Equal(SafetyCheck.SomeoneElsesEmergencyMessage, screen.SafetyCheckFor(Text));
    }
}
