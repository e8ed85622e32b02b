using PainCoach.Faq;
using PainCoach.RedFlags;

namespace PainCoach.Tests.Faq;

/// <summary>One knowledge base and index for the test run, as the host builds them once per process.</summary>
internal static class FaqTestServices
{
    public static KnowledgeBase KnowledgeBase { get; } = KnowledgeBase.LoadEmbedded();

    public static FaqIndex Index { get; } = FaqIndex.Build(KnowledgeBase);

    public static FaqService Faq { get; } = new(KnowledgeBase, Index, new FreeTextRedFlagScreen());
}
