using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

public static class RedFlagsServiceCollectionExtensions
{
    /// <summary>
    /// The free-text red-flag screen the FAQ and SMS share: the phrase screen with the semantic backup
    /// (<see cref="CombinedRedFlagScreen"/>), on the shared sentence model; built once per process.
    /// </summary>
    public static IServiceCollection AddRedFlags(this IServiceCollection services)
    {
        services.AddLanguage();
        services.TryAddSingleton(_ => new FreeTextRedFlagScreen());
        services.TryAddSingleton(_ => RedFlagTierModel.LoadEmbedded());
        services.TryAddSingleton(sp => new SemanticRedFlagChannel(
            sp.GetRequiredService<RedFlagTierModel>(), sp.GetRequiredService<FreeTextRedFlagScreen>(), RedFlagPhrases.Default, sp.GetRequiredService<SentenceEmbedder>()));
        services.TryAddSingleton<IRedFlagScreen, CombinedRedFlagScreen>();
        return services;
    }
}
