using Azure;
using Azure.Data.Tables;
using PainCoach.Storage;

namespace PainCoach.Subscribers;

/// <summary>A subscriber as read, with the ETag a later write must match.</summary>
public sealed record StoredSubscriber(Subscriber Value, ETag ETag);

/// <summary>An inbound message that has taken effect, and the reply it got (a Twilio retry gets the same reply).</summary>
public sealed record ProcessedMessage(string MessageSid, string Reply, DateTimeOffset At);

/// <summary>A message we sent and what Twilio later said about it. <see cref="At"/> is when it was sent.</summary>
public sealed record DeliveryRecord(string MessageSid, string Purpose, string Status, int? ErrorCode, DateTimeOffset At);

/// <summary>A delivery record as read, with the ETag a status update must match.</summary>
public sealed record StoredDelivery(DeliveryRecord Value, ETag ETag);

/// <summary>
/// One pass of erasure over a person's partitions: how many rows it found and how many of those it deleted (a row
/// rewritten between the read and the delete is left for the next pass), and whether the profile was left because a
/// YES request is on its way (<see cref="Subscriber.OptInRequestInFlightUntil"/>): the caller waits and sweeps again.
/// </summary>
public sealed record ErasureSweep(int Found, int Deleted, DateTimeOffset? SendInFlightUntil)
{
    /// <summary>The partitions were empty when read: the erasure is complete.</summary>
    public bool FoundNothing => Found == 0;
}

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
public sealed class SubscriberRepository(SubscriberTables tables, WebhookReplayRegister replays)
{
    /// <summary>
    /// How often <see cref="UpdateAsync"/> tries before it gives up on a subscriber others keep writing. Each lost
    /// race is someone else's write, and the tries are spread by <see cref="ConflictBackoff"/>, so this is far above
    /// any burst one person causes (issue 15: 5 was too few for a status callback among 30 messages).
    /// </summary>
    public const int MaxUpdateAttempts = 40;

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
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            // 404: the profile this write was based on was erased meanwhile; reading again finds no one.
            return ex.FailedTransactionActionIndex == 1 && ex.Status == 409 ? SaveOutcome.AlreadyProcessed : SaveOutcome.Conflict;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return SaveOutcome.Conflict;
        }
    }

    /// <summary>
    /// Writes the subscriber with its ETag and, in the same entity-group transaction, the delivery record of a message
    /// just sent to them: the record can never outlive an erasure that removed the profile first.
    /// </summary>
    public async Task<SaveOutcome> SaveWithDeliveryAsync(Subscriber subscriber, ETag etag, DeliveryRecord sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(sent);
        RequireKey(subscriber.Key);
        await tables.EnsureCreatedAsync(cancellationToken);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpdateReplace, SubscriberEntityMapper.ToEntity(subscriber), etag),
            new(TableTransactionActionType.UpsertReplace, DeliveryEntity(subscriber.Key, sent)),
        ];
        try
        {
            await tables.Subscribers.SubmitTransactionAsync(actions, cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404)
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

            await ConflictBackoff.WaitAsync(attempt, cancellationToken);
            if (await GetAsync(stored.Value.Key, cancellationToken) is not { } again)
            {
                return null;
            }

            stored = again;
        }
    }

    /// <summary>
    /// Adds or replaces a delivery record without looking at the profile: only tests seed with it. The app writes a
    /// delivery record with the profile (<see cref="SaveWithDeliveryAsync"/>, so it cannot outlive an erasure), and
    /// status callbacks use <see cref="TryUpdateDeliveryAsync"/>, which never creates a row.
    /// </summary>
    public async Task RecordDeliveryAsync(string key, DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        await tables.Subscribers.UpsertEntityAsync(DeliveryEntity(key, record), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<StoredDelivery?> GetDeliveryAsync(string key, string messageSid, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        var response = await tables.Subscribers.GetEntityIfExistsAsync<TableEntity>(key, OutboundPrefix + messageSid, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } e
            ? new StoredDelivery(
                new DeliveryRecord(messageSid, e.GetString("Purpose") ?? string.Empty, e.GetString("Status") ?? string.Empty, e.GetInt32("ErrorCode"), e.GetDateTimeOffset("At") ?? default),
                e.ETag)
            : null;
    }

    /// <summary>
    /// Replaces a delivery record only if it is still the version read (<paramref name="etag"/>). Never creates one:
    /// a record erased meanwhile stays erased (false), as does one another callback changed first (false: read again).
    /// </summary>
    public async Task<bool> TryUpdateDeliveryAsync(string key, DeliveryRecord record, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        try
        {
            await tables.Subscribers.UpdateEntityAsync(DeliveryEntity(key, record), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    private static TableEntity DeliveryEntity(string key, DeliveryRecord record) => new(key, OutboundPrefix + record.MessageSid)
    {
        ["Purpose"] = record.Purpose,
        ["Status"] = record.Status,
        ["ErrorCode"] = record.ErrorCode,
        ["At"] = record.At,
    };

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
        return await PruneRowsAsync(tables.Subscribers, filter, cancellationToken);
    }

    /// <summary>
    /// One pass of erasure: deletes every row about this person in every table of the capability, each only in the
    /// version read (a row rewritten meanwhile is found by the next pass), except a profile whose YES request is on
    /// its way (<see cref="Subscriber.OptInRequestInFlightUntil"/> after <paramref name="now"/>), which the caller
    /// waits for. Rows another erasure removed first are skipped. Erasure repeats passes until one finds nothing.
    /// </summary>
    public async Task<ErasureSweep> SweepAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RequireKey(key);
        await tables.EnsureCreatedAsync(cancellationToken);
        int found = 0, deleted = 0;
        DateTimeOffset? inFlightUntil = null;
        foreach (var table in new[] { tables.Subscribers, tables.Outbox })
        {
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {key}"),
                select: ["PartitionKey", "RowKey", SubscriberEntityMapper.OptInRequestInFlightUntilColumn],
                cancellationToken: cancellationToken))
            {
                found++;
                if (table == tables.Subscribers && row.RowKey == SubscriberEntityMapper.ProfileRowKey
                    && row.GetDateTimeOffset(SubscriberEntityMapper.OptInRequestInFlightUntilColumn) is { } until && until > now)
                {
                    inFlightUntil = until;
                    continue;
                }

                rows.Add(row);
            }

            // A message that took effect must not take effect again once its marker is gone: retire it first.
            foreach (var marker in rows.Where(r => table == tables.Subscribers && r.RowKey.StartsWith(InboundPrefix, StringComparison.Ordinal)))
            {
                await replays.RetireAsync(WebhookReplayRegister.InboundEvent(marker.RowKey[InboundPrefix.Length..]), cancellationToken);
            }

            deleted += await DeleteVersionsAsync(table, rows, cancellationToken);
        }

        return new ErasureSweep(found, deleted, inFlightUntil);
    }

    /// <summary>Deletes each row in the version read, in transactions of 100; a chunk that meets a changed or vanished row is deleted row by row.</summary>
    private static async Task<int> DeleteVersionsAsync(TableClient table, List<TableEntity> rows, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var chunk in rows.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), cancellationToken);
                deleted += chunk.Length;
                continue;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
            {
            }

            foreach (var row in chunk)
            {
                try
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                    deleted++;
                }
                catch (RequestFailedException ex) when (ex.Status is 404 or 412)
                {
                    // Gone already (another erasure), or rewritten meanwhile: the next pass reads it again.
                }
            }
        }

        return deleted;
    }

    /// <summary>
    /// Deletes every row about this person now, a YES request in flight or not: a sign-up removing what it just wrote,
    /// and tests. Erasure on request goes through <see cref="SweepAsync"/> and waits for in-flight sends.
    /// </summary>
    public async Task<int> EraseAsync(string key, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var pass = 0; pass < MaxUpdateAttempts; pass++)
        {
            var sweep = await SweepAsync(key, DateTimeOffset.MaxValue, cancellationToken);
            total += sweep.Deleted;
            if (sweep.FoundNothing)
            {
                break;
            }
        }

        return total;
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
    /// 100. A transaction fails whole when one of its rows is already gone (pruned by another message first): that
    /// chunk is skipped and the rest go next time. Erasure deletes with <see cref="DeleteVersionsAsync"/> instead.
    /// Returns how many went.
    /// </summary>
    private static async Task<int> PruneRowsAsync(TableClient table, string filter, CancellationToken cancellationToken)
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
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
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
