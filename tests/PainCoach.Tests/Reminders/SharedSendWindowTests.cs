using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PainCoach.Reminders;

namespace PainCoach.Tests.Reminders;

public sealed class SharedSendWindowTests
{
    [Fact]
    public void The_engine_uses_the_send_window_and_cap_that_sms_keywords_refuse_and_disclose()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PainCoach:Sms:SendWindowStart"] = "09:30",
            ["PainCoach:Sms:SendWindowEnd"] = "20:00",
            ["PainCoach:Sms:DailyCap"] = "4",
            ["PainCoach:Reminders:DailyCap"] = "9",
        }).Build();
        using var services = new ServiceCollection().AddReminders(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<ReminderOptions>>().Value;

        Assert.Equal(new TimeOnly(9, 30), options.SendWindowStart);
        Assert.Equal(new TimeOnly(20, 0), options.SendWindowEnd);
        Assert.Equal(4, options.DailyCap);
    }

    [Fact]
    public void The_window_and_cap_can_also_be_set_under_their_own_reminder_names()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PainCoach:Reminders:SendWindowStart"] = "10:00",
            ["PainCoach:Reminders:DailyCap"] = "3",
        }).Build();
        using var services = new ServiceCollection().AddReminders(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<ReminderOptions>>().Value;

        Assert.Equal(new TimeOnly(10, 0), options.SendWindowStart);
        Assert.Equal(new TimeOnly(21, 0), options.SendWindowEnd);
        Assert.Equal(3, options.DailyCap);
    }

    [Theory]
    [InlineData("1.00:00:00", false)] // shorter than DONE's look-back: DONE could lose the reminder it answers
    [InlineData("2.00:00:00", true)]
    [InlineData("90.00:00:00", true)]
    [InlineData("91.00:00:00", false)]
    public void Claim_retention_is_validated_at_start(string retention, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PainCoach:Reminders:ClaimRetention"] = retention,
        }).Build();
        using var services = new ServiceCollection().AddReminders(configuration).BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<ReminderOptions>>().Value;

        if (valid)
        {
            Assert.Equal(TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture), read().ClaimRetention);
        }
        else
        {
            Assert.Contains("ClaimRetention", Assert.Throws<OptionsValidationException>(read).Message, StringComparison.Ordinal);
        }
    }
}
