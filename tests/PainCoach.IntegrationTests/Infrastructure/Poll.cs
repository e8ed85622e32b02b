namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>Waits for a condition with a deadline instead of sleeping a guessed time.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, string what)
    {
        using var cts = new CancellationTokenSource(deadline);
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }

                await Task.Delay(50, cts.Token);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up after {deadline.TotalSeconds:0} s waiting for {what}.");
            }
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan deadline, string what) =>
        UntilAsync(() => Task.FromResult(condition()), deadline, what);
}
