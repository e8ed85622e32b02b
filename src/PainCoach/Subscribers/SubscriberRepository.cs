using Azure;
using Azure.Data.Tables;

namespace PainCoach.Subscribers;

/// <summary>A subscriber as read, with the ETag a later write must match.</summary>
public sealed record StoredSubscriber(Subscriber Value, ETag ETag);

/// <summary>An inbound message that has taken effect, and the reply it got (a Twilio retry gets the same reply).</summary>
public sealed record ProcessedMessage(string MessageSid, string Reply, DateTimeOffset At);

/// <summary>A message we sent and what Twilio later said about it.</summary>
public sealed record DeliveryRecord(string MessageSid, string Purpose, string Status, int? ErrorCode, DateTimeOffset At);

public enum SaveOutcome
{
    Saved,

    /// <summary>Someone else wrote first (ETag or insert race): read again and decide again.</summary>
    Conflict,

    /// <summary>The message's marker already exists: it took effect before.</summary>
    AlreadyProcessed,
}

/// <summary>
/// Table Storage access for subscribers. Every write is conditional: an insert fails if the row exists, an update
/// fails if the ETag moved, so two messages from one person handled at once never lose an update.
/// </summary>
public sealed class SubscriberRepository(SubscriberTables tables)
{
    /// <summary>How often <see cref="UpdateAsync"/> tries before it gives up on a subscriber others keep writing.</summary>
    public const int MaxUpdateAttempts = 5;

    private const string InboundPrefix = "in-";
    private const string OutboundPrefix = "out-";

    public async Task<StoredSubscriber?> GetAsync(string key, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var response = await tables.Subscribers.GetEntityIfExistsAsync<TableEntity>(key, SubscriberEntityMapper.ProfileRowKey, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new StoredSubscriber(SubscriberEntityMapper.FromEntity(entity), entity.ETag)
            : null;
    }

    /// <summary>The reply given when this message first took effect, or null if it has not.</summary>
    public async Task<ProcessedMessage?> FindProcessedAsync(string key, string messageSid, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var response = await tables.Subscribers.GetEntityIfExistsAsync<TableEntity>(key, InboundPrefix + messageSid, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new ProcessedMessage(messageSid, entity.GetString("Reply") ?? string.Empty, entity.GetDateTimeOffset("At") ?? default)
            : null;
    }

    /// <summary>
    /// Writes the subscriber (insert when <paramref name="etag"/> is null, else replace if unchanged) and, in the same
    /// entity-group transaction, the marker of the message that caused it: both happen or neither.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(Subscriber subscriber, ETag? etag, ProcessedMessage? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        RequireKey(subscriber.Key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var profile = SubscriberEntityMapper.ToEntity(subscriber);
        var profileAction = etag is { } match
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, profile, match)
            : new TableTransactionAction(TableTransactionActionType.Add, profile);
        var actions = new List<TableTransactionAction> { profileAction };
        if (cause is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(subscriber.Key, InboundPrefix + cause.MessageSid)
            {
                ["Reply"] = cause.Reply,
                ["At"] = cause.At,
            }));
        }

        try
        {
            await tables.Subscribers.SubmitTransactionAsync(actions, cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return ex.FailedTransactionActionIndex == 1 ? SaveOutcome.AlreadyProcessed : SaveOutcome.Conflict;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return SaveOutcome.Conflict;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="current"/> and saves it with its ETag; when another
    /// write came first, reads again and applies the change again (at most <see cref="MaxUpdateAttempts"/> times).
    /// Returns the record before and after, After null when the change had nothing to do; null when the record was
    /// erased meanwhile. <paramref name="onConflict"/> hears each lost race.
    /// </summary>
    /// <exception cref="SubscriberConflictException">Every attempt lost a race.</exception>
    public async Task<(Subscriber Before, Subscriber? After)?> UpdateAsync(
        StoredSubscriber current, Func<Subscriber, Subscriber?> change, CancellationToken cancellationToken, Action<int>? onConflict = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        var stored = current;
        for (var attempt = 1; ; attempt++)
        {
            var updated = change(stored.Value);
            if (updated is null || await SaveAsync(updated, stored.ETag, null, cancellationToken) == SaveOutcome.Saved)
            {
                return (stored.Value, updated);
            }

            onConflict?.Invoke(attempt);
            if (attempt == MaxUpdateAttempts)
            {
                throw new SubscriberConflictException($"Gave up after {MaxUpdateAttempts} concurrent updates of one subscriber.");
            }

            if (await GetAsync(stored.Value.Key, cancellationToken) is not { } again)
            {
                return null;
            }

            stored = again;
        }
    }

    /// <summary>Adds or updates a delivery record (Twilio may send status callbacks in any order and more than once).</summary>
    public async Task RecordDeliveryAsync(string key, DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        await tables.Subscribers.UpsertEntityAsync(new TableEntity(key, OutboundPrefix + record.MessageSid)
        {
            ["Purpose"] = record.Purpose,
            ["Status"] = record.Status,
            ["ErrorCode"] = record.ErrorCode,
            ["At"] = record.At,
        }, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<DeliveryRecord?> GetDeliveryAsync(string key, string messageSid, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var response = await tables.Subscribers.GetEntityIfExistsAsync<TableEntity>(key, OutboundPrefix + messageSid, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e
            ? new DeliveryRecord(messageSid, e.GetString("Purpose") ?? string.Empty, e.GetString("Status") ?? string.Empty, e.GetInt32("ErrorCode"), e.GetDateTimeOffset("At") ?? default)
            : null;
    }

    /// <summary>
    /// Deletes this person's message records written before <paramref name="cutoff"/>: "handled" markers (which keep
    /// the reply a Twilio retry gets again) and delivery records. Their use ends with Twilio's retries and status
    /// callbacks, and the replies may speak of symptoms, so they are not kept longer. Returns how many went.
    /// </summary>
    public async Task<int> PruneMessageRecordsAsync(string key, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {key} and At lt {cutoff} and ((RowKey ge {InboundPrefix} and RowKey lt {PrefixEnd(InboundPrefix)}) or (RowKey ge {OutboundPrefix} and RowKey lt {PrefixEnd(OutboundPrefix)}))");

        // Another message from this person may have pruned some of them first; the rest go next time.
        return await DeleteRowsAsync(tables.Subscribers, filter, skipChunksAlreadyGone: true, cancellationToken);
    }

    /// <summary>Deletes every row about this person in every table of the capability. Returns how many rows went.</summary>
    public async Task<int> EraseAsync(string key, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var deleted = 0;
        foreach (var table in new[] { tables.Subscribers, tables.Outbox })
        {
            deleted += await DeleteRowsAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {key}"), skipChunksAlreadyGone: false, cancellationToken);
        }

        return deleted;
    }

    /// <summary>Counts the rows held for this person (tests and erasure checks).</summary>
    public async Task<int> CountRowsAsync(string key, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var count = 0;
        foreach (var table in new[] { tables.Subscribers, tables.Outbox })
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}"), select: ["RowKey"], cancellationToken: cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Deletes the rows of one partition that <paramref name="filter"/> selects, in entity-group transactions of at most
    /// 100. A transaction fails whole when one of its rows is already gone: erasure lets that fail (it must be
    /// complete or say so); pruning, with <paramref name="skipChunksAlreadyGone"/>, moves on. Returns how many went.
    /// </summary>
    private static async Task<int> DeleteRowsAsync(TableClient table, string filter, bool skipChunksAlreadyGone, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var deleted = 0;
        foreach (var chunk in rows.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
                deleted += chunk.Length;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 && skipChunksAlreadyGone)
            {
            }
        }

        return deleted;
    }

    /// <summary>The first string after every string that starts with <paramref name="prefix"/> ("in-" → "in.").</summary>
    private static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static void RequireKey(string key) => SubscriberKeys.ThrowIfInvalid(key);
}

/// <summary>Writes for one subscriber kept colliding; the caller answers 503 and Twilio retries.</summary>
public sealed class SubscriberConflictException(string message) : Exception(message);
