using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// People answer their own one-word questions ("bladder? no control at all"): a question of one or two words is a
/// topic and is read with the sentence after it, unless that sentence answers no.
/// </summary>
public sealed class TopicQuestionTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("bladder? no control at all since my back went", AlertLevel.Emergency)]
    [InlineData("legs? both numb and my lower back is agony", AlertLevel.Emergency)]
    [InlineData("my back is wrecked. waterworks? cant go at all since this morning", AlertLevel.Emergency)]
    [InlineData("the foot? red, hot and puffed up since yesterday, heel throbbing", AlertLevel.Urgent)]
    [InlineData("heel pain. temperature? 39.2 this morning and shivery", AlertLevel.Urgent)]
    public void A_topic_question_answered_with_the_sign_alerts(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("bladder? fine. its just my lower back")]
    [InlineData("numbness? nope, just a sore back")]
    [InlineData("legs weak? not at all, they're fine, only my back")]
    [InlineData("chest pain? breathless? no. back is stiff from gardening")]
    [InlineData("bladder? no problems there, back just aches after work")]
    [InlineData("why? my back just hurts after sitting all day")]
    public void A_topic_question_answered_no_or_with_nothing_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Fact]
    public void The_topic_and_its_answer_are_read_as_one_sentence()
    {
        var sentences = screen.Sentences("bladder? no control at all").ToList();

        var sentence = Assert.Single(sentences);
        Assert.Equal("bladder no control at all", sentence.Text);
        Assert.Equal([0, "bladder ".Length], sentence.ClauseStarts);
    }
}
