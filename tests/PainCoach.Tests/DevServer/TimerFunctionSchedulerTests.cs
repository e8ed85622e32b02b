using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PainCoach.DevServer;

namespace PainCoach.Tests.DevServer;

public sealed class TimerFunctionSchedulerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, 500, TimeSpan.Zero);
    // Only a bound on real-time waits for thread scheduling (the clock is fake): generous, as the unit and integration
    // suites share two cores in CI and the red-flag corpus tests keep them busy for minutes.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider time = new(Start);
    private readonly TimerProbe probe = new();
    private readonly ServiceProvider services;
    private TimerFunctionScheduler? scheduler;

    public TimerFunctionSchedulerTests()
    {
        services = new ServiceCollection().AddSingleton(probe).AddSingleton<TimeProvider>(time).BuildServiceProvider();
    }

    [Fact]
    public async Task A_timer_runs_at_each_occurrence_of_its_schedule()
    {
        var loop = await StartAsync<CountingTimer>("*/10 * * * * *");

        await AdvanceToNextDueAsync(loop);
        await probe.WaitForRunsAsync(1, Deadline);
        await AdvanceToNextDueAsync(loop);
        await probe.WaitForRunsAsync(2, Deadline);

        Assert.Equal([Start.AddSeconds(9.5), Start.AddSeconds(19.5)], probe.RunTimes);
        Assert.All(probe.Infos, info => Assert.False(info.IsPastDue));
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 20, DateTimeKind.Utc), probe.Infos[1].ScheduleStatus!.Next);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 10, DateTimeKind.Utc), probe.Infos[1].ScheduleStatus!.Last);
    }

    [Fact]
    public async Task A_schedule_further_away_than_a_timer_can_wait_runs_on_time_instead_of_stopping_the_host()
    {
        var loop = await StartAsync<CountingTimer>("0 0 0 1 1 *"); // next 1 January: about 10 months away

        await AdvanceToNextDueAsync(loop);
        await probe.WaitForRunsAsync(1, Deadline);

        Assert.Equal([new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)], probe.RunTimes);
    }

    [Fact]
    public async Task A_slow_run_is_never_overlapped_and_missed_occurrences_are_not_replayed()
    {
        probe.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = await StartAsync<CountingTimer>("* * * * * *");

        await AdvanceToNextDueAsync(loop);
        await probe.WaitForStartsAsync(1, Deadline);
        time.Advance(TimeSpan.FromSeconds(30)); // thirty occurrences pass while the first run is still busy
        probe.Gate.SetResult();
        await probe.WaitForRunsAsync(1, Deadline);
        await AdvanceToNextDueAsync(loop);
        await probe.WaitForRunsAsync(2, Deadline);

        Assert.Equal(1, probe.MaxConcurrent);
        Assert.Equal(2, probe.Starts);
    }

    [Fact]
    public async Task A_run_that_throws_is_logged_and_the_next_run_still_happens()
    {
        var loop = await StartAsync<ThrowingOnceTimer>("0 * * * * *");

        await AdvanceToNextDueAsync(loop);
        await WaitUntilAsync(() => loop.CompletedRuns == 1);
        await AdvanceToNextDueAsync(loop);
        await probe.WaitForRunsAsync(1, Deadline);

        Assert.Equal(2, loop.CompletedRuns);
        Assert.Equal([new DateTimeOffset(2026, 3, 1, 9, 2, 0, TimeSpan.Zero)], probe.RunTimes);
    }

    public async ValueTask DisposeAsync()
    {
        if (scheduler is not null)
        {
            probe.Gate?.TrySetResult();
            await scheduler.StopAsync(CancellationToken.None);
            scheduler.Dispose();
        }

        await services.DisposeAsync();
        probe.Dispose();
    }

    private async Task<TimerFunctionScheduler.TimerLoop> StartAsync<TFunction>(string expression)
    {
        var function = Assert.Single(FunctionCatalog.Discover([typeof(TFunction)]).Timers);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("SCHEDULE", (string?)expression)]).Build();
        var scheduled = TimerSchedules.Resolve(function with { Schedule = "%SCHEDULE%" }, configuration);
        scheduler = new TimerFunctionScheduler([scheduled], services.GetRequiredService<IServiceScopeFactory>(), time, NullLogger<TimerFunctionScheduler>.Instance);
        // Started off the test's synchronization context, as a host starts it: otherwise the timer loop's and the
        // functions' continuations queue behind xUnit's two test threads, which other tests may hold for minutes.
        await Task.Run(() => scheduler.StartAsync(CancellationToken.None));
        return Assert.Single(scheduler.Loops);
    }

    /// <summary>Waits until the loop is parked on its next occurrence, then moves the clock exactly there.</summary>
    private async Task AdvanceToNextDueAsync(TimerFunctionScheduler.TimerLoop loop)
    {
        await WaitUntilAsync(() => loop.NextDue is { } due && due > time.GetUtcNow());
        time.Advance(loop.NextDue!.Value - time.GetUtcNow());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!condition())
        {
            await Task.Delay(5, deadline.Token);
        }
    }
}

public sealed class TimerProbe : IDisposable
{
    private readonly ConcurrentQueue<DateTimeOffset> runTimes = new();
    private readonly ConcurrentQueue<TimerInfo> infos = new();
    private readonly SemaphoreSlim runs = new(0);
    private readonly SemaphoreSlim starts = new(0);
    private int concurrent;
    private int maxConcurrent;
    private int startCount;
    private int calls;

    public TaskCompletionSource? Gate { get; set; }

    public IReadOnlyList<DateTimeOffset> RunTimes => [.. runTimes];

    public IReadOnlyList<TimerInfo> Infos => [.. infos];

    public int MaxConcurrent => Volatile.Read(ref maxConcurrent);

    public int Starts => Volatile.Read(ref startCount);

    public void Dispose()
    {
        runs.Dispose();
        starts.Dispose();
    }

    public bool IsFirstCall() => Interlocked.Increment(ref calls) == 1;

    public async Task RecordAsync(TimeProvider time, TimerInfo info)
    {
        Interlocked.Increment(ref startCount);
        var now = Interlocked.Increment(ref concurrent);
        InterlockedMax(ref maxConcurrent, now);
        starts.Release();
        if (Gate is { } gate)
        {
            await gate.Task;
            Gate = null;
        }

        runTimes.Enqueue(time.GetUtcNow());
        infos.Enqueue(info);
        Interlocked.Decrement(ref concurrent);
        runs.Release();
    }

    public Task WaitForRunsAsync(int count, TimeSpan deadline) => WaitAsync(runs, count, () => runTimes.Count, deadline);

    public Task WaitForStartsAsync(int count, TimeSpan deadline) => WaitAsync(starts, count, () => Starts, deadline);

    private static async Task WaitAsync(SemaphoreSlim signal, int count, Func<int> current, TimeSpan deadline)
    {
        using var cts = new CancellationTokenSource(deadline);
        while (current() < count)
        {
            await signal.WaitAsync(cts.Token);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

public sealed class CountingTimer(TimerProbe probe, TimeProvider time)
{
    [Function("Counting")]
    public Task Run([TimerTrigger("%SCHEDULE%")] TimerInfo timer) => probe.RecordAsync(time, timer);
}

public sealed class ThrowingOnceTimer(TimerProbe probe, TimeProvider time)
{
    [Function("ThrowingOnce")]
    public Task Run([TimerTrigger("%SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        probe.IsFirstCall()
            ? throw new InvalidOperationException("first run fails")
            : probe.RecordAsync(time, timer);
}
