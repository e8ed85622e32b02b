using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainCoach.Subscriptions;

namespace PainCoach.Sms;

public static partial class SmsServiceCollectionExtensions
{
    /// <summary>App Service / Functions set these in Azure and never on a developer machine (Core Tools does not).</summary>
    private static readonly string[] AzureMarkers = ["WEBSITE_INSTANCE_ID", "WEBSITE_SITE_NAME", "CONTAINER_APP_NAME"];

    /// <summary>True when the host runs in Azure (App Service, Functions, Container Apps).</summary>
    public static bool IsRunningInAzure(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AzureMarkers.Any(name => !string.IsNullOrWhiteSpace(configuration[name]));
    }

    /// <summary>The SMS conversation, Twilio webhooks, the subscriber store and the SMS sender.</summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inAzure = IsRunningInAzure(configuration);

        services.AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.SendWindowStart < o.SendWindowEnd, "PainCoach__Sms__SendWindowStart must be before SendWindowEnd.")
            .Validate(o => PhoneNumberReader.IsKnownRegion(o.DefaultRegion), "PainCoach__Sms__DefaultRegion must be a region libphonenumber knows (e.g. US).")
            .Validate(o => TimeZones.Resolve(o.DefaultTimeZone) == o.DefaultTimeZone, "PainCoach__Sms__DefaultTimeZone must be an IANA time zone id (e.g. America/New_York).")
            .Validate(o => !inAzure || o.SubscriberKeySecret != SmsOptions.LocalSubscriberKeySecret,
                "PainCoach__Sms__SubscriberKeySecret must be set in Azure: the local default is public.")
            .ValidateOnStart();

        // Running in Azure without credentials would silently keep every SMS in a table: refuse to start instead.
        services.AddOptions<TwilioOptions>()
            .Validate(o => !inAzure || o.HasCredentials, "Twilio__AccountSid and Twilio__AuthToken are required in Azure (the local outbox is for development only).")
            .Validate(o => !o.HasCredentials || !string.IsNullOrWhiteSpace(o.FromNumber) || !string.IsNullOrWhiteSpace(o.MessagingServiceSid),
                "Twilio__FromNumber or Twilio__MessagingServiceSid is required with Twilio credentials.")
            .ValidateOnStart();

        services.TryAddSingleton<SubscriberTables>();
        services.TryAddSingleton<SubscriberKeys>();
        services.TryAddSingleton<SubscriberRepository>();
        services.TryAddSingleton<SmsTexts>();
        services.TryAddSingleton<ConversationRules>();
        services.TryAddSingleton<SmsConversation>();
        services.TryAddSingleton<TwilioWebhook>();
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<TwilioSmsSender>();
        services.TryAddSingleton<OutboxSmsSender>();
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<TwilioOptions>>().Value.HasCredentials
            ? sp.GetRequiredService<TwilioSmsSender>()
            : sp.GetRequiredService<OutboxSmsSender>());

        AddInterimAnswerSources(services);
        return services;
    }

    /// <summary>
    /// Implemented only by <c>InterimAnswerSources.cs</c> in the sms branch. A partial method without an
    /// implementation compiles to nothing, so deleting that file at merge needs no other edit.
    /// </summary>
    static partial void AddInterimAnswerSources(IServiceCollection services);
}
