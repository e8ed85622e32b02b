using System.Text.RegularExpressions;
using NCrontab;

namespace PainCoach.DevServer;

public sealed record ScheduledTimer(TimerFunction Function, string Expression, CrontabSchedule Schedule);

/// <summary>Resolves <c>%SETTING%</c> in timer schedules from configuration and parses NCRONTAB with seconds.</summary>
public static partial class TimerSchedules
{
    public static IReadOnlyList<ScheduledTimer> Resolve(IEnumerable<TimerFunction> timers, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(timers);
        return timers.Select(t => Resolve(t, configuration)).ToList();
    }

    public static ScheduledTimer Resolve(TimerFunction timer, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = SettingReference().Replace(timer.Schedule, match =>
        {
            var name = match.Groups["name"].Value;
            var value = configuration[LocalSettings.ToConfigurationKey(name)];
            return string.IsNullOrWhiteSpace(value)
                ? throw new DevServerConfigurationException($"{name} is not set; timer '{timer.Name}' needs it as its schedule.")
                : value.Trim();
        });

        var source = timer.Schedule.Contains('%', StringComparison.Ordinal) ? timer.Schedule.Trim('%') : $"timer '{timer.Name}'";
        var schedule = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new DevServerConfigurationException(
                $"{source}='{expression}' is not a valid NCRONTAB schedule with six fields (second minute hour day month day-of-week), e.g. '0 * * * * *'.");
        return new ScheduledTimer(timer, expression, schedule);
    }

    [GeneratedRegex("%(?<name>[A-Za-z0-9_:.\\-]+)%")]
    private static partial Regex SettingReference();
}
