using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Twilio.Clients;

namespace PainCoach.Telephony;

public static class TelephonyServiceCollectionExtensions
{
    internal const string TwilioHttpClientName = "twilio";

    /// <summary>
    /// Idle keep-alive connections to Twilio are closed by us after this long. Load balancers and proxies in front of
    /// an API commonly drop idle connections after 60 s or more, silently; closing ours well before that means a
    /// pooled connection is never reused just as the far end closes it (the race that made sends fail on the client
    /// side). Inside a reminder run calls follow each other by milliseconds, so the run keeps its connections warm.
    /// </summary>
    public static readonly TimeSpan TwilioPooledConnectionIdleTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// No connection lives longer than this, so DNS changes of Twilio's endpoint are followed and a connection does
    /// not outlive many timer runs.
    /// </summary>
    public static readonly TimeSpan TwilioPooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>A connect that takes longer than this failed before anything was sent: safe to retry at once.</summary>
    public static readonly TimeSpan TwilioConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Twilio options and client (rebased and Retry-After-aware), and the one <see cref="ISmsSender"/>.</summary>
    public static IServiceCollection AddTelephony(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inAzure = AzureEnvironment.IsRunningInAzure(configuration);

        // Running in Azure without credentials would silently keep every SMS in a table: refuse to start instead.
        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.SectionName))
            .Validate(o => o.ApiBaseUrl is null || o.ApiBaseUrl.IsAbsoluteUri, "Twilio__ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.WebhookBaseUrl is null || o.WebhookBaseUrl.IsAbsoluteUri, "Twilio__WebhookBaseUrl must be an absolute URL.")
            .Validate(o => !inAzure || !string.IsNullOrWhiteSpace(o.AuthToken),
                "Twilio__AuthToken is missing or blank: in Azure every webhook signature is checked with it, so it must be the real token.")
            .Validate(o => !inAzure || o.HasCredentials, "Twilio__AccountSid and Twilio__AuthToken are required in Azure (the local outbox is for development only).")
            .Validate(o => !o.HasCredentials || !string.IsNullOrWhiteSpace(o.FromNumber) || !string.IsNullOrWhiteSpace(o.MessagingServiceSid),
                "Twilio__FromNumber or Twilio__MessagingServiceSid is required with Twilio credentials.")
            .ValidateOnStart();

        services.AddTransient<TwilioApiBaseUrlHandler>();
        services.AddTransient<TwilioRetryAfterHandler>();
        services.AddTransient<TwilioCallTracking>();
        services.AddHttpClient(TwilioHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionIdleTimeout = TwilioPooledConnectionIdleTimeout,
                PooledConnectionLifetime = TwilioPooledConnectionLifetime,
                ConnectTimeout = TwilioConnectTimeout,
            })
            .AddHttpMessageHandler<TwilioApiBaseUrlHandler>()
            .AddHttpMessageHandler<TwilioRetryAfterHandler>()
            .AddHttpMessageHandler<TwilioCallTracking>();
        services.TryAddSingleton<ITwilioRestClient>(sp =>
        {
            var twilio = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioHttpClientName);
            return new TwilioRestClient(
                twilio.AccountSid ?? string.Empty,
                twilio.AuthToken ?? string.Empty,
                httpClient: new Twilio.Http.SystemNetHttpClient(http));
        });

        services.TryAddSingleton<TwilioSmsSender>();
        services.TryAddSingleton<OutboxSmsSender>();
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<TwilioOptions>>().Value.HasCredentials
            ? sp.GetRequiredService<TwilioSmsSender>()
            : sp.GetRequiredService<OutboxSmsSender>());
        return services;
    }
}
