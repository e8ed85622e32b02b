using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using PainCoach.Telemetry;

namespace PainCoach.Tests.Telemetry;

/// <summary>A real <see cref="PainCoachMetrics"/> on its own meter factory, with a collector for one counter.</summary>
public sealed class TestMetrics : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public TestMetrics()
    {
        Metrics = new PainCoachMetrics(services.GetRequiredService<IMeterFactory>());
    }

    public PainCoachMetrics Metrics { get; }

    public MetricCollector<long> Collect(string instrument) =>
        new(services.GetRequiredService<IMeterFactory>(), PainCoachMetrics.MeterName, instrument);

    public void Dispose() => services.Dispose();
}
