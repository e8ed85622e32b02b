using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PainCoach.Faq.Semantic;

namespace PainCoach.Faq;

/// <summary>
/// Loads and validates the knowledge base, builds the index, loads the sentence model and the precomputed vectors
/// while the host starts, and answers one question, so broken content stops the host with a clear reason and the
/// first request pays neither for the model's load (~0.2 s) nor for its first run.
/// </summary>
internal sealed class FaqStartup(IServiceProvider services, ILogger<FaqStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var semantic = services.GetRequiredService<SemanticIndex>();
        if (semantic.MissingTexts.Count > 0)
        {
            // Stale vectors (knowledge base edited without scripts/faq-vectors.sh): those phrasings count by words only.
            logger.LogWarning("FAQ: {Count} knowledge-base texts have no precomputed vector; run scripts/faq-vectors.sh", semantic.MissingTexts.Count);
        }

        services.GetRequiredService<FaqService>().FindConfidentShortAnswer("how long should i ice my heel");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
