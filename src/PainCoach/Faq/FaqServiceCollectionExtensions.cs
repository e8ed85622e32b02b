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
    /// red-flag screen with its second readings of signs and of words of self-harm (unless <see
    /// cref="PainCoachOptions.RedFlagSecondReading"/> is off), and
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
        services.TryAddSingleton(sp => new CrisisReading(
            sp.GetRequiredService<SentenceEmbedder>(), CrisisReading.LoadEmbeddedBank(), sp.GetRequiredService<SecondReading>().Bank));
        services.TryAddSingleton<IRedFlagScreen>(sp => sp.GetService<IOptions<PainCoachOptions>>()?.Value.RedFlagSecondReading == false
            ? new FreeTextRedFlagScreen(RedFlagPhrases.Default)
            : new FreeTextRedFlagScreen(RedFlagPhrases.Default, sp.GetRequiredService<SecondReading>(), crisisReading: sp.GetRequiredService<CrisisReading>()));
        services.TryAddSingleton<FaqService>();
        services.TryAddSingleton<IShortAnswerSource>(sp => sp.GetRequiredService<FaqService>());
        services.AddHostedService<FaqStartup>();
        services.TryAddSingleton<UnansweredQuestionStore>();
        services.TryAddSingleton<UnansweredQuestionRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<UnansweredQuestionRecorder>());
        return services;
    }
}
