using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Subscribers;

public sealed class OptionsValidationTests
{
    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        settings.TryAdd("AzureWebJobsStorage", "UseDevelopmentStorage=true");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddPainCoach(configuration).BuildServiceProvider();
    }

    /// <summary>The options the PainCoach__Sms__* settings reach: the subscriber store's and the reminder engine's.</summary>
    private static (SubscriberOptions Subscribers, ReminderOptions Reminders) Read(ServiceProvider services) =>
        (services.GetRequiredService<IOptions<SubscriberOptions>>().Value, services.GetRequiredService<IOptions<ReminderOptions>>().Value);

    [Fact]
    public void Defaults_are_valid_locally()
    {
        using var services = Compose([]);
        var (subscribers, reminders) = Read(services);
        Assert.Equal(new TimeOnly(8, 0), reminders.SendWindowStart);
        Assert.Equal(new TimeOnly(21, 0), reminders.SendWindowEnd);
        Assert.Equal("US", subscribers.DefaultRegion);
        Assert.IsType<OutboxSmsSender>(services.GetRequiredService<ISmsSender>());
    }

    [Fact]
    public void With_credentials_the_twilio_sender_is_used()
    {
        using var services = Compose(new() { ["Twilio:AccountSid"] = "AC1", ["Twilio:AuthToken"] = "t", ["Twilio:FromNumber"] = "+15005550006" });
        Assert.IsType<TwilioSmsSender>(services.GetRequiredService<ISmsSender>());
    }

    [Theory]
    [InlineData("PainCoach:Sms:DefaultTimeZone", "Mars/Olympus", "DefaultTimeZone")]
    [InlineData("PainCoach:Sms:DefaultRegion", "ZZ", "DefaultRegion")]
    [InlineData("PainCoach:Sms:SendWindowStart", "22:00", "SendWindowStart")]
    [InlineData("PainCoach:Sms:DailyCap", "0", "DailyCap")]
    [InlineData("PainCoach:Sms:SubscriberKeySecret", "short", "SubscriberKeySecret")]
    public void Bad_settings_stop_the_host_with_the_setting_named(string key, string value, string named)
    {
        using var services = Compose(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => Read(services));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_without_a_sender_number_or_service_are_refused()
    {
        using var services = Compose(new() { ["Twilio:AccountSid"] = "AC1", ["Twilio:AuthToken"] = "t" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TwilioOptions>>().Value);
        Assert.Contains("Twilio__FromNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("")]
    public void A_blank_twilio_auth_token_stops_the_host_in_azure(string token)
    {
        using var services = Compose(new()
        {
            ["WEBSITE_INSTANCE_ID"] = "instance-1", ["Twilio:AccountSid"] = "AC1", ["Twilio:AuthToken"] = token, ["Twilio:FromNumber"] = "+15005550006",
            ["PainCoach:Sms:SubscriberKeySecret"] = new string('k', 40),
        });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TwilioOptions>>().Value);
        Assert.Contains("Twilio__AuthToken is missing or blank", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID")]
    [InlineData("WEBSITE_SITE_NAME")]
    public void Azure_is_recognised_from_its_settings_not_from_the_process_environment(string marker)
    {
        Assert.True(AzureEnvironment.IsRunningInAzure(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [marker] = "x" }).Build()));
        Assert.False(AzureEnvironment.IsRunningInAzure(new ConfigurationBuilder().Build()));
    }
}
