using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PainCoach.Storage;

namespace PainCoach.Reminders;

/// <summary>The claim the caller now holds, or the one someone else wrote first.</summary>
public sealed record ClaimAttempt(bool Won, ClaimEntity Claim);

/// <summary>Where a subscriber's series is planned next: its due entry's keys.</summary>
public sealed record SeriesPointer(string SeriesId, string DuePartitionKey, string DueRowKey);

/// <summary>
/// The engine's two tables: the due index (by due minute) and, per subscriber, one partition holding the claims
/// (RowKey = occurrence id) and the plan pointers (RowKey = <c>plan-{series}</c>), so that recording an outcome and
/// moving the series' pointer is one entity-group transaction. Every query is a key range or a single partition;
/// see docs/reminders.md.
/// </summary>
public sealed class ReminderStore
{
    /// <summary>Hot minutes (08:00 local for a whole zone) are spread over this many partitions; see docs/reminders.md.</summary>
    public const int DueShards = 4;

    /// <summary>Pointer rows share the claims' partition; occurrence ids never start with this.</summary>
    internal const string PointerPrefix = "plan-";

    /// <summary>Table Storage takes at most 100 operations in one entity-group transaction.</summary>
    internal const int MaxBatch = 100;

    private readonly TableClient due;
    private readonly TableClient claims;
    private readonly TablesOnce createdOnce;
    private long entitiesRead;

    public ReminderStore(TableServiceClient tables, IOptions<ReminderOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.Value.TablePrefix;
        due = tables.GetTableClient(DueTableName(prefix));
        claims = tables.GetTableClient(prefix + "Claims");
        createdOnce = new TablesOnce(due, claims);
    }

    /// <summary>Every entity this store has read (query results and point reads); the load run reports it.</summary>
    public long EntitiesRead => Interlocked.Read(ref entitiesRead);

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => createdOnce.EnsureCreatedAsync(cancellationToken);

    /// <summary>The due index's table for a <see cref="ReminderOptions.TablePrefix"/>.</summary>
    public static string DueTableName(string tablePrefix) => tablePrefix + "Due";

    public static string DuePartitionKey(DateTimeOffset dueAt, string subscriberKey) =>
        MinuteBucket(dueAt) + "-" + Shard(subscriberKey).ToString(CultureInfo.InvariantCulture);

    public static string DueRowKey(string subscriberKey, string occurrenceId) => subscriberKey + "|" + occurrenceId;

    /// <summary>Every due entry whose minute is not after <paramref name="now"/>'s: one range over the partition keys.</summary>
    public async Task<IReadOnlyList<DueEntity>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var upper = MinuteBucket(now.AddMinutes(1));
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {upper}");
        var result = new List<DueEntity>();
        await foreach (var entity in due.QueryAsync<DueEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            Interlocked.Increment(ref entitiesRead);
            result.Add(entity);
            if (result.Count >= max)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The due-index row for one occurrence (what <see cref="PutDueAsync"/> writes).</summary>
    public static DueEntity DueEntityFor(string subscriberKey, ReminderOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return new DueEntity
        {
            PartitionKey = DuePartitionKey(occurrence.DueAt, subscriberKey),
            RowKey = DueRowKey(subscriberKey, occurrence.OccurrenceId),
            SubscriberKey = subscriberKey,
            SeriesId = occurrence.SeriesId,
            OccurrenceId = occurrence.OccurrenceId,
            Ordinal = occurrence.Ordinal,
            DueAt = occurrence.DueAt.ToUniversalTime(),
        };
    }

    /// <summary>Writes the occurrence's due entry and points the subscriber's stream at it (both idempotent).</summary>
    public async Task PutDueAsync(string subscriberKey, ReminderOccurrence occurrence, CancellationToken cancellationToken)
    {
        var entity = DueEntityFor(subscriberKey, occurrence);
        await due.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        await claims.UpsertEntityAsync(PointerFor(subscriberKey, occurrence.SeriesId, entity), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Points the stream at a due entry (the entry itself is written by a <see cref="DueIndexBatch"/>).</summary>
    public Task PutPointerAsync(string subscriberKey, string seriesId, DueEntity next, CancellationToken cancellationToken) =>
        claims.UpsertEntityAsync(PointerFor(subscriberKey, seriesId, next), TableUpdateMode.Replace, cancellationToken);

    private static PlanEntity PointerFor(string subscriberKey, string seriesId, DueEntity entry) =>
        new() { PartitionKey = subscriberKey, RowKey = PointerPrefix + seriesId, DuePartitionKey = entry.PartitionKey, DueRowKey = entry.RowKey };

    /// <summary>
    /// Records a claim's outcome and moves the series' pointer to <paramref name="next"/> in one entity-group
    /// transaction (one write), guarded by the claim's ETag: false when another run has taken the claim over.
    /// Without a next occurrence the pointer is deleted after the record.
    /// </summary>
    public async Task<bool> RecordWithPointerAsync(ClaimEntity claim, string state, string? messageSid, string? reason, string seriesId, DueEntity? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (next is null)
        {
            if (!await RecordAsync(claim, state, messageSid, reason, cancellationToken))
            {
                return false;
            }

            await DeletePointerAsync(claim.PartitionKey, seriesId, cancellationToken);
            return true;
        }

        Apply(claim, state, messageSid, reason);
        try
        {
            var response = await claims.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, claim, claim.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, PointerFor(claim.PartitionKey, seriesId, next)),
                ],
                cancellationToken);
            claim.ETag = response.Value[0].Headers.ETag ?? ETag.All;
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>A buffer for one run's due-index writes, flushed per partition in entity-group transactions.</summary>
    public DueIndexBatch BeginDueBatch() => new(due);

    public async Task DeleteDueAsync(DueEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await IgnoreNotFound(due.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken));
    }

    public Task DeletePointerAsync(string subscriberKey, string seriesId, CancellationToken cancellationToken) =>
        IgnoreNotFound(claims.DeleteEntityAsync(subscriberKey, PointerPrefix + seriesId, ETag.All, cancellationToken));

    /// <summary>Replaces the subscriber's whole plan: due entries no longer planned are deleted, new ones written.</summary>
    public async Task ReplacePlanAsync(string subscriberKey, IReadOnlyList<ReminderOccurrence> occurrences, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var wanted = occurrences.ToDictionary(
            o => o.SeriesId,
            o => (DuePartitionKey(o.DueAt, subscriberKey), DueRowKey(subscriberKey, o.OccurrenceId)));
        foreach (var pointer in await PointersAsync(subscriberKey, cancellationToken))
        {
            var stillPlanned = wanted.TryGetValue(pointer.SeriesId, out var keys);
            if (!stillPlanned || keys != (pointer.DuePartitionKey, pointer.DueRowKey))
            {
                await IgnoreNotFound(due.DeleteEntityAsync(pointer.DuePartitionKey, pointer.DueRowKey, ETag.All, cancellationToken));
            }

            if (!stillPlanned)
            {
                await DeletePointerAsync(subscriberKey, pointer.SeriesId, cancellationToken);
            }
        }

        foreach (var occurrence in occurrences)
        {
            await PutDueAsync(subscriberKey, occurrence, cancellationToken);
        }
    }

    /// <summary>STOP and erasure: due entries, plan pointers and every claim (with its MessageSid) go.</summary>
    public async Task RemoveSubscriberAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        await ReplacePlanAsync(subscriberKey, [], cancellationToken);
        await DeleteClaimsAsync(TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey}"), cancellationToken);
    }

    /// <summary>Deletes this subscriber's claims made before <paramref name="cutoff"/>; returns how many went (pointers have no ClaimedAt and stay).</summary>
    public Task<int> PruneClaimsAsync(string subscriberKey, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteClaimsAsync(TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey} and ClaimedAt lt {cutoff}"), cancellationToken);

    private async Task<int> DeleteClaimsAsync(string filter, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var claim in claims.QueryAsync<ClaimEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            Interlocked.Increment(ref entitiesRead);
            await IgnoreNotFound(claims.DeleteEntityAsync(claim.PartitionKey, claim.RowKey, ETag.All, cancellationToken));
            deleted++;
        }

        return deleted;
    }

    /// <summary>Conditional insert: exactly one caller wins; the others get the existing claim back.</summary>
    public async Task<ClaimAttempt> TryClaimAsync(string subscriberKey, string occurrenceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = new ClaimEntity { PartitionKey = subscriberKey, RowKey = occurrenceId, State = ClaimStates.Claimed, ClaimedAt = now, Runs = 1 };
        try
        {
            var response = await claims.AddEntityAsync(claim, cancellationToken);
            claim.ETag = response.Headers.ETag ?? ETag.All;
            return new ClaimAttempt(true, claim);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await claims.GetEntityIfExistsAsync<ClaimEntity>(subscriberKey, occurrenceId, cancellationToken: cancellationToken);
            Interlocked.Increment(ref entitiesRead);
            return existing.HasValue && existing.Value is { } value
                ? new ClaimAttempt(false, value)
                : await TryClaimAsync(subscriberKey, occurrenceId, now, cancellationToken); // erased in between: claim afresh
        }
    }

    /// <summary>Takes over a claim with its ETag (a retry by a later run, or declaring a crashed run's claim unknown).</summary>
    public async Task<bool> TryReplaceClaimAsync(ClaimEntity claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            var response = await claims.UpdateEntityAsync(claim, claim.ETag, TableUpdateMode.Replace, cancellationToken);
            claim.ETag = response.Headers.ETag ?? ETag.All;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Records the outcome of a claim this run holds, guarded by its ETag: false when another run has taken it over.</summary>
    public async Task<bool> RecordAsync(ClaimEntity claim, string state, string? messageSid, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        Apply(claim, state, messageSid, reason);
        return await TryReplaceClaimAsync(claim, cancellationToken);
    }

    private static void Apply(ClaimEntity claim, string state, string? messageSid, string? reason)
    {
        claim.State = state;
        claim.MessageSid = messageSid ?? claim.MessageSid;
        claim.Reason = reason;
    }

    /// <summary>
    /// A status callback tagged with this occurrence reports Twilio's message id: a claim whose outcome was never
    /// recorded (claimed, or given up as unknown) becomes sent. True when this call settled it.
    /// </summary>
    public async Task<bool> SettleFromCallbackAsync(string subscriberKey, string occurrenceId, string messageSid, CancellationToken cancellationToken)
    {
        var claim = await GetClaimAsync(subscriberKey, occurrenceId, cancellationToken);
        if (claim is null || claim.State is not (ClaimStates.Claimed or ClaimStates.Unknown))
        {
            return false;
        }

        return await RecordAsync(claim, ClaimStates.Sent, messageSid, "status_callback", cancellationToken);
    }

    /// <summary>True when one of this subscriber's reminders was recorded with <paramref name="messageSid"/> (one partition, filtered on the server).</summary>
    public async Task<bool> HasSentAsync(string subscriberKey, string messageSid, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey} and MessageSid eq {messageSid}");
        await foreach (var _ in claims.QueryAsync<ClaimEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>Message ids recorded for this subscriber's claims since <paramref name="since"/> (a look-up must not take another occurrence's message).</summary>
    public async Task<IReadOnlySet<string>> RecordedSidsAsync(string subscriberKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey} and ClaimedAt ge {since}");
        var sids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var claim in claims.QueryAsync<ClaimEntity>(filter, select: ["MessageSid"], cancellationToken: cancellationToken))
        {
            Interlocked.Increment(ref entitiesRead);
            if (claim.MessageSid is { } sid)
            {
                sids.Add(sid);
            }
        }

        return sids;
    }

    public async Task<ClaimEntity?> GetClaimAsync(string subscriberKey, string occurrenceId, CancellationToken cancellationToken)
    {
        var existing = await claims.GetEntityIfExistsAsync<ClaimEntity>(subscriberKey, occurrenceId, cancellationToken: cancellationToken);
        Interlocked.Increment(ref entitiesRead);
        return existing.HasValue ? existing.Value : null;
    }

    /// <summary>
    /// The occurrence id of the latest claim Twilio accepted for this subscriber claimed at or after
    /// <paramref name="since"/>, or null. One partition, filtered on the server.
    /// </summary>
    public async Task<string?> LastSentOccurrenceAsync(string subscriberKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey} and State eq {ClaimStates.Sent} and ClaimedAt ge {since}");
        ClaimEntity? latest = null;
        await foreach (var claim in claims.QueryAsync<ClaimEntity>(filter, select: ["RowKey", "ClaimedAt"], cancellationToken: cancellationToken))
        {
            Interlocked.Increment(ref entitiesRead);
            if (latest is null || claim.ClaimedAt > latest.ClaimedAt)
            {
                latest = claim;
            }
        }

        return latest?.RowKey;
    }

    /// <summary>The subscriber's plan pointers: one row range of their partition.</summary>
    public async Task<IReadOnlyList<SeriesPointer>> PointersAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        // '.' follows '-', so this range is exactly the rows named plan-….
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey} and RowKey ge {PointerPrefix} and RowKey lt {"plan."}");
        var result = new List<SeriesPointer>();
        await foreach (var pointer in claims.QueryAsync<PlanEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(new SeriesPointer(pointer.RowKey[PointerPrefix.Length..], pointer.DuePartitionKey, pointer.DueRowKey));
        }

        return result;
    }

    private static string MinuteBucket(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>FNV-1a: stable across processes and versions, unlike string.GetHashCode.</summary>
    private static int Shard(string subscriberKey)
    {
        var hash = 2166136261u;
        foreach (var c in subscriberKey)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % DueShards);
    }

    internal static async Task IgnoreNotFound(Task<Response> delete)
    {
        try
        {
            await delete;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: deletes here are idempotent.
        }
    }
}
