using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PainCoach.DevServer;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>A DevServer serving the real function classes over HTTP on a free loopback port.</summary>
public sealed class RunningDevServer : IAsyncDisposable
{
    private RunningDevServer(WebApplication app)
    {
        App = app;
        BaseAddress = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Starts a DevServer with exactly these settings (no local.settings.json), if given a fake clock, and then
    /// whatever <paramref name="configure"/> adds (it runs last, so it may replace the logging set here).
    /// </summary>
    public static async Task<RunningDevServer> StartAsync(
        IDictionary<string, string?> settings, TimeProvider? time = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = DevServerApp.Build(["--urls", "http://127.0.0.1:0"], new DevServerOptions
        {
            LocalSettingsPath = null,
            Configure = builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                if (time is not null)
                {
                    builder.Services.AddSingleton(time);
                }

                configure?.Invoke(builder);
            },
        });
        await app.StartAsync();
        return new RunningDevServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// The whole app as a clinic's site or Twilio sees it: the DevServer on Azurite, sending SMS to the fake Twilio,
/// with a fake clock so timers run only when a test moves time.
/// </summary>
public sealed class DevServerFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset StartTime = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);

    private RunningDevServer? server;

    public AzuriteFixture Azurite { get; } = new();

    public FakeTwilioFixture Twilio { get; } = new();

    public FakeTimeProvider Time { get; } = new(StartTime);

    public RunningDevServer Server => server ?? throw new InvalidOperationException("The DevServer has not started.");

    public HttpClient Client => Server.Client;

    public Dictionary<string, string?> Settings() => new()
    {
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        ["REMINDER_SCHEDULE"] = "0 * * * * *",
        ["Twilio:AccountSid"] = FakeTwilioFixture.AccountSid,
        ["Twilio:AuthToken"] = FakeTwilioFixture.AuthToken,
        ["Twilio:FromNumber"] = "+15005550006",
        ["Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString(),
    };

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Azurite.InitializeAsync(), Twilio.InitializeAsync());
        server = await RunningDevServer.StartAsync(Settings(), Time);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await Twilio.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DevServerCollection : ICollectionFixture<DevServerFixture>
{
    public const string Name = "DevServer on Azurite";
}
