using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainCoach.Triage;

public static class TriageServiceCollectionExtensions
{
    /// <summary>Symptom triage: the rule table is static data, so the engine is a stateless singleton.</summary>
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new TriageEngine());
        return services;
    }
}
