using Azure;
using Azure.Data.Tables;

namespace PainCoach.Reminders;

/// <summary>
/// One run's writes to the due index: each handled reminder adds its next occurrence's entry and the removal of its
/// own. They are grouped by partition (a due minute's shard: a whole minute's reminders share four, and tomorrow's
/// entries of today's minute share four more) and written in entity-group transactions of up to 100, so the due
/// index costs a few requests per run instead of two per reminder. Never across partitions: Azure rejects such
/// batches even though Azurite accepts them. Entries are always written before removals are, so a crash in between
/// leaves an entry that the next run finishes (its claim is final), never a series with nothing due.
/// </summary>
public sealed class DueIndexBatch : IDisposable
{
    /// <summary>Pending writes past which the adding worker flushes (unless a flush is already running).</summary>
    internal const int FlushThreshold = 400;

    private readonly TableClient due;
    private readonly Lock gate = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private Dictionary<(string, string), DueEntity> puts = [];
    private Dictionary<(string, string), DueEntity> deletes = [];

    internal DueIndexBatch(TableClient due) => this.due = due;

    public int Pending
    {
        get
        {
            lock (gate)
            {
                return puts.Count + deletes.Count;
            }
        }
    }

    public void Dispose() => flushing.Dispose();

    /// <summary>Writes <paramref name="entry"/> with the next flush.</summary>
    public void Put(DueEntity entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            puts[(entry.PartitionKey, entry.RowKey)] = entry;
            deletes.Remove((entry.PartitionKey, entry.RowKey));
        }
    }

    /// <summary>Removes <paramref name="entry"/> with the next flush, after the entries written before it.</summary>
    public void Delete(DueEntity entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            deletes[(entry.PartitionKey, entry.RowKey)] = entry;
            puts.Remove((entry.PartitionKey, entry.RowKey));
        }
    }

    /// <summary>Flushes when enough is pending and no other flush runs; the run's final <see cref="FlushAsync"/> writes the rest.</summary>
    public async Task FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (Pending >= FlushThreshold && await flushing.WaitAsync(0, cancellationToken))
        {
            try
            {
                await FlushHeldAsync(cancellationToken);
            }
            finally
            {
                flushing.Release();
            }
        }
    }

    /// <summary>Writes everything pending: entries first, then removals, each partition in batches of at most 100.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            await FlushHeldAsync(cancellationToken);
        }
        finally
        {
            flushing.Release();
        }
    }

    private async Task FlushHeldAsync(CancellationToken cancellationToken)
    {
        Dictionary<(string, string), DueEntity> toPut, toDelete;
        lock (gate)
        {
            (toPut, puts) = (puts, []);
            (toDelete, deletes) = (deletes, []);
        }

        try
        {
            await SubmitAsync(toPut.Values, TableTransactionActionType.UpsertReplace, cancellationToken);
        }
        catch
        {
            // Nothing may be removed before what replaces it is written: keep the removals for the next flush.
            Requeue(toPut, toDelete);
            throw;
        }

        try
        {
            await SubmitAsync(toDelete.Values, TableTransactionActionType.Delete, cancellationToken);
        }
        catch
        {
            Requeue([], toDelete);
            throw;
        }
    }

    private void Requeue(Dictionary<(string, string), DueEntity> toPut, Dictionary<(string, string), DueEntity> toDelete)
    {
        lock (gate)
        {
            foreach (var (key, entry) in toPut)
            {
                puts.TryAdd(key, entry);
            }

            foreach (var (key, entry) in toDelete)
            {
                deletes.TryAdd(key, entry);
            }
        }
    }

    private Task SubmitAsync(IEnumerable<DueEntity> entries, TableTransactionActionType action, CancellationToken cancellationToken) =>
        Task.WhenAll(entries
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .Select(partition => SubmitPartitionAsync([.. partition], action, cancellationToken)));

    private async Task SubmitPartitionAsync(List<DueEntity> entries, TableTransactionActionType action, CancellationToken cancellationToken)
    {
        foreach (var chunk in entries.Chunk(ReminderStore.MaxBatch))
        {
            try
            {
                await due.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(action, e, ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException)
            {
                // One removal of an entry already gone (another run tidied it) fails the whole batch: do these one by one.
                foreach (var entry in chunk)
                {
                    await (action == TableTransactionActionType.Delete
                        ? ReminderStore.IgnoreNotFound(due.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken))
                        : due.UpsertEntityAsync(entry, TableUpdateMode.Replace, cancellationToken));
                }
            }
        }
    }
}
