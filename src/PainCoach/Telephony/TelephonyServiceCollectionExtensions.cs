using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Twilio.Clients;

namespace PainCoach.Telephony;

public static class TelephonyServiceCollectionExtensions
{
    internal const string TwilioHttpClientName = "twilio";

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
        services.AddHttpClient(TwilioHttpClientName)
            .AddHttpMessageHandler<TwilioApiBaseUrlHandler>()
            .AddHttpMessageHandler<TwilioRetryAfterHandler>();
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
