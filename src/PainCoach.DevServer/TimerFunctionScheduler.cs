using Microsoft.Azure.Functions.Worker;

namespace PainCoach.DevServer;

/// <summary>
/// Runs each timer function on its schedule, as the Functions host would: one run at a time per function (the next
/// occurrence is computed after a run ends, so a slow run is never overlapped), and an exception is logged without
/// stopping the schedule. Schedules are evaluated in UTC, the Functions default. The run gets the occurrence it fired
/// for as <c>ScheduleStatus.Next</c>, as the Functions host passes it, even when the timer woke a hair early.
/// </summary>
public sealed class TimerFunctionScheduler : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider time;
    private readonly ILogger<TimerFunctionScheduler> logger;

    public TimerFunctionScheduler(IEnumerable<ScheduledTimer> timers, IServiceScopeFactory scopes, TimeProvider time, ILogger<TimerFunctionScheduler> logger)
    {
        this.scopes = scopes;
        this.time = time;
        this.logger = logger;
        Loops = timers.Select(t => new TimerLoop(t)).ToList();
    }

    public IReadOnlyList<TimerLoop> Loops { get; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Loops.Select(loop => RunLoopAsync(loop, stoppingToken)));

    private async Task RunLoopAsync(TimerLoop loop, CancellationToken stoppingToken)
    {
        // Leave the host's start path before the first wait.
        await Task.Yield();
        DateTime? last = null;

        if (loop.Timer.Function.RunOnStartup)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await InvokeAsync(loop, new TimerInfo { ScheduleStatus = new ScheduleStatus { Next = now, LastUpdated = now } }, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();

            // A timer may wake a hair before its occurrence; counting from that occurrence (not the clock) keeps the
            // same occurrence from running twice, as the Functions host does.
            var from = last is { } previous && previous > now.UtcDateTime ? previous : now.UtcDateTime;
            var next = DateTime.SpecifyKind(loop.Timer.Schedule.GetNextOccurrence(from), DateTimeKind.Utc);

            // Start the wait before publishing NextDue, so whoever sees NextDue may move the clock at once.
            var wait = Task.Delay(AtMostMaxWait(next - now.UtcDateTime), time, stoppingToken);
            loop.NextDue = new DateTimeOffset(next);
            try
            {
                await wait;

                // A timer waits at most about 49 days; a later occurrence (a yearly schedule) is waited for in steps.
                // Only a capped wait goes on: a timer that woke a hair early runs now, for the occurrence it was set for.
                while (next - time.GetUtcNow().UtcDateTime > MaxWaitStepSlack)
                {
                    await Task.Delay(AtMostMaxWait(next - time.GetUtcNow().UtcDateTime), time, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var startedAt = time.GetUtcNow().UtcDateTime;
            var info = new TimerInfo
            {
                IsPastDue = startedAt - next > TimeSpan.FromSeconds(1),
                ScheduleStatus = new ScheduleStatus { Last = last ?? default, Next = next, LastUpdated = startedAt },
            };
            loop.NextDue = null;
            await InvokeAsync(loop, info, stoppingToken);
            last = next;
        }
    }

    private async Task InvokeAsync(TimerLoop loop, TimerInfo info, CancellationToken stoppingToken)
    {
        var name = loop.Timer.Function.Name;
        var started = time.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await FunctionInvoker.InvokeTimerAsync(loop.Timer.Function, scope.ServiceProvider, info, stoppingToken);
            logger.LogInformation("Executed 'Functions.{Function}' (Succeeded, Duration={DurationMs:0}ms)", name, time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Timer function {Function} cancelled by shutdown", name);
        }
#pragma warning disable CA1031 // A failed run must not end the schedule, as in the Functions host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Executed 'Functions.{Function}' (Failed, Duration={DurationMs:0}ms)", name, time.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            Interlocked.Increment(ref loop.completedRunCount);
        }
    }

    /// <summary>One timer function's state, observable by tests and logs.</summary>
    public sealed class TimerLoop(ScheduledTimer timer)
    {
        internal int completedRunCount;

        public ScheduledTimer Timer { get; } = timer;

        /// <summary>The occurrence the loop is waiting for; null while a run is in progress.</summary>
        public DateTimeOffset? NextDue { get; internal set; }

        public int CompletedRuns => Volatile.Read(ref completedRunCount);
    }

    private static TimeSpan AtMostMaxWait(TimeSpan wait) => wait > MaxWait ? MaxWait : wait;

    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(30);

    /// <summary>Left to wait after a wait ended: more than this means the wait was capped, not a timer waking early.</summary>
    private static readonly TimeSpan MaxWaitStepSlack = TimeSpan.FromSeconds(1);
}
