using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainCoach.Faq;
using PainCoach.Health;
using PainCoach.Language;
using PainCoach.Reminders;
using PainCoach.Sms;
using PainCoach.Storage;
using PainCoach.Telemetry;
using PainCoach.Triage;
using Twilio.Clients;

namespace PainCoach;

public static class PainCoachServiceCollectionExtensions
{
    internal const string TwilioHttpClientName = "twilio";

    /// <summary>
    /// Composes PainCoach for any host. The Functions worker and the DevServer both call this and nothing else,
    /// so they cannot drift apart.
    /// </summary>
    public static IServiceCollection AddPainCoach(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<PainCoachOptions>()
            .Bind(configuration.GetSection(PainCoachOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.SectionName))
            .Validate(o => o.ApiBaseUrl is null || o.ApiBaseUrl.IsAbsoluteUri, "Twilio__ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.WebhookBaseUrl is null || o.WebhookBaseUrl.IsAbsoluteUri, "Twilio__WebhookBaseUrl must be an absolute URL.")
            .ValidateOnStart();

        // Built eagerly so a malformed AzureWebJobsStorage stops the host at start with a clear reason.
        var tableServiceClient = StorageConnection.CreateTableServiceClient(configuration);
        services.TryAddSingleton(tableServiceClient);
        services.TryAddSingleton<StorageHealthProbe>();

        services.AddMetrics();
        services.TryAddSingleton<PainCoachMetrics>();
        services.AddHostedService<MetricsLogReporter>();

        services.AddTransient<TwilioApiBaseUrlHandler>();
        services.AddHttpClient(TwilioHttpClientName).AddHttpMessageHandler<TwilioApiBaseUrlHandler>();
        services.TryAddSingleton<ITwilioRestClient>(sp =>
        {
            var twilio = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioHttpClientName);
            return new TwilioRestClient(
                twilio.AccountSid ?? string.Empty,
                twilio.AuthToken ?? string.Empty,
                httpClient: new Twilio.Http.SystemNetHttpClient(http));
        });

        services.AddLanguage();
        services.AddFaq();
        services.AddTriage();
        services.AddSms(configuration);
        services.AddReminders(configuration);

        return services;
    }
}
