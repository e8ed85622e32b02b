using Azure.Data.Tables;

namespace PainCoach.Storage;

/// <summary>
/// The one way tables are created: once per process, on first use, all of a capability's tables together. A failure
/// (storage down at start) is not remembered, so the next call tries again; callers that arrive while creation is
/// under way wait for it.
/// </summary>
public sealed class TablesOnce(params TableClient[] tables)
{
    private Task? created;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        // Not cancelled by the first caller's token: others may be waiting on the same creation.
        var creating = created ??= Task.WhenAll(tables.Select(t => t.CreateIfNotExistsAsync(CancellationToken.None)));
        try
        {
            await creating.WaitAsync(cancellationToken);
        }
        catch (Exception) when (creating.IsFaulted)
        {
            _ = Interlocked.CompareExchange(ref created, null, creating);
            throw;
        }
    }
}
