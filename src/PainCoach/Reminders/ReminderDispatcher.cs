using PainCoach.Subscriptions;
using PainCoach.Sms;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Telemetry;

namespace PainCoach.Reminders;

/// <summary>What one run did. <see cref="Completed"/> is false when storage failed and the run stopped early.</summary>
public sealed record ReminderRunResult(int Due, int Sent, int Failed, int Suppressed, int Skipped, int Deferred, bool Completed);

/// <summary>
/// One run of the reminder timer: reads everything due up to now from the due index, claims each occurrence once,
/// sends with bounded concurrency, records the MessageSid and schedules the next occurrence. Safe to run twice at
/// once, on two instances, or again after a crash: see docs/reminders.md for the protocol.
/// </summary>
public sealed class ReminderDispatcher(
    ReminderStore store,
    IReminderSubscribers subscribers,
    IReminderSender sender,
    ReminderPlanner planner,
    IOptions<ReminderOptions> reminderOptions,
    IOptions<PainCoachOptions> painCoachOptions,
    TimeProvider time,
    PainCoachMetrics metrics,
    ILogger<ReminderDispatcher> logger)
{
    private readonly ReminderOptions options = reminderOptions.Value;

    public async Task<ReminderRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<DueEntity> due;
        try
        {
            due = await store.ReadDueAsync(now, options.MaxDuePerRun, cancellationToken);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            logger.LogWarning("Reminder run at {RunAt:O} could not read the due index ({Reason}); the next run resumes", now, StorageReason(ex));
            return new ReminderRunResult(0, 0, 0, 0, 0, 0, Completed: false);
        }

        var tally = new Tally();
        var storageFailed = false;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await Parallel.ForEachAsync(
                due.Where(d => d.DueAt <= now),
                new ParallelOptions { MaxDegreeOfParallelism = options.SendConcurrency, CancellationToken = stop.Token },
                async (entry, _) =>
                {
                    try
                    {
                        // In-flight work finishes with the host's token, so a storage fault elsewhere does not cut a
                        // Twilio call in half; the stop token only keeps new work from starting.
                        await HandleAsync(entry, now, tally, cancellationToken);
                    }
                    catch (Exception ex) when (IsStorageFailure(ex))
                    {
                        storageFailed = true;
                        logger.LogWarning("Reminder run stopped: Table Storage failed ({Reason}); the next run resumes", StorageReason(ex));
                        await stop.CancelAsync();
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad entry must not stop the others; its claim (if any) settles as unknown after the lease.
                        logger.LogError("Reminder {Occurrence} failed with {ErrorType}", entry.OccurrenceId, ex.GetType().Name);
                    }
                });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Storage failed: the remaining due entries stay in the index for the next run.
        }

        var result = tally.ToResult(due.Count, !storageFailed);
        logger.LogInformation(
            "Reminder run at {RunAt:O}: {Due} due, {Sent} sent, {Failed} failed, {Suppressed} suppressed, {Skipped} skipped, {Deferred} deferred",
            now, result.Due, result.Sent, result.Failed, result.Suppressed, result.Skipped, result.Deferred);
        return result;
    }

    private async Task HandleAsync(DueEntity entry, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var key = entry.SubscriberKey;
        if (!SubscriberKeys.IsValid(key))
        {
            logger.LogWarning("Dropped a due entry with an invalid subscriber key in partition {Partition}", entry.PartitionKey);
            await store.DeleteDueAsync(entry, cancellationToken);
            return;
        }

        var subscriber = await subscribers.GetAsync(key, cancellationToken);
        if (subscriber is not { HasPlan: true })
        {
            // Unknown, erased, pending or stopped: nothing is sent and the stream ends; START or YES schedules again.
            Suppress(tally, subscriber is null ? "unknown" : "inactive");
            await store.DeleteDueAsync(entry, cancellationToken);
            await store.DeletePointerAsync(key, entry.SeriesId, cancellationToken);
            return;
        }

        var masked = PhoneMask.Mask(subscriber.PhoneE164);
        if (subscriber.PausedUntil is { } pausedUntil && pausedUntil > now)
        {
            Suppress(tally, "paused");
            logger.LogInformation("Reminder {Occurrence} to {To} not sent: paused", entry.OccurrenceId, masked);
            await FinishAsync(subscriber, entry, now, cancellationToken);
            return;
        }

        if (!planner.IsCurrent(subscriber, entry.SeriesId, entry.Ordinal, entry.DueAt))
        {
            // Written before a TIME, TZ or program change. Replan the stream from the current state (idempotent).
            Skip(tally, "stale");
            await RescheduleAsync(subscriber, entry.SeriesId, now, entry.Ordinal, cancellationToken);
            await store.DeleteDueAsync(entry, cancellationToken);
            await HousekeepAsync(subscriber, now, pruneClaims: false, cancellationToken);
            return;
        }

        var missed = entry.DueAt < now - options.GraceWindow;
        if (missed || !planner.InSendWindow(now, subscriber.TimeZoneId))
        {
            var reason = missed ? "missed" : "quiet_hours";
            Skip(tally, reason);
            logger.LogInformation("Reminder {Occurrence} to {To} skipped ({Reason}) and rescheduled", entry.OccurrenceId, masked, reason);
            await FinishAsync(subscriber, entry, now, cancellationToken);
            return;
        }

        var claim = await ClaimAsync(entry, now, masked, tally, cancellationToken);
        if (claim is null)
        {
            return;
        }

        await SendAsync(subscriber, entry, claim, masked, now, tally, cancellationToken);
    }

    /// <summary>The claim this run now holds, or null when another run has it or it is already settled.</summary>
    private async Task<ClaimEntity?> ClaimAsync(DueEntity entry, DateTimeOffset now, string masked, Tally tally, CancellationToken cancellationToken)
    {
        var attempt = await store.TryClaimAsync(entry.SubscriberKey, entry.OccurrenceId, now, cancellationToken);
        if (attempt.Won)
        {
            return attempt.Claim;
        }

        var existing = attempt.Claim;
        if (ClaimStates.IsFinal(existing.State))
        {
            // Settled by an earlier run that stopped before tidying up: finish its bookkeeping, send nothing.
            await FinishWithCurrentStateAsync(entry, now, cancellationToken);
            return null;
        }

        if (existing.State == ClaimStates.Claimed)
        {
            if (now - existing.ClaimedAt < options.ClaimLease)
            {
                return null; // Another run is on it now.
            }

            // A run claimed it and vanished: Twilio may have accepted it. At most once: never send it again.
            existing.State = ClaimStates.Unknown;
            existing.Reason = "crashed_run";
            if (await store.TryReplaceClaimAsync(existing, cancellationToken))
            {
                tally.Failed();
                metrics.ReminderFailed("unknown");
                logger.LogWarning("Reminder {Occurrence} to {To}: outcome unknown after a run stopped mid-send; not sent again", entry.OccurrenceId, masked);
                await FinishWithCurrentStateAsync(entry, now, cancellationToken);
            }

            return null;
        }

        // State retry: Twilio definitely refused it in an earlier run. One run takes it over, by ETag.
        if (existing.Runs >= options.MaxRuns)
        {
            existing.State = ClaimStates.Failed;
            existing.Reason = "out_of_runs";
            if (await store.TryReplaceClaimAsync(existing, cancellationToken))
            {
                tally.Failed();
                metrics.ReminderFailed("out_of_runs");
                logger.LogWarning("Reminder {Occurrence} to {To} failed after {Runs} runs", entry.OccurrenceId, masked, existing.Runs);
                await FinishWithCurrentStateAsync(entry, now, cancellationToken);
            }

            return null;
        }

        existing.State = ClaimStates.Claimed;
        existing.ClaimedAt = now;
        existing.Runs++;
        return await store.TryReplaceClaimAsync(existing, cancellationToken) ? existing : null;
    }

    private async Task SendAsync(ReminderSubscriber subscriber, DueEntity entry, ClaimEntity claim, string masked, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var stream = ReminderPlanner.SeriesOf(subscriber).First(s => s.Id == entry.SeriesId);
        var template = ReminderTemplates.Choose(subscriber.Program, stream.Kind, stream.Slot, entry.Ordinal, stream.LocalTime);
        var body = ReminderTemplates.Render(painCoachOptions.Value.ProgramName, subscriber.Program, template);
        var kind = stream.Kind.ToString();

        for (var attempt = 1; ; attempt++)
        {
            var result = await sender.SendAsync(subscriber.PhoneE164, body, cancellationToken);
            switch (result.Status)
            {
                case ReminderSendStatus.Accepted:
                    await store.RecordAsync(claim, ClaimStates.Sent, result.MessageSid, null, cancellationToken);
                    tally.Sent();
                    metrics.ReminderSent(kind);
                    logger.LogInformation("Reminder {Template} to {To} accepted as {MessageSid}", template.Id, masked, result.MessageSid);
                    await FinishAsync(subscriber, entry, now, cancellationToken);
                    return;

                case ReminderSendStatus.OptedOut or ReminderSendStatus.Undeliverable:
                    var code = result.ErrorCode ?? 0;
                    await store.RecordAsync(claim, ClaimStates.Suppressed, null, code.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                    var reason = result.Status == ReminderSendStatus.OptedOut ? "opted_out" : "undeliverable";
                    Suppress(tally, reason);
                    logger.LogWarning("Reminder to {To} refused by Twilio ({ErrorCode}, {Reason}); the number is suppressed", masked, code, reason);
                    if (result.Status == ReminderSendStatus.OptedOut)
                    {
                        await subscribers.MarkOptedOutAsync(subscriber.SubscriberKey, cancellationToken);
                    }
                    else
                    {
                        await subscribers.MarkUndeliverableAsync(subscriber.SubscriberKey, code, cancellationToken);
                    }

                    await store.DeleteDueAsync(entry, cancellationToken);
                    await store.DeletePointerAsync(subscriber.SubscriberKey, entry.SeriesId, cancellationToken);
                    return;

                case ReminderSendStatus.Unknown:
                    // Timed out after the request went out: it may have been delivered. Never retried (at most once).
                    await store.RecordAsync(claim, ClaimStates.Unknown, null, "timeout", cancellationToken);
                    tally.Failed();
                    metrics.ReminderFailed(kind);
                    logger.LogWarning("Reminder to {To}: Twilio did not answer in time; outcome unknown, not sent again", masked);
                    await FinishAsync(subscriber, entry, now, cancellationToken);
                    return;

                case ReminderSendStatus.Permanent:
                    await store.RecordAsync(claim, ClaimStates.Failed, null, result.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                    tally.Failed();
                    metrics.ReminderFailed(kind);
                    logger.LogWarning("Reminder to {To} refused by Twilio ({ErrorCode})", masked, result.ErrorCode);
                    await FinishAsync(subscriber, entry, now, cancellationToken);
                    return;
            }

            // 429, 5xx or no connection: Twilio did not take it, so another try cannot double it.
            var delay = RetryDelay(attempt, result.RetryAfter, options);
            if (attempt >= options.MaxSendAttempts || delay is null)
            {
                await GiveUpForThisRunAsync(subscriber, entry, claim, result, masked, now, tally, cancellationToken);
                return;
            }

            logger.LogInformation("Reminder to {To}: Twilio answered {Status} ({ErrorCode}); retry {Attempt} in {Delay}", masked, result.Status, result.ErrorCode, attempt + 1, delay);
            await Task.Delay(delay.Value, time, cancellationToken);
        }
    }

    private async Task GiveUpForThisRunAsync(ReminderSubscriber subscriber, DueEntity entry, ClaimEntity claim, ReminderSendResult result, string masked, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var reason = result.Status == ReminderSendStatus.RateLimited ? "rate_limited" : "transient";
        if (claim.Runs >= options.MaxRuns)
        {
            await store.RecordAsync(claim, ClaimStates.Failed, null, reason, cancellationToken);
            tally.Failed();
            metrics.ReminderFailed(reason);
            logger.LogWarning("Reminder to {To} failed ({Reason}, {ErrorCode}) after {Runs} runs", masked, reason, result.ErrorCode, claim.Runs);
            await FinishAsync(subscriber, entry, now, cancellationToken);
            return;
        }

        // The due entry stays; the next run takes the claim over by ETag (while still inside the grace window).
        await store.RecordAsync(claim, ClaimStates.Retry, null, reason, cancellationToken);
        tally.Deferred();
        logger.LogWarning("Reminder to {To} not accepted ({Reason}, {ErrorCode}); the next run retries", masked, reason, result.ErrorCode);
    }

    /// <summary>Exponential backoff from the base delay, or Retry-After when Twilio gives one; null when that is too long to wait in a run.</summary>
    internal static TimeSpan? RetryDelay(int attempt, TimeSpan? retryAfter, ReminderOptions options)
    {
        if (retryAfter is { } wanted)
        {
            return wanted <= options.MaxRetryDelay ? wanted : null;
        }

        var backoff = options.RetryBaseDelay * Math.Pow(2, attempt - 1);
        return backoff < options.MaxRetryDelay ? backoff : options.MaxRetryDelay;
    }

    /// <summary>Schedules the stream's next occurrence, then removes this due entry (in that order: nothing is lost).</summary>
    private async Task FinishAsync(ReminderSubscriber subscriber, DueEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await RescheduleAsync(subscriber, entry.SeriesId, now, entry.Ordinal + 1, cancellationToken);
        await store.DeleteDueAsync(entry, cancellationToken);
        if (entry.SeriesId == ReminderPlanner.CheckInSeriesId)
        {
            await HousekeepAsync(subscriber, now, pruneClaims: true, cancellationToken);
        }
    }

    /// <summary>
    /// Housekeeping rides on the check-in, which every active subscriber gets every 3 days, and on a stale entry
    /// (proof that a change was made). A series the subscriber has but the plan lacks is planned: a TIME that added
    /// a slot while the replan after it failed would otherwise never be sent. Claims older than
    /// <see cref="ReminderOptions.ClaimRetention"/> go, so the claims table does not grow for ever. Best effort:
    /// the reminder has already been handled, and the next check-in tries again.
    /// </summary>
    private async Task HousekeepAsync(ReminderSubscriber subscriber, DateTimeOffset now, bool pruneClaims, CancellationToken cancellationToken)
    {
        try
        {
            var planned = (await store.PointersAsync(subscriber.SubscriberKey, cancellationToken)).Select(p => p.RowKey).ToHashSet(StringComparer.Ordinal);

            // Read again: a STOP or erasure since this entry was read must not be planned back in.
            var current = await subscribers.GetAsync(subscriber.SubscriberKey, cancellationToken);
            var series = current is { HasPlan: true } ? ReminderPlanner.SeriesOf(current) : [];
            foreach (var stream in series)
            {
                if (!planned.Contains(stream.Id) && planner.Next(current!, stream.Id, now.AddMinutes(1)) is { } next)
                {
                    logger.LogWarning("Reminder series {Series} was missing from the plan; planned for {DueAt:O}", stream.Id, next.DueAt);
                    await store.PutDueAsync(subscriber.SubscriberKey, next, cancellationToken);
                }
            }

            if (pruneClaims)
            {
                var pruned = await store.PruneClaimsAsync(subscriber.SubscriberKey, now - options.ClaimRetention, cancellationToken);
                if (pruned > 0)
                {
                    logger.LogDebug("Pruned {Count} claims older than {Retention}", pruned, options.ClaimRetention);
                }
            }
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            logger.LogWarning("Reminder housekeeping failed ({Reason}); the next check-in tries again", StorageReason(ex));
        }
    }

    private async Task FinishWithCurrentStateAsync(DueEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.GetAsync(entry.SubscriberKey, cancellationToken);
        if (subscriber is { HasPlan: true })
        {
            await RescheduleAsync(subscriber, entry.SeriesId, now, entry.Ordinal + 1, cancellationToken);
        }

        await store.DeleteDueAsync(entry, cancellationToken);
    }

    private async Task RescheduleAsync(ReminderSubscriber subscriber, string seriesId, DateTimeOffset now, long minOrdinal, CancellationToken cancellationToken)
    {
        // Strictly after now: this run has already read everything due up to now, so the next occurrence's due
        // entry is never the one being handled (its minute, and so its partition, is later).
        var next = planner.Next(subscriber, seriesId, now.AddMinutes(1), minOrdinal);
        if (next is null)
        {
            await store.DeletePointerAsync(subscriber.SubscriberKey, seriesId, cancellationToken);
            return;
        }

        await store.PutDueAsync(subscriber.SubscriberKey, next, cancellationToken);
    }

    private void Suppress(Tally tally, string reason)
    {
        tally.Suppressed();
        metrics.ReminderSuppressed(reason);
    }

    private void Skip(Tally tally, string reason)
    {
        tally.Skipped();
        metrics.ReminderSkipped(reason);
    }

    private static bool IsStorageFailure(Exception ex) =>
        ex is RequestFailedException or AggregateException { InnerExceptions: [RequestFailedException, ..] }
            or HttpRequestException or TimeoutException
            or OperationCanceledException { InnerException: TimeoutException };

    private static string StorageReason(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 } => "unreachable",
        RequestFailedException r => r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (r.ErrorCode ?? string.Empty),
        _ => ex.GetType().Name,
    };

    private sealed class Tally
    {
        private int sent, failed, suppressed, skipped, deferred;

        public void Sent() => Interlocked.Increment(ref sent);

        public void Failed() => Interlocked.Increment(ref failed);

        public void Suppressed() => Interlocked.Increment(ref suppressed);

        public void Skipped() => Interlocked.Increment(ref skipped);

        public void Deferred() => Interlocked.Increment(ref deferred);

        public ReminderRunResult ToResult(int due, bool completed) => new(due, sent, failed, suppressed, skipped, deferred, completed);
    }
}
