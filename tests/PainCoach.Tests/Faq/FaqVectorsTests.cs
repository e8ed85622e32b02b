using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;
using PainCoach.Language;

namespace PainCoach.Tests.Faq;

/// <summary>The precomputed sentence vectors and calibration match the knowledge base and the model that ship.</summary>
public sealed class FaqVectorsTests
{
    private static readonly FaqVectors Vectors = FaqVectors.LoadEmbedded();

    [Fact]
    public void The_vectors_were_computed_from_the_current_knowledge_base_texts()
    {
        Assert.True(
            Vectors.TextsSha256 == FaqVectors.HashTexts(FaqTestServices.KnowledgeBase) && FaqTestServices.Semantic.MissingTexts.Count == 0,
            $"{FaqVectors.SourcePath} is stale ({FaqTestServices.Semantic.MissingTexts.Count} texts have no vector): run scripts/faq-vectors.sh and commit the result.");
    }

    [Fact]
    public void The_vectors_were_computed_with_the_model_that_ships()
    {
        Assert.Equal(SentenceEmbedder.ModelName, Vectors.Model);
        Assert.True(
            Vectors.ModelSha256 == FaqVectors.HashFile(FaqTestServices.Embedder.ModelPath),
            $"The sentence model changed since {FaqVectors.SourcePath} was made: run scripts/faq-vectors.sh.");
    }

    [Fact]
    public void A_stored_vector_is_what_the_model_computes_for_its_text()
    {
        foreach (var text in new[] { Vectors.Texts[0], Vectors.Texts[Vectors.Texts.Count / 2], Vectors.Texts[^1] })
        {
            var cosine = SentenceEmbedder.Dot(FaqTestServices.Embedder.Embed(text.Text), text.Vector);
            Assert.InRange(cosine, 0.999f, 1.001f);
        }
    }

    [Fact]
    public void Every_entry_question_and_phrasing_has_one_unit_vector()
    {
        var expected = FaqTestServices.KnowledgeBase.Entries.Sum(e => 1 + e.Alternates.Count);
        Assert.Equal(expected, Vectors.Texts.Count);
        Assert.All(Vectors.Texts, t => Assert.InRange(SentenceEmbedder.Dot(t.Vector, t.Vector), 0.999f, 1.001f));
    }

    [Fact]
    public void The_calibration_loads_for_the_features_the_code_computes_with_a_threshold_between_0_and_1()
    {
        var calibration = FaqCalibration.LoadEmbedded();

        Assert.InRange(calibration.Threshold, 0.05, 0.95);
        Assert.Contains("tuning", calibration.FittedOn, StringComparison.Ordinal);
        Assert.DoesNotContain("heldout", calibration.FittedOn, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_questions_are_closer_than_unrelated_ones()
    {
        var strain = FaqTestServices.Embedder.Embed("I pulled a muscle in my lower back lifting a box");
        var sameMeaning = FaqTestServices.Embedder.Embed("back went out lifting a box");
        var unrelated = FaqTestServices.Embedder.Embed("how long should I ice my heel");

        Assert.True(SentenceEmbedder.Dot(strain, sameMeaning) > SentenceEmbedder.Dot(strain, unrelated) + 0.2);
    }
}
