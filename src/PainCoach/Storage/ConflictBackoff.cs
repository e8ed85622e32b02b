namespace PainCoach.Storage;

/// <summary>
/// The pause before trying again after losing an optimistic-concurrency race (ETag or insert) on one partition:
/// exponential with full jitter, so writers that collided spread out instead of colliding again in step.
/// </summary>
/// <remarks>
/// The pause is real elapsed time (<see cref="Task.Delay(TimeSpan, CancellationToken)"/>), not the app's
/// <see cref="TimeProvider"/>: it paces requests to the storage, which runs on the wall clock, and a fake clock in
/// tests must not freeze a retry. Nothing decides anything from it.
/// </remarks>
public static class ConflictBackoff
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(8);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>The pause after the <paramref name="lostRaces"/>-th lost race: uniform in [0, min(max, base·2^(n-1))].</summary>
    public static TimeSpan DelayAfter(int lostRaces)
    {
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(lostRaces - 1, 0, 16)));
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
#pragma warning restore CA5394
    }

    public static Task WaitAsync(int lostRaces, CancellationToken cancellationToken) =>
        Task.Delay(DelayAfter(lostRaces), cancellationToken);
}
