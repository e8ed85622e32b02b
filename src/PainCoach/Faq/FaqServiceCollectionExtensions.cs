using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;
using PainCoach.Faq.Unanswered;
using PainCoach.Language;
using PainCoach.RedFlags;

namespace PainCoach.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ: knowledge base, word index, the shared sentence model (Language) with the FAQ's precomputed vectors,
    /// and the calibrated ranker, each built once per process (singletons; immutable or thread-safe), the free-text
    /// red-flag screen with its second reading (unless <see cref="PainCoachOptions.RedFlagSecondReading"/> is off), and
    /// the SMS view of the FAQ. <see cref="FaqStartup"/> builds them while the host starts.
    /// </summary>
    public static IServiceCollection AddFaq(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => KnowledgeBase.LoadEmbedded());
        services.TryAddSingleton(sp => FaqIndex.Build(sp.GetRequiredService<KnowledgeBase>()));
        services.AddLanguage();
        services.TryAddSingleton(sp => new SemanticIndex(sp.GetRequiredService<KnowledgeBase>(), FaqVectors.LoadEmbedded()));
        services.TryAddSingleton(_ => FaqCalibration.LoadEmbedded());
        services.TryAddSingleton<IFaqRanker, HybridFaqRanker>();
        services.TryAddSingleton(sp => new SecondReading(sp.GetRequiredService<SentenceEmbedder>(), LabelledMessages.LoadEmbedded()));
        services.TryAddSingleton<IRedFlagScreen>(sp => new FreeTextRedFlagScreen(
            RedFlagPhrases.Default,
            sp.GetService<IOptions<PainCoachOptions>>()?.Value.RedFlagSecondReading == false ? null : sp.GetRequiredService<SecondReading>()));
        services.TryAddSingleton<FaqService>();
        services.TryAddSingleton<IShortAnswerSource>(sp => sp.GetRequiredService<FaqService>());
        services.AddHostedService<FaqStartup>();
        services.TryAddSingleton<UnansweredQuestionStore>();
        services.TryAddSingleton<UnansweredQuestionRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<UnansweredQuestionRecorder>());
        return services;
    }
}
