using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainCoach.RedFlags;

public static class RedFlagsServiceCollectionExtensions
{
    /// <summary>
    /// The free-text red-flag screen the FAQ and SMS share (<see cref="IRedFlagScreen"/>): the phrase screen, built
    /// once per process.
    /// </summary>
    public static IServiceCollection AddRedFlags(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new FreeTextRedFlagScreen());
        services.TryAddSingleton<IRedFlagScreen>(sp => sp.GetRequiredService<FreeTextRedFlagScreen>());
        return services;
    }
}
