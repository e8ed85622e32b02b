using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telemetry;
using PainCoach.Telephony;

namespace PainCoach.Reminders;

/// <summary>What one run did. <see cref="Completed"/> is false when storage failed and the run stopped early.</summary>
public sealed record ReminderRunResult(int Due, int Sent, int Failed, int Suppressed, int Skipped, int Deferred, bool Completed);

/// <summary>
/// One run of the reminder timer: reads everything due up to now from the due index, claims each occurrence once,
/// sends with bounded concurrency, records the MessageSid and schedules the next occurrence. Safe to run twice at
/// once, on two instances, or again after a crash: see docs/reminders.md for the protocol.
/// </summary>
public sealed partial class ReminderDispatcher(
    ReminderStore store,
    ISubscriberDirectory subscribers,
    ISmsSender sender,
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
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            LogDueIndexUnreadable(now, StorageFailures.Describe(ex));
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
                    catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
                    {
                        storageFailed = true;
                        LogRunStopped(StorageFailures.Describe(ex));
                        await stop.CancelAsync();
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad entry must not stop the others; its claim (if any) settles as unknown after the lease.
                        LogEntryFailed(entry.OccurrenceId, ex.GetType().Name);
                    }
                });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Storage failed: the remaining due entries stay in the index for the next run.
        }

        var result = tally.ToResult(due.Count, !storageFailed);
        LogRun(now, result.Due, result.Sent, result.Failed, result.Suppressed, result.Skipped, result.Deferred);
        return result;
    }

    private async Task HandleAsync(DueEntity entry, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var key = entry.SubscriberKey;
        if (!SubscriberKeys.IsValid(key))
        {
            LogInvalidKey(entry.PartitionKey);
            await store.DeleteDueAsync(entry, cancellationToken);
            return;
        }

        var subscriber = await subscribers.FindAsync(key, cancellationToken);
        if (subscriber is null || !subscriber.HasReminderPlan(now))
        {
            // Unknown, erased, pending or stopped: nothing is sent and the stream ends; START or YES schedules again.
            Suppress(tally, subscriber is null ? "unknown" : "inactive");
            await store.DeleteDueAsync(entry, cancellationToken);
            await store.DeletePointerAsync(key, entry.SeriesId, cancellationToken);
            return;
        }

        var masked = subscriber.Phone.Masked;
        if (subscriber.PausedUntil is { } pausedUntil && pausedUntil > now)
        {
            Suppress(tally, "paused");
            LogPaused(entry.OccurrenceId, masked);
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
            LogSkipped(entry.OccurrenceId, masked, reason);
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
                LogCrashedRun(entry.OccurrenceId, masked);
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
                LogOutOfRuns(entry.OccurrenceId, masked, existing.Runs);
                await FinishWithCurrentStateAsync(entry, now, cancellationToken);
            }

            return null;
        }

        existing.State = ClaimStates.Claimed;
        existing.ClaimedAt = now;
        existing.Runs++;
        return await store.TryReplaceClaimAsync(existing, cancellationToken) ? existing : null;
    }

    private async Task SendAsync(Subscriber subscriber, DueEntity entry, ClaimEntity claim, string masked, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var stream = ReminderPlanner.SeriesOf(subscriber).First(s => s.Id == entry.SeriesId);
        var template = ReminderTemplates.Choose(subscriber.Program, stream.Kind, stream.Slot, entry.Ordinal, stream.LocalTime);
        var body = ReminderTemplates.Render(painCoachOptions.Value.ProgramName, subscriber.Program, template);
        var kind = stream.Kind.ToString();

        for (var attempt = 1; ; attempt++)
        {
            var result = await SendOnceAsync(new OutboundSms(subscriber.Phone, body, "reminder", subscriber.Key), cancellationToken);
            switch (result.Status)
            {
                case SmsSendStatus.Accepted:
                    await store.RecordAsync(claim, ClaimStates.Sent, result.MessageSid, null, cancellationToken);
                    tally.Sent();
                    metrics.ReminderSent(kind);
                    LogAccepted(template.Id, masked, result.MessageSid);
                    await FinishAsync(subscriber, entry, now, cancellationToken);
                    return;

                case SmsSendStatus.OptedOut or SmsSendStatus.Undeliverable:
                    var code = result.ErrorCode ?? 0;
                    await store.RecordAsync(claim, ClaimStates.Suppressed, null, code.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                    var reason = result.Status == SmsSendStatus.OptedOut ? "opted_out" : "undeliverable";
                    Suppress(tally, reason);
                    LogSuppressed(masked, code, reason);
                    await subscribers.RecordTwilioErrorAsync(subscriber.Key, code, cancellationToken);

                    await store.DeleteDueAsync(entry, cancellationToken);
                    await store.DeletePointerAsync(subscriber.Key, entry.SeriesId, cancellationToken);
                    return;

                case SmsSendStatus.Unknown:
                    // Timed out after the request went out: it may have been delivered. Never retried (at most once).
                    await store.RecordAsync(claim, ClaimStates.Unknown, null, "timeout", cancellationToken);
                    tally.Failed();
                    metrics.ReminderFailed(kind);
                    LogTimedOut(masked);
                    await FinishAsync(subscriber, entry, now, cancellationToken);
                    return;

                case SmsSendStatus.Permanent:
                    await store.RecordAsync(claim, ClaimStates.Failed, null, result.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
                    tally.Failed();
                    metrics.ReminderFailed(kind);
                    LogRefused(masked, result.ErrorCode);
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

            LogRetrying(masked, result.Status, result.ErrorCode, attempt + 1, delay.Value);
            await Task.Delay(delay.Value, time, cancellationToken);
        }
    }

    private async Task GiveUpForThisRunAsync(Subscriber subscriber, DueEntity entry, ClaimEntity claim, SmsSendResult result, string masked, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var reason = result.Status == SmsSendStatus.RateLimited ? "rate_limited" : "transient";
        if (claim.Runs >= options.MaxRuns)
        {
            await store.RecordAsync(claim, ClaimStates.Failed, null, reason, cancellationToken);
            tally.Failed();
            metrics.ReminderFailed(reason);
            LogGaveUp(masked, reason, result.ErrorCode, claim.Runs);
            await FinishAsync(subscriber, entry, now, cancellationToken);
            return;
        }

        // The due entry stays; the next run takes the claim over by ETag (while still inside the grace window).
        await store.RecordAsync(claim, ClaimStates.Retry, null, reason, cancellationToken);
        tally.Deferred();
        LogDeferred(masked, reason, result.ErrorCode);
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
    private async Task FinishAsync(Subscriber subscriber, DueEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
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
    private async Task HousekeepAsync(Subscriber subscriber, DateTimeOffset now, bool pruneClaims, CancellationToken cancellationToken)
    {
        try
        {
            var planned = (await store.PointersAsync(subscriber.Key, cancellationToken)).Select(p => p.RowKey).ToHashSet(StringComparer.Ordinal);

            // Read again: a STOP or erasure since this entry was read must not be planned back in.
            var current = await subscribers.FindAsync(subscriber.Key, cancellationToken);
            var series = current is not null && current.HasReminderPlan(now) ? ReminderPlanner.SeriesOf(current) : [];
            foreach (var stream in series)
            {
                if (!planned.Contains(stream.Id) && planner.Next(current!, stream.Id, now.AddMinutes(1)) is { } next)
                {
                    LogMissingSeries(stream.Id, next.DueAt);
                    await store.PutDueAsync(subscriber.Key, next, cancellationToken);
                }
            }

            if (pruneClaims)
            {
                var pruned = await store.PruneClaimsAsync(subscriber.Key, now - options.ClaimRetention, cancellationToken);
                if (pruned > 0)
                {
                    LogPruned(pruned, options.ClaimRetention);
                }
            }
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            LogHousekeepingFailed(StorageFailures.Describe(ex));
        }
    }

    private async Task FinishWithCurrentStateAsync(DueEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.FindAsync(entry.SubscriberKey, cancellationToken);
        if (subscriber is not null && subscriber.HasReminderPlan(now))
        {
            await RescheduleAsync(subscriber, entry.SeriesId, now, entry.Ordinal + 1, cancellationToken);
        }

        await store.DeleteDueAsync(entry, cancellationToken);
    }

    private async Task RescheduleAsync(Subscriber subscriber, string seriesId, DateTimeOffset now, long minOrdinal, CancellationToken cancellationToken)
    {
        // Strictly after now: this run has already read everything due up to now, so the next occurrence's due
        // entry is never the one being handled (its minute, and so its partition, is later).
        var next = planner.Next(subscriber, seriesId, now.AddMinutes(1), minOrdinal);
        if (next is null)
        {
            await store.DeletePointerAsync(subscriber.Key, seriesId, cancellationToken);
            return;
        }

        await store.PutDueAsync(subscriber.Key, next, cancellationToken);
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

    /// <summary>
    /// One call to the sender, bounded by <see cref="ReminderOptions.SendTimeout"/> on the engine's clock. A timeout
    /// after the request went out may hide an accepted message, so it is <see cref="SmsSendStatus.Unknown"/>.
    /// </summary>
    private async Task<SmsSendResult> SendOnceAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken).WaitAsync(options.SendTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new SmsSendResult(SmsSendStatus.Unknown);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder run at {RunAt:O}: {Due} due, {Sent} sent, {Failed} failed, {Suppressed} suppressed, {Skipped} skipped, {Deferred} deferred")]
    private partial void LogRun(DateTimeOffset runAt, int due, int sent, int failed, int suppressed, int skipped, int deferred);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence} to {To} not sent: paused")]
    private partial void LogPaused(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence} to {To} skipped ({Reason}) and rescheduled")]
    private partial void LogSkipped(string occurrence, string to, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Template} to {To} accepted as {MessageSid}")]
    private partial void LogAccepted(string template, string to, string? messageSid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder to {To}: Twilio answered {Status} ({ErrorCode}); retry {Attempt} in {Delay}")]
    private partial void LogRetrying(string to, SmsSendStatus status, int? errorCode, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Count} claims older than {Retention}")]
    private partial void LogPruned(int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder run at {RunAt:O} could not read the due index ({Reason}); the next run resumes")]
    private partial void LogDueIndexUnreadable(DateTimeOffset runAt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder run stopped: Table Storage failed ({Reason}); the next run resumes")]
    private partial void LogRunStopped(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a due entry with an invalid subscriber key in partition {Partition}")]
    private partial void LogInvalidKey(string partition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To}: outcome unknown after a run stopped mid-send; not sent again")]
    private partial void LogCrashedRun(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To} failed after {Runs} runs")]
    private partial void LogOutOfRuns(string occurrence, string to, int runs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {To} refused by Twilio ({ErrorCode}, {Reason}); the number is suppressed")]
    private partial void LogSuppressed(string to, int errorCode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {To}: Twilio did not answer in time; outcome unknown, not sent again")]
    private partial void LogTimedOut(string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {To} refused by Twilio ({ErrorCode})")]
    private partial void LogRefused(string to, int? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {To} failed ({Reason}, {ErrorCode}) after {Runs} runs")]
    private partial void LogGaveUp(string to, string reason, int? errorCode, int runs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {To} not accepted ({Reason}, {ErrorCode}); the next run retries")]
    private partial void LogDeferred(string to, string reason, int? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder series {Series} was missing from the plan; planned for {DueAt:O}")]
    private partial void LogMissingSeries(string series, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder housekeeping failed ({Reason}); the next check-in tries again")]
    private partial void LogHousekeepingFailed(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder {Occurrence} failed with {ErrorType}")]
    private partial void LogEntryFailed(string occurrence, string errorType);
}
