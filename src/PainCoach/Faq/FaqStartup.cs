using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PainCoach.Faq;

/// <summary>
/// Loads and validates the knowledge base and builds the index while the host starts, so broken content stops the
/// host with a clear reason and the first question does not pay for the build.
/// </summary>
internal sealed class FaqStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<FaqService>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
