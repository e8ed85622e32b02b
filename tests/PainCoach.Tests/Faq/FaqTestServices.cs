using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;

namespace PainCoach.Tests.Faq;

/// <summary>One knowledge base, index and sentence model for the test run, as the host builds them once per process.</summary>
internal static class FaqTestServices
{
    public static KnowledgeBase KnowledgeBase { get; } = KnowledgeBase.LoadEmbedded();

    public static FaqIndex Index { get; } = FaqIndex.Build(KnowledgeBase);

    public static SentenceEmbedder Embedder { get; } = SentenceEmbedder.LoadShipped();

    public static SemanticIndex Semantic { get; } = new(KnowledgeBase, FaqVectors.LoadEmbedded());

    public static HybridFaqRanker Ranker { get; } = new(Index, Semantic, Embedder, FaqCalibration.LoadEmbedded());

    /// <summary>The FAQ as the host composes it: words and meaning, calibrated.</summary>
    public static FaqService Faq { get; } = new(KnowledgeBase, Ranker, new FreeTextRedFlagScreen());

    /// <summary>The word index alone, as before the sentence model: kept to compare against.</summary>
    public static FaqService LexicalFaq { get; } = new(KnowledgeBase, new LexicalFaqRanker(Index), new FreeTextRedFlagScreen());
}
