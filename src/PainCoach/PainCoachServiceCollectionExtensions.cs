using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Conversation;
using PainCoach.Faq;
using PainCoach.Health;
using PainCoach.Language;
using PainCoach.Reminders;
using PainCoach.Signup;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telemetry;
using PainCoach.Telephony;
using PainCoach.Triage;
using PainCoach.Widget;

namespace PainCoach;

public static class PainCoachServiceCollectionExtensions
{
    /// <summary>
    /// Composes PainCoach for any host. The Functions worker and the DevServer both call this and nothing else,
    /// so they cannot drift apart. The one place that knows every capability.
    /// </summary>
    public static IServiceCollection AddPainCoach(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<PainCoachOptions>()
            .Bind(configuration.GetSection(PainCoachOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Built eagerly so a malformed AzureWebJobsStorage stops the host at start with a clear reason.
        var tableServiceClient = StorageConnection.CreateTableServiceClient(configuration);
        services.TryAddSingleton(tableServiceClient);
        services.TryAddSingleton<StorageHealthProbe>();

        services.AddMetrics();
        services.TryAddSingleton<PainCoachMetrics>();
        services.AddHostedService<MetricsLogReporter>();

        services.AddLanguage();
        services.AddFaq();
        services.AddTriage();
        services.AddTelephony(configuration);
        services.AddSubscribers(configuration);
        services.AddReminders(configuration);
        services.AddConversation();

        // The clinic's side: sign-up with double opt-in, look-up and erasure.
        services.TryAddSingleton<SignupTexts>();
        services.TryAddSingleton<SubscriptionService>();

        // The clinic's website: the widget, its settings and CORS.
        services.AddWidget(configuration);

        return services;
    }
}
