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

/// <summary>
/// Answers whether Table Storage takes what the app writes, within <see cref="PainCoachOptions.HealthTimeout"/>: it
/// writes, reads back and deletes one row of its own table (<see cref="TableName"/>), through the same client as every
/// store, which re-creates a missing table. Listing tables alone said "healthy" while an emptied storage refused
/// every JOIN, sign-up and erasure with TableNotFound, and it cannot see a read-only identity either (issue 15).
/// </summary>
public sealed partial class StorageHealthProbe(TableServiceClient tables, IOptions<PainCoachOptions> options, ILogger<StorageHealthProbe> logger)
{
    public const string TableName = "HealthProbe";

    public async Task<HealthResult> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HealthTimeout);
        try
        {
            // A row of its own per probe, so concurrent probes (several instances) never meet; deleted at once.
            var table = tables.GetTableClient(TableName);
            var row = new TableEntity("probe", Guid.NewGuid().ToString("N"));
            await table.AddEntityAsync(row, timeout.Token);
            var read = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: timeout.Token);
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, timeout.Token);
            return read.HasValue
                ? HealthResult.Healthy
                : HealthResult.Unhealthy("Table Storage accepted a write but could not read it back.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimeout(options.Value.HealthTimeout);
            return HealthResult.Unhealthy($"Table Storage did not answer within {options.Value.HealthTimeout.TotalSeconds:0.#} s.");
        }
        catch (RequestFailedException ex)
        {
            LogFailed(ex.Status, ex.ErrorCode);
            return HealthResult.Unhealthy(ex.Status == 0
                ? "Table Storage could not be reached."
                : $"Table Storage answered {ex.Status} ({ex.ErrorCode ?? "no error code"}).");
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            LogUnreachable(ex.GetType().Name);
            return HealthResult.Unhealthy("Table Storage could not be reached.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage did not answer within {Timeout}")]
    private partial void LogTimeout(TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage answered {Status} {ErrorCode}")]
    private partial void LogFailed(int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage could not be reached: {ErrorType}")]
    private partial void LogUnreachable(string errorType);
}
