using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PainCoach.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>The reminder engine: options, planner, tables, Twilio sender, dispatcher and scheduler.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !ReminderOptions.Problems(o).Any(), "PainCoach:Reminders is inconsistent: check the send window, retry delays and claim lease.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => new ReminderPlanner(sp.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.TryAddSingleton<ReminderStore>();
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<IReminderScheduler, ReminderScheduler>();
        services.TryAddSingleton<IReminderSender, TwilioReminderSender>();

        // Until the subscriber table exists (issue 4) nobody is known; the lead registers the real adapter.
        services.TryAddSingleton<IReminderSubscribers, NoReminderSubscribers>();

        services.AddTransient<TwilioRetryAfterHandler>();
        services.AddHttpClient(PainCoachServiceCollectionExtensions.TwilioHttpClientName).AddHttpMessageHandler<TwilioRetryAfterHandler>();
        return services;
    }
}
