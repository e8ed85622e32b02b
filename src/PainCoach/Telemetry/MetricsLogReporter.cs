using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainCoach.Telemetry;

/// <summary>
/// Listens to the PainCoach meter and logs the running totals when they change, so the figures Azure Monitor
/// gets also show in a local console (DevServer) and in the Functions log stream.
/// </summary>
public sealed class MetricsLogReporter(
    IOptions<PainCoachOptions> options, IMeterFactory meterFactory, TimeProvider time, ILogger<MetricsLogReporter> logger) : BackgroundService
{
    /// <summary>Totals so far, keyed like <c>paincoach.triage.answers{level=urgent}</c>.</summary>
    private readonly ConcurrentDictionary<string, long> totals = new(StringComparer.Ordinal);
    private MeterListener? listener;
    private PeriodicTimer? timer;
    private long changes;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                // Only this host's meter (same factory): another container in the process has its own totals.
                if (instrument.Meter.Name == PainCoachMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>(OnMeasurement);
        listener.Start();
        // Created here, not in ExecuteAsync (which runs later on the thread pool), so the interval starts now.
        timer = new PeriodicTimer(options.Value.MetricsLogInterval, time);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reported = 0L;
        try
        {
            while (timer is not null && await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = Interlocked.Read(ref changes);
                if (now != reported)
                {
                    reported = now;
                    Report();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        listener?.Dispose();
        timer?.Dispose();
        if (Interlocked.Read(ref changes) > 0)
        {
            Report();
        }
    }

    internal void Report()
    {
        var summary = string.Join(", ", totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}={t.Value}")));
        logger.LogInformation("PainCoach metrics: {Metrics}", summary);
    }

    private void OnMeasurement(Instrument instrument, long measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var key = instrument.Name;
        if (tags.Length > 0)
        {
            var parts = new string[tags.Length];
            for (var i = 0; i < tags.Length; i++)
            {
                parts[i] = $"{tags[i].Key}={tags[i].Value}";
            }

            key = $"{key}{{{string.Join(",", parts)}}}";
        }

        totals.AddOrUpdate(key, measurement, (_, total) => total + measurement);
        Interlocked.Increment(ref changes);
    }
}
