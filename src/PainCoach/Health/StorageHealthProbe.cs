using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainCoach.Health;

public sealed record HealthResult(bool IsHealthy, string? Problem)
{
    public static HealthResult Healthy { get; } = new(true, null);

    public static HealthResult Unhealthy(string problem) => new(false, problem);
}

/// <summary>Answers whether Table Storage responds, within <see cref="PainCoachOptions.HealthTimeout"/>.</summary>
public sealed class StorageHealthProbe(TableServiceClient tables, IOptions<PainCoachOptions> options, ILogger<StorageHealthProbe> logger)
{
    public async Task<HealthResult> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HealthTimeout);
        try
        {
            // Listing at most one table is the cheapest call that proves the account answers and we may read it.
            await using var pages = tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token)
                .AsPages(pageSizeHint: 1).GetAsyncEnumerator(timeout.Token);
            await pages.MoveNextAsync();
            return HealthResult.Healthy;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Table Storage did not answer within {Timeout}", options.Value.HealthTimeout);
            return HealthResult.Unhealthy($"Table Storage did not answer within {options.Value.HealthTimeout.TotalSeconds:0.#} s.");
        }
        catch (RequestFailedException ex)
        {
            logger.LogWarning("Table Storage answered {Status} {ErrorCode}", ex.Status, ex.ErrorCode);
            return HealthResult.Unhealthy(ex.Status == 0
                ? "Table Storage could not be reached."
                : $"Table Storage answered {ex.Status} ({ex.ErrorCode ?? "no error code"}).");
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            logger.LogWarning("Table Storage could not be reached: {ErrorType}", ex.GetType().Name);
            return HealthResult.Unhealthy("Table Storage could not be reached.");
        }
    }
}
