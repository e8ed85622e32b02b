using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Telephony;

namespace PainCoach.Subscribers;

public static class SubscribersServiceCollectionExtensions
{
    /// <summary>The subscriber store: options, keys, tables, the repository and the directory the engine reads.</summary>
    public static IServiceCollection AddSubscribers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inAzure = AzureEnvironment.IsRunningInAzure(configuration);

        services.AddOptions<SubscriberOptions>()
            .Bind(configuration.GetSection(SubscriberOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => PhoneNumberReader.IsKnownRegion(o.DefaultRegion), "PainCoach__Sms__DefaultRegion must be a region libphonenumber knows (e.g. US).")
            .Validate(o => TimeZones.Resolve(o.DefaultTimeZone) == o.DefaultTimeZone, "PainCoach__Sms__DefaultTimeZone must be an IANA time zone id (e.g. America/New_York).")
            .Validate(o => !inAzure || o.SubscriberKeySecret != SubscriberOptions.LocalSubscriberKeySecret,
                "PainCoach__Sms__SubscriberKeySecret must be set in Azure: the local default is public.")
            .ValidateOnStart();

        services.TryAddSingleton<SubscriberTables>();
        services.TryAddSingleton<SubscriberKeys>();
        services.TryAddSingleton<WebhookReplayRegister>();
        services.TryAddSingleton<SubscriberRepository>();
        services.TryAddSingleton<PendingOptOuts>();
        services.TryAddSingleton<ISubscriberDirectory, SubscriberDirectory>();
        return services;
    }
}
