using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PainCoach.Storage;

namespace PainCoach.Reminders;

/// <summary>The claim the caller now holds, or the one someone else wrote first.</summary>
public sealed record ClaimAttempt(bool Won, ClaimEntity Claim);

/// <summary>What recording a claim's outcome did.</summary>
public enum RecordOutcome
{
    Recorded,

    /// <summary>Another run took the claim over (the lease had passed): it settles the outcome.</summary>
    TakenOver,

    /// <summary>The series' pointer is gone: STOP or erasure removed the plan while the reminder was being sent.</summary>
    PlanRemoved,
}

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

    /// <summary>Writes the occurrence's due entry and points the subscriber's stream at it (<see cref="SetSeriesAsync"/>).</summary>
    public Task PutDueAsync(string subscriberKey, ReminderOccurrence occurrence, CancellationToken cancellationToken) =>
        SetSeriesAsync(subscriberKey, occurrence.SeriesId, DueEntityFor(subscriberKey, occurrence), cancellationToken);

    /// <summary>
    /// Moves an existing pointer to the series' next due entry (the entry itself is written by a
    /// <see cref="DueIndexBatch"/>). False when there is no pointer: STOP or erasure removed the plan meanwhile, and
    /// a run must not plant it back (<paramref name="create"/> writes it anyway, for a record known to be active).
    /// </summary>
    public async Task<bool> MovePointerAsync(string subscriberKey, string seriesId, DueEntity next, bool create, CancellationToken cancellationToken)
    {
        var pointer = PointerFor(subscriberKey, seriesId, next);
        if (create)
        {
            await claims.UpsertEntityAsync(pointer, TableUpdateMode.Replace, cancellationToken);
            return true;
        }

        try
        {
            await claims.UpdateEntityAsync(pointer, ETag.All, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The plan pointer row of one series, naming its due entry (what the scheduler writes; the load run seeds it).</summary>
    public static PlanEntity PointerFor(string subscriberKey, string seriesId, DueEntity entry) =>
        new()
        {
            PartitionKey = subscriberKey,
            RowKey = PointerPrefix + seriesId,
            DuePartitionKey = (entry ?? throw new ArgumentNullException(nameof(entry))).PartitionKey,
            DueRowKey = entry.RowKey,
        };

    /// <summary>
    /// Records a claim's outcome and moves the series' existing pointer to <paramref name="next"/> in one
    /// entity-group transaction (one write), the claim guarded by its ETag. <see cref="RecordOutcome.TakenOver"/>:
    /// another run holds the claim now. <see cref="RecordOutcome.PlanRemoved"/>: the pointer is gone (STOP or
    /// erasure meanwhile), nothing was written. Without a next occurrence the pointer is deleted after the record.
    /// </summary>
    public async Task<RecordOutcome> RecordWithPointerAsync(ClaimEntity claim, string state, string? messageSid, string? reason, string seriesId, DueEntity? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (next is null)
        {
            if (!await RecordAsync(claim, state, messageSid, reason, cancellationToken))
            {
                return RecordOutcome.TakenOver;
            }

            await DeletePointerAsync(claim.PartitionKey, seriesId, cancellationToken);
            return RecordOutcome.Recorded;
        }

        var before = (claim.State, claim.MessageSid, claim.Reason);
        Apply(claim, state, messageSid, reason);
        try
        {
            var response = await claims.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, claim, claim.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, PointerFor(claim.PartitionKey, seriesId, next), ETag.All),
                ],
                cancellationToken);
            claim.ETag = response.Value[0].Headers.ETag ?? ETag.All;
            return RecordOutcome.Recorded;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
        {
            // The pointer gone, or the claim itself gone (STOP and erasure delete claims): the plan was removed.
            // The claim changed under its ETag: another run took it over.
            (claim.State, claim.MessageSid, claim.Reason) = before;
            return ex.FailedTransactionActionIndex == 1 || ex.Status == 404 ? RecordOutcome.PlanRemoved : RecordOutcome.TakenOver;
        }
    }

    /// <summary>A buffer for one run's due-index writes, flushed per partition in entity-group transactions.</summary>
    public DueIndexBatch BeginDueBatch() => new(due);

    public Task DeletePointerAsync(string subscriberKey, string seriesId, CancellationToken cancellationToken) =>
        IgnoreNotFound(claims.DeleteEntityAsync(subscriberKey, PointerPrefix + seriesId, ETag.All, cancellationToken));

    /// <summary>
    /// Replaces the subscriber's whole plan, series by series with <see cref="SetSeriesAsync"/>: due entries no longer
    /// planned are deleted with their pointers, new ones written and pointed at.
    /// </summary>
    public async Task ReplacePlanAsync(string subscriberKey, IReadOnlyList<ReminderOccurrence> occurrences, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var wanted = occurrences.ToDictionary(o => o.SeriesId, o => DueEntityFor(subscriberKey, o), StringComparer.Ordinal);
        foreach (var pointer in await PointersAsync(subscriberKey, cancellationToken))
        {
            if (!wanted.ContainsKey(pointer.SeriesId))
            {
                await SetSeriesAsync(subscriberKey, pointer.SeriesId, null, cancellationToken);
            }
        }

        foreach (var (seriesId, entry) in wanted)
        {
            await SetSeriesAsync(subscriberKey, seriesId, entry, cancellationToken);
        }
    }

    /// <summary>
    /// Points one series at <paramref name="target"/> (null: no longer planned) so that concurrent plan writers
    /// (STOP racing START, two TIME changes, an erasure) never leave a due entry that no pointer names, nor a pointer
    /// without its entry: the new entry is written first, the pointer is swapped by its ETag (compare and swap), and
    /// only then is the entry it named before removed. A writer that loses the swap takes its entry back (unless the
    /// pointer now names it) and tries again from what it reads.
    /// </summary>
    public async Task SetSeriesAsync(string subscriberKey, string seriesId, DueEntity? target, CancellationToken cancellationToken)
    {
        const int MaxSwaps = 8;
        for (var attempt = 0; attempt < MaxSwaps; attempt++)
        {
            var read = await claims.GetEntityIfExistsAsync<PlanEntity>(subscriberKey, PointerPrefix + seriesId, cancellationToken: cancellationToken);
            var current = read.HasValue ? read.Value : null;
            if (current is not null && target is not null && Names(current, target))
            {
                await due.UpsertEntityAsync(target, TableUpdateMode.Replace, cancellationToken);
                return;
            }

            if (current is null && target is null)
            {
                return;
            }

            if (target is not null)
            {
                await due.UpsertEntityAsync(target, TableUpdateMode.Replace, cancellationToken);
            }

            try
            {
                if (target is null)
                {
                    await claims.DeleteEntityAsync(subscriberKey, PointerPrefix + seriesId, current!.ETag, cancellationToken);
                }
                else if (current is null)
                {
                    await claims.AddEntityAsync(PointerFor(subscriberKey, seriesId, target), cancellationToken);
                }
                else
                {
                    await claims.UpdateEntityAsync(PointerFor(subscriberKey, seriesId, target), current.ETag, TableUpdateMode.Replace, cancellationToken);
                }
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // Another writer moved the pointer first.
                if (target is not null)
                {
                    var now = await claims.GetEntityIfExistsAsync<PlanEntity>(subscriberKey, PointerPrefix + seriesId, cancellationToken: cancellationToken);
                    if (!(now.HasValue && now.Value is { } named && Names(named, target)))
                    {
                        await IgnoreNotFound(due.DeleteEntityAsync(target.PartitionKey, target.RowKey, ETag.All, cancellationToken));
                    }
                }

                continue;
            }

            if (current is not null)
            {
                await IgnoreNotFound(due.DeleteEntityAsync(current.DuePartitionKey, current.DueRowKey, ETag.All, cancellationToken));
            }

            return;
        }

        throw new RequestFailedException(412, $"The plan of series {seriesId} kept changing under {MaxSwaps} writers.");
    }

    private static bool Names(PlanEntity pointer, DueEntity entry) =>
        pointer.DuePartitionKey == entry.PartitionKey && pointer.DueRowKey == entry.RowKey;

    /// <summary>
    /// STOP and erasure: each series' due entry and pointer go (by compare and swap, so a plan writer racing it
    /// cannot leave an entry behind), then every claim (with its MessageSid). Pointer rows are not bulk-deleted: one
    /// written by a racing writer is removed by that writer's own re-check of the record.
    /// </summary>
    public async Task RemoveSubscriberAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        await ReplacePlanAsync(subscriberKey, [], cancellationToken);
        await DeleteClaimsAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey} and (RowKey lt {PointerPrefix} or RowKey ge {"plan."})"),
            cancellationToken);
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
