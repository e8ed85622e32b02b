using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// A general question asked for someone else or out of plain interest, beside statements about that person, is not the
/// writer's sign (late round, rf-precision5): "asking for my dad, he keeps getting up with it", "my aunt has it",
/// "asking in general", "just read about it", "is that true?", a passed-on claim ("my cousin says heel pain means
/// diabetes"), a body part the question named that the writer says is fine, and a denial that ends with its clause
/// ("havent lost any, wish i had"). The writer's own sign beside such words is still read. Our own sentences, not corpus
/// text (docs/triage-rounds.md, "rf-precision5").
/// </summary>
public sealed class OthersAndInterestTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("does back pain at night mean something bad? asking for my dad, he keeps getting up with it")]
    [InlineData("can a fever come with back ache? asking for my sister who won't see a doctor")]
    [InlineData("how often should diabetics check their feet? asking for my nan, she's type 1")]
    [InlineData("is it true that heel pain can mean diabetes? my cousin reckons so")]
    [InlineData("can numb feet be serious? my neighbour has it and won't go to the gp")]
    [InlineData("my brother says sitting all day causes numb feet and back pain, is that true")]
    [InlineData("can back pain make you leak urine? asking in general, my back is only a bit stiff")]
    [InlineData("does a loud snap behind the heel mean the achilles went? just read about it")]
    [InlineData("is chest pain with back pain serious? asking out of curiosity, my chest feels normal")]
    [InlineData("my physio mentioned weight loss with back pain as a warning, i havent lost any, more the opposite")]
    // A hypothetical about "you" with a denial; a sign's state denied after something read.
    [InlineData("hypothetically, if your bladder stopped working with a bad back what then? mine works fine btw")]
    [InlineData("the gp said back pain with a temperature needs checking, im not feverish at all")]
    // Another person who keeps having it; a claim from someone at work; the writer's own back "just sore".
    [InlineData("my brother keeps getting up in the night with his back pain, should he see someone, i sleep fine")]
    [InlineData("a lady at my gym said back pain with a fever means an infection, true or not")]
    [InlineData("quick one is a tight chest with back ache serious, my back is just stiff from the garden")]
    public void A_question_for_someone_else_or_out_of_interest_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    // The writer comes into it, shares it, or it is a worry or a report about them.
    [InlineData("is back pain at night a bad sign? asking for my husband and me, i wake every night with it too", AlertLevel.SeeClinician)]
    [InlineData("is a fever bad with back pain? my son has one too and i have 39 degrees since this morning", AlertLevel.Urgent)]
    [InlineData("can back pain make you lose bladder control? my wife noticed the bed was wet this morning", AlertLevel.Emergency)]
    [InlineData("is saddle numbness serious? my husband is worried, numb down there since yesterday", AlertLevel.Emergency)]
    [InlineData("is numbness down there serious? just curious, had it since yesterday with my bad back", AlertLevel.Emergency)]
    // "is it true that ..." opens a question; the writer then says it is happening to them.
    [InlineData("is it true that a slipped disc can leave you numb in the saddle area? cos thats going on with me today", AlertLevel.Emergency)]
    [InlineData("what if your legs go numb with back pain? mine went numb this morning", AlertLevel.Emergency)]
    [InlineData("the nurse said fever with back pain is serious, im not hot but i cant pee since last night", AlertLevel.Emergency)]
    [InlineData("my wife keeps saying im hot, i have a fever and my back is killing me", AlertLevel.Urgent)]
    [InlineData("quick one is a tight chest with back ache serious, my back is just stiff but my chest is crushing", AlertLevel.Emergency)]
    // A joke "asking for a friend" with nothing after it is the writer asking for themselves.
    [InlineData("is it bad if my back hurts and i cant feel the toilet paper? asking for a friend", AlertLevel.Emergency)]
    // A body part named fine that is not the one asked about denies nothing.
    [InlineData("can back pain cause chest pain? my back is fine now but my chest is tight and heavy", AlertLevel.Emergency)]
    public void The_writers_own_sign_beside_such_words_is_still_read(string text, AlertLevel atLeast)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.True(alert.Level >= atLeast, $"'{text}' gave {alert.Level}, expected at least {atLeast}");
    }
}
