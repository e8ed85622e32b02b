using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PainCoach.Storage;

namespace PainCoach.Reminders;

/// <summary>The claim the caller now holds, or the one someone else wrote first.</summary>
public sealed record ClaimAttempt(bool Won, ClaimEntity Claim);

/// <summary>
/// The engine's three tables: the due index (by due minute), the claims (by subscriber) and the plan pointers
/// (by subscriber). Every query is a key range or a single partition; see docs/reminders.md.
/// </summary>
public sealed class ReminderStore
{
    /// <summary>Hot minutes (08:00 local for a whole zone) are spread over this many partitions; see docs/reminders.md.</summary>
    public const int DueShards = 4;

    private readonly TableClient due;
    private readonly TableClient claims;
    private readonly TableClient plan;
    private readonly TablesOnce createdOnce;
    private long entitiesRead;

    public ReminderStore(TableServiceClient tables, IOptions<ReminderOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.Value.TablePrefix;
        due = tables.GetTableClient(DueTableName(prefix));
        claims = tables.GetTableClient(prefix + "Claims");
        plan = tables.GetTableClient(prefix + "Plan");
        createdOnce = new TablesOnce(due, claims, plan);
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
        await plan.UpsertEntityAsync(
            new PlanEntity { PartitionKey = subscriberKey, RowKey = occurrence.SeriesId, DuePartitionKey = entity.PartitionKey, DueRowKey = entity.RowKey },
            TableUpdateMode.Replace, cancellationToken);
    }

    public async Task DeleteDueAsync(DueEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await IgnoreNotFound(due.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken));
    }

    public Task DeletePointerAsync(string subscriberKey, string seriesId, CancellationToken cancellationToken) =>
        IgnoreNotFound(plan.DeleteEntityAsync(subscriberKey, seriesId, ETag.All, cancellationToken));

    /// <summary>Replaces the subscriber's whole plan: due entries no longer planned are deleted, new ones written.</summary>
    public async Task ReplacePlanAsync(string subscriberKey, IReadOnlyList<ReminderOccurrence> occurrences, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var wanted = occurrences.ToDictionary(
            o => o.SeriesId,
            o => (DuePartitionKey(o.DueAt, subscriberKey), DueRowKey(subscriberKey, o.OccurrenceId)));
        foreach (var pointer in await PointersAsync(subscriberKey, cancellationToken))
        {
            var stillPlanned = wanted.TryGetValue(pointer.RowKey, out var keys);
            if (!stillPlanned || keys != (pointer.DuePartitionKey, pointer.DueRowKey))
            {
                await IgnoreNotFound(due.DeleteEntityAsync(pointer.DuePartitionKey, pointer.DueRowKey, ETag.All, cancellationToken));
            }

            if (!stillPlanned)
            {
                await DeletePointerAsync(subscriberKey, pointer.RowKey, cancellationToken);
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

    /// <summary>Deletes this subscriber's claims made before <paramref name="cutoff"/>; returns how many went.</summary>
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

    /// <summary>Records the outcome of a claim this run holds.</summary>
    public async Task RecordAsync(ClaimEntity claim, string state, string? messageSid, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim.State = state;
        claim.MessageSid = messageSid ?? claim.MessageSid;
        claim.Reason = reason;
        var response = await claims.UpsertEntityAsync(claim, TableUpdateMode.Replace, cancellationToken);
        claim.ETag = response.Headers.ETag ?? ETag.All;
    }

    public async Task<ClaimEntity?> GetClaimAsync(string subscriberKey, string occurrenceId, CancellationToken cancellationToken)
    {
        var existing = await claims.GetEntityIfExistsAsync<ClaimEntity>(subscriberKey, occurrenceId, cancellationToken: cancellationToken);
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

    public async Task<IReadOnlyList<PlanEntity>> PointersAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriberKey}");
        var result = new List<PlanEntity>();
        await foreach (var pointer in plan.QueryAsync<PlanEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(pointer);
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

    private static async Task IgnoreNotFound(Task<Response> delete)
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
