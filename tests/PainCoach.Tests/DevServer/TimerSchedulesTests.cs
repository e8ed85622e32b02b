using Microsoft.Extensions.Configuration;
using PainCoach.DevServer;

namespace PainCoach.Tests.DevServer;

public sealed class TimerSchedulesTests
{
    private static readonly TimerFunction ReminderTimer =
        new("ReminderTimer", typeof(TimerSchedulesTests).GetMethod(nameof(ToString))!, "%REMINDER_SCHEDULE%", RunOnStartup: false);

    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void A_setting_reference_is_resolved_and_parsed_with_seconds()
    {
        var timer = TimerSchedules.Resolve(ReminderTimer, Settings(("REMINDER_SCHEDULE", "30 */5 * * * *")));

        Assert.Equal("30 */5 * * * *", timer.Expression);
        var next = timer.Schedule.GetNextOccurrence(new DateTime(2026, 1, 1, 10, 0, 31, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 1, 1, 10, 5, 30), next);
    }

    [Theory]
    [InlineData("not a cron")]
    [InlineData("* * * * *")]
    [InlineData("0 61 * * * *")]
    public void An_invalid_schedule_is_refused_in_one_line_that_names_the_setting(string expression)
    {
        var error = Assert.Throws<DevServerConfigurationException>(
            () => TimerSchedules.Resolve(ReminderTimer, Settings(("REMINDER_SCHEDULE", expression))));

        Assert.StartsWith($"REMINDER_SCHEDULE='{expression}' is not a valid NCRONTAB schedule", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_setting_is_refused_by_name()
    {
        var error = Assert.Throws<DevServerConfigurationException>(() => TimerSchedules.Resolve(ReminderTimer, Settings()));

        Assert.Equal("REMINDER_SCHEDULE is not set; timer 'ReminderTimer' needs it as its schedule.", error.Message);
    }

    [Fact]
    public void A_literal_schedule_needs_no_setting()
    {
        var literal = ReminderTimer with { Schedule = "0 0 8 * * *" };

        var timer = TimerSchedules.Resolve(literal, Settings());

        Assert.Equal("0 0 8 * * *", timer.Expression);
    }
}
