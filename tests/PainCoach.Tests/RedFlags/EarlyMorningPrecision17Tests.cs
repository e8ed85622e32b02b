using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the early morning round of 2026-12-06 (precision17), each class both ways: everyday texts that
/// must raise no alert (each alerted on main), with and without a subscriber's program, and the real sign in similar
/// words that must keep its level. Our own sentences, not corpus text (docs/triage-rounds.md, "precision17").
/// </summary>
public sealed class EarlyMorningPrecision17Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A thing is the subject of what stopped working (not the person, not their body).
    [InlineData("back is stiff today and the boiler in the kitchen has stopped working")]
    [InlineData("sore back n the wifi in the bedroom isnt workin, no signal in bed")]
    [InlineData("my lower back aches and the lights downstairs have stopped working")]
    [InlineData("heel pain and the microwave stopped working, what a week")]
    [InlineData("back went again and the electric blanket on the bed has stopped working")]
    [InlineData("back a bit sore, the hot water upstairs hasnt worked since friday")]
    // A thing fell on a thing (the person did not fall, nothing fell on them).
    [InlineData("a big branch fell onto the garage roof last night, my back aches from sawing it up")]
    [InlineData("the bathroom shelf fell off the wall into the sink, my back hurts from picking it all up")]
    [InlineData("one of the tiles came off the roof and landed on the path, back stiff from sweeping")]
    // Legs like jelly after a climb of steps or stairs done, or sightseeing.
    [InlineData("legs like jelly after all the steps up to the monastery, back a bit stiff but what a view")]
    [InlineData("after all the stairs at the old castle my legs were wobbly, lower back achy")]
    // A score out of 10 said "from / on / in 10" (translation-app English).
    [InlineData("pain 3 from 10 in my back, only when I carry the shopping")]
    [InlineData("my heel pain 2 on 10 today, is better")]
    public void Everyday_texts_of_the_early_morning_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("the telly in the front room isnt working")]
    [InlineData("the heating in our bedroom has stopped working")]
    [InlineData("the apple tree fell on the fence in the gale")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    // The person's own sign, told beside a thing, keeps its level.
    [InlineData("since my back went things down below arent working at all", AlertLevel.Emergency)]
    [InlineData("the heating works fine but since the back went my willy doesnt work", AlertLevel.Emergency)]
    [InlineData("back pain for a week and my old fella has stopped working", AlertLevel.Emergency)]
    [InlineData("a heavy branch fell on me and hit my back, back agony", AlertLevel.Emergency)]
    [InlineData("the tree came down on my back while i was cutting it", AlertLevel.Emergency)]
    [InlineData("the ladder fell over and i fell with it onto the patio, back really bad", AlertLevel.Emergency)]
    [InlineData("came off the garage roof and landed on the fence, my back is killing me", AlertLevel.Emergency)]
    [InlineData("back pain and both my legs go like jelly going up the stairs now", AlertLevel.Emergency)]
    [InlineData("back pain, both legs still like jelly days after the steps", AlertLevel.Emergency)]
    [InlineData("back agony, climbed the stairs and now both legs are numb", AlertLevel.Emergency)]
    [InlineData("my back pain is 9 from 10 at night", AlertLevel.SeeClinician)]
    [InlineData("heel pain is 8 on 10 every morning", AlertLevel.SeeClinician)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    // The diabetic's red and hot foot: the heat-source words are whole words and are read before the foot as well as after.
    [InlineData("diabetic, my foot is red and hot, just been to the bathroom", AlertLevel.Urgent)]
    [InlineData("type 2 diabetes, foot red and warm, the bathroom floor is cold", AlertLevel.Urgent)]
    [InlineData("diabetic, my foot is red and hot, feels like its on fire", AlertLevel.Urgent)]
    [InlineData("diabetic, since my bath last night my foot has stayed red and hot", AlertLevel.Urgent)]
    [InlineData("diabetic, foot still red and hot hours after my shower", AlertLevel.Urgent)]
    [InlineData("diabetic here, in the sauna my feet went red and warm", AlertLevel.SeeClinician)]
    [InlineData("im diabetic, in the shower my foot went red and hot", AlertLevel.SeeClinician)]
    [InlineData("diabetic, sat by the fire and my feet went red and hot", AlertLevel.SeeClinician)]
    [InlineData("diabetic, my feet went red and hot in the bath", AlertLevel.SeeClinician)]
    public void A_diabetics_red_and_hot_foot_is_urgent_unless_a_heat_source_explains_it(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);
}
