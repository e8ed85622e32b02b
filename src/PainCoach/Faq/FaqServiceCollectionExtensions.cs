using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.RedFlags;

namespace PainCoach.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ: knowledge base and index built once per process (singletons; both immutable), the free-text red-flag
    /// screen, and the SMS view of the FAQ.
    /// </summary>
    public static IServiceCollection AddFaq(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => KnowledgeBase.LoadEmbedded());
        services.TryAddSingleton(sp => FaqIndex.Build(sp.GetRequiredService<KnowledgeBase>()));
        services.TryAddSingleton<IRedFlagScreen, FreeTextRedFlagScreen>();
        services.TryAddSingleton<FaqService>();
        services.TryAddSingleton<IShortAnswerSource>(sp => sp.GetRequiredService<FaqService>());
        services.AddHostedService<FaqStartup>();
        return services;
    }
}
