using PainCoach.Tests.Faq;

namespace PainCoach.Tests.Language;

public sealed class SentenceEmbedderTests
{
    /// <summary>
    /// Several texts of different lengths in one model run give each text's own vector: the padding of the shorter ones
    /// reaches neither their tokens nor their mean (the semantic red-flag channel reads a message's clauses this way).
    /// </summary>
    [Fact]
    public void Embedding_many_texts_at_once_gives_each_texts_own_vector()
    {
        string[] texts = ["my back is killing me", "cant get a wee out at all since last night", "ok", "which shoes are best for plantar fasciitis after a long shift on my feet"];

        var together = FaqTestServices.Embedder.EmbedMany(texts);

        Assert.Equal(texts.Length, together.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = FaqTestServices.Embedder.Embed(texts[i]);
            var cosine = alone.Zip(together[i], (a, b) => a * b).Sum();
            Assert.InRange(cosine, 0.9999, 1.0001);
        }

        Assert.Empty(FaqTestServices.Embedder.EmbedMany([]));
    }
}
