using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

public static class SemanticRedFlagsServiceCollectionExtensions
{
    /// <summary>
    /// The phrase screen with the semantic backup (<see cref="CombinedRedFlagScreen"/>) as <see cref="IRedFlagScreen"/>,
    /// when the model file is built in. The file is read and validated here, while the host starts: a broken one stops
    /// it (<see cref="RedFlagTierModel"/>). Call before anything registers another <see cref="IRedFlagScreen"/>.
    /// </summary>
    public static IServiceCollection AddSemanticRedFlagScreen(this IServiceCollection services)
    {
        if (RedFlagTierModel.LoadEmbeddedIfPresent() is not { } model)
        {
            return services;
        }

        services.AddLanguage();
        services.TryAddSingleton(_ => new FreeTextRedFlagScreen());
        services.TryAddSingleton(model);
        services.TryAddSingleton(sp => new SemanticRedFlagChannel(model, sp.GetRequiredService<FreeTextRedFlagScreen>(), sp.GetRequiredService<SentenceEmbedder>()));
        services.TryAddSingleton<IRedFlagScreen, CombinedRedFlagScreen>();
        return services;
    }
}
