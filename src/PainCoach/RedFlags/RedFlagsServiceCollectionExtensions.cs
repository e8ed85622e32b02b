using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.RedFlags.Semantic;

namespace PainCoach.RedFlags;

public static class RedFlagsServiceCollectionExtensions
{
    /// <summary>
    /// The free-text red-flag screen the FAQ and SMS share (<see cref="IRedFlagScreen"/>): the phrase screen, built
    /// once per process; with the semantic backup when its model file is built in and valid (read while the host starts).
    /// </summary>
    public static IServiceCollection AddRedFlags(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new FreeTextRedFlagScreen());
        services.AddSemanticRedFlagScreen(); // the semantic backup (docs/triage.md, third try): this line ships it
        services.TryAddSingleton<IRedFlagScreen>(sp => sp.GetRequiredService<FreeTextRedFlagScreen>());
        return services;
    }
}
