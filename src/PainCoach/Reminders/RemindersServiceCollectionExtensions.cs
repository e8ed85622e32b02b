using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainCoach.Sms;
using PainCoach.Subscriptions;

namespace PainCoach.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>The reminder engine: options, planner, tables, Twilio sender, dispatcher and scheduler.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            // One send window and one daily cap, set under PainCoach__Sms__*: TIME refuses, the JOIN text discloses
            // and the engine enforces the same values. Bound (not resolved) here, so an SMS setting error is reported once.
            .Configure(reminders =>
            {
                var sms = configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>() ?? new SmsOptions();
                reminders.SendWindowStart = sms.SendWindowStart;
                reminders.SendWindowEnd = sms.SendWindowEnd;
                reminders.DailyCap = sms.DailyCap;
            })
            .ValidateDataAnnotations()
            .Validate(o => !ReminderOptions.Problems(o).Any(), "PainCoach:Reminders is inconsistent: check the send window, retry delays and claim lease.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => new ReminderPlanner(sp.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.TryAddSingleton<ReminderStore>();
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<IReminderScheduler, ReminderScheduler>();
        services.TryAddSingleton<TwilioReminderSender>();
        services.TryAddSingleton<OutboxReminderSender>();
        services.TryAddSingleton<IReminderSender>(sp => sp.GetRequiredService<IOptions<TwilioOptions>>().Value.HasCredentials
            ? sp.GetRequiredService<TwilioReminderSender>()
            : sp.GetRequiredService<OutboxReminderSender>());

        // The subscriber table (Subscriptions) is the engine's source of truth about people.
        services.TryAddSingleton<IReminderSubscribers, SubscriberReminderDirectory>();
        services.TryAddSingleton<ISubscriberScheduleSync, ReminderScheduleSync>();
        services.TryAddSingleton<IReminderHistory, ReminderHistory>();

        services.AddTransient<TwilioRetryAfterHandler>();
        services.AddHttpClient(PainCoachServiceCollectionExtensions.TwilioHttpClientName).AddHttpMessageHandler<TwilioRetryAfterHandler>();
        return services;
    }
}
