using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Widget;

public static class WidgetServiceCollectionExtensions
{
    /// <summary>The clinic's and the widget's settings (validated at start), CORS, and the served script and demo page.</summary>
    public static IServiceCollection AddWidget(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inAzure = AzureEnvironment.IsRunningInAzure(configuration);

        services.AddOptions<ClinicOptions>().Bind(configuration.GetSection(ClinicOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClinicOptions>>(sp => new ClinicOptionsValidator(sp.GetRequiredService<IOptions<SubscriberOptions>>(), inAzure));
        services.AddOptions<WidgetOptions>().Bind(configuration.GetSection(WidgetOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WidgetOptions>>(new WidgetOptionsValidator(inAzure));

        services.TryAddSingleton<WidgetCorsPolicy>();
        services.TryAddSingleton(sp => WidgetSettings.From(
            sp.GetRequiredService<IOptions<ClinicOptions>>(), sp.GetRequiredService<IOptions<TwilioOptions>>(), sp.GetRequiredService<IOptions<SubscriberOptions>>()));
        services.TryAddSingleton<WidgetAssets>();
        return services;
    }
}
