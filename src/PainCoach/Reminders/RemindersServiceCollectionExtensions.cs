using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PainCoach.Reminders;

public static class RemindersServiceCollectionExtensions
{
    private static readonly string[] SharedWithSms = [nameof(ReminderOptions.SendWindowStart), nameof(ReminderOptions.SendWindowEnd), nameof(ReminderOptions.DailyCap)];

    /// <summary>The reminder engine: options, planner, tables, dispatcher, scheduler and history.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The send window and cap are documented as PainCoach__Sms__*: bound after PainCoach__Reminders__*, so they win.
        var sms = configuration.GetSection(ReminderOptions.SmsSectionName);
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Configure(options =>
            {
                var shared = new ConfigurationBuilder()
                    .AddInMemoryCollection(SharedWithSms.Where(name => sms[name] is not null).Select(name => KeyValuePair.Create(name, sms[name])))
                    .Build();
                shared.Bind(options);
            })
            .ValidateDataAnnotations()
            .Validate(o => o.SendWindowStart < o.SendWindowEnd, "PainCoach__Sms__SendWindowStart must be before SendWindowEnd.")
            .Validate(o => !ReminderOptions.Problems(o).Any(), "PainCoach:Reminders is inconsistent: check the send window, retry delays and claim lease.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => new ReminderPlanner(sp.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.TryAddSingleton<ReminderStore>();
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<ReminderScheduler>();
        services.TryAddSingleton<IReminderHistory, ReminderHistory>();
        return services;
    }
}
