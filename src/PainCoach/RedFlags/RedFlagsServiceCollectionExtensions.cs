using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Language;
using PainCoach.RedFlags.Semantic;

namespace PainCoach.RedFlags;

public static class RedFlagsServiceCollectionExtensions
{
    /// <summary>
    /// The free-text red-flag screen the FAQ and SMS share: phrases and the semantic backup together
    /// (<see cref="CombinedRedFlagScreen"/>), built once per process.
    /// </summary>
    public static IServiceCollection AddRedFlags(this IServiceCollection services)
    {
        services.AddLanguage();
        services.TryAddSingleton(_ => new FreeTextRedFlagScreen());
        services.TryAddSingleton(_ => new SemanticRedFlagChannel(RedFlagExemplars.LoadEmbedded()));
        services.TryAddSingleton<IRedFlagScreen, CombinedRedFlagScreen>();
        return services;
    }
}
