using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PainCoach.Faq;
using PainCoach.Language;

namespace PainCoach.Tests.Faq;

public sealed class FaqStartupTests
{
    [Fact]
    public async Task The_sentence_model_and_vectors_load_while_the_host_starts_not_on_the_first_request()
    {
        var embedderCreated = 0;
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new TableServiceClient("UseDevelopmentStorage=true")); // never called here
        services.AddSingleton(_ =>
        {
            Interlocked.Increment(ref embedderCreated);
            return SentenceEmbedder.LoadShipped();
        });
        services.AddFaq();
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(0, embedderCreated);
        foreach (var hosted in provider.GetServices<IHostedService>().Where(h => h.GetType().Name == "FaqStartup"))
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.Equal(1, embedderCreated);
        Assert.Equal("ice-duration", provider.GetRequiredService<FaqService>().Ask("how long should i ice my heel").Answers[0].Id);
    }
}
