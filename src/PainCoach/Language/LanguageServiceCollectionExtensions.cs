using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainCoach.Language;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>The sentence model, loaded once per process and shared by the FAQ and the red-flag screen.</summary>
    public static IServiceCollection AddLanguage(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => SentenceEmbedder.LoadShipped());
        return services;
    }
}
