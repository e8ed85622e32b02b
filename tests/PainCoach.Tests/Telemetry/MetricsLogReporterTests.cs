using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PainCoach.Telemetry;

namespace PainCoach.Tests.Telemetry;

public sealed class MetricsLogReporterTests : IAsyncDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLogger<MetricsLogReporter> log = new();
    private readonly ServiceProvider services;
    private readonly MetricsLogReporter reporter;

    public MetricsLogReporterTests()
    {
        services = new ServiceCollection().AddMetrics().AddSingleton<PainCoachMetrics>().BuildServiceProvider();
        reporter = new MetricsLogReporter(Options.Create(new PainCoachOptions()), services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), time, log);
    }

    [Fact]
    public async Task Counter_totals_appear_in_the_log_with_their_tags_once_per_interval()
    {
        await reporter.StartAsync(CancellationToken.None);
        var metrics = services.GetRequiredService<PainCoachMetrics>();

        metrics.TriageAnswer("urgent");
        metrics.TriageAnswer("urgent");
        metrics.FaqQuery(noMatch: true);
        metrics.InboundMessage("STOP");
        metrics.ReminderSent("ice");
        time.Advance(TimeSpan.FromMinutes(1));

        var line = await log.WaitForAsync(l => l.StartsWith("PainCoach metrics:", StringComparison.Ordinal));
        Assert.Contains("paincoach.triage.answers{level=urgent}=2", line, StringComparison.Ordinal);
        Assert.Contains("paincoach.faq.queries{outcome=no_match}=1", line, StringComparison.Ordinal);
        Assert.Contains("paincoach.sms.inbound{command=STOP}=1", line, StringComparison.Ordinal);
        Assert.Contains("paincoach.reminders.sent{kind=ice}=1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_logged_while_nothing_changed()
    {
        await reporter.StartAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(5));
        await reporter.StopAsync(CancellationToken.None);

        Assert.Empty(log.Lines);
    }

    [Fact]
    public async Task The_same_meter_of_another_container_in_the_process_is_ignored()
    {
        await reporter.StartAsync(CancellationToken.None);
        await using var otherHost = new ServiceCollection().AddMetrics().AddSingleton<PainCoachMetrics>().BuildServiceProvider();
        otherHost.GetRequiredService<PainCoachMetrics>().TriageAnswer("emergency");

        time.Advance(TimeSpan.FromMinutes(5));
        await reporter.StopAsync(CancellationToken.None);

        Assert.Empty(log.Lines);
    }

    [Fact]
    public async Task Measurements_of_other_meters_are_ignored()
    {
        await reporter.StartAsync(CancellationToken.None);
        using var other = new System.Diagnostics.Metrics.Meter("Other");
        other.CreateCounter<long>("other.count").Add(5);
        services.GetRequiredService<PainCoachMetrics>().TriageAnswer("self_care");

        await reporter.StopAsync(CancellationToken.None);

        Assert.DoesNotContain("other.count", Assert.Single(log.Lines), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await reporter.StopAsync(CancellationToken.None);
        reporter.Dispose();
        await services.DisposeAsync();
    }
}

/// <summary>Keeps formatted log lines so tests can read what an operator would see.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lines.Enqueue(formatter(state, exception));
    }

    public async Task<string> WaitForAsync(Func<string, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = lines.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(5, deadline.Token);
        }
    }
}
