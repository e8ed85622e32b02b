using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainCoach.DevServer;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>A DevServer that logs everything, down to Trace, into a <see cref="LogCapture"/> (privacy tests read it).</summary>
public sealed class CapturedLogDevServer : IAsyncDisposable
{
    private CapturedLogDevServer(WebApplication app, LogCapture logs)
    {
        App = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public LogCapture Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<CapturedLogDevServer> StartAsync(IDictionary<string, string?> settings)
    {
        var logs = new LogCapture();
        var app = DevServerApp.Build(["--urls", "http://127.0.0.1:0"], new DevServerOptions
        {
            LocalSettingsPath = null,
            Configure = builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
                builder.Logging.AddFilter(_ => true);
                builder.Services.AddSingleton<ILoggerProvider>(logs);
            },
        });
        await app.StartAsync();
        return new CapturedLogDevServer(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
