using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telemetry;
using PainCoach.Telephony;

namespace PainCoach.Reminders;

/// <summary>
/// What one run did. <see cref="Completed"/> is false when storage failed and the run stopped early.
/// <see cref="LookedUp"/> counts occurrences whose outcome was unknown and that were looked up at Twilio.
/// </summary>
public sealed record ReminderRunResult(int Due, int Sent, int Failed, int Suppressed, int Skipped, int Deferred, bool Completed)
{
    public int LookedUp { get; init; }

    /// <summary>The instant the run worked on (its scheduled occurrence; see <see cref="ReminderRunTime"/>).</summary>
    public DateTimeOffset RunAt { get; init; }
}

/// <summary>
/// One run of the reminder timer: reads everything due up to its scheduled minute from the due index, claims each
/// occurrence once, sends with bounded concurrency, settles every unknown outcome by asking Twilio, records the
/// MessageSid and schedules the next occurrence. Safe to run twice at once, on two instances, or again after a
/// crash: see docs/reminders.md for the protocol.
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

    /// <summary>A run on the clock (tools, tests); the timer passes its scheduled occurrence instead.</summary>
    public Task<ReminderRunResult> RunAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <param name="scheduledFor">The occurrence the timer fired for, if the host says (see <see cref="ReminderRunTime"/>).</param>
    /// <param name="cancellationToken">The host's: ends the run.</param>
    public async Task<ReminderRunResult> RunAsync(DateTimeOffset? scheduledFor, CancellationToken cancellationToken)
    {
        var now = ReminderRunTime.For(time.GetUtcNow(), scheduledFor);
        IReadOnlyList<DueEntity> due;
        try
        {
            due = await store.ReadDueAsync(now, options.MaxDuePerRun, cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            LogDueIndexUnreadable(now, StorageFailures.Describe(ex));
            return new ReminderRunResult(0, 0, 0, 0, 0, 0, Completed: false) { RunAt = now };
        }

        using var writes = store.BeginDueBatch();
        using var run = new Run(now, new Tally(), writes, options.SendConcurrency);
        var storageFailed = false;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.SendConcurrency, CancellationToken = stop.Token };

        async Task Guarded(string occurrenceId, Func<Task> work)
        {
            try
            {
                // In-flight work finishes with the host's token, so a storage fault elsewhere does not cut a Twilio
                // call in half; the stop token only keeps new work from starting.
                await work();
            }
            catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
            {
                storageFailed = true;
                LogRunStopped(StorageFailures.Describe(ex));
                await stop.CancelAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad entry must not stop the others; its claim (if any) is settled by a later run after the lease.
                LogEntryFailed(occurrenceId, ex.GetType().Name);
            }
        }

        try
        {
            // An unknown outcome is settled beside the sends: it waits out the settle delay without holding a send
            // slot, then Twilio is asked (look-ups and re-sends have SendConcurrency slots of their own).
            run.Settle = pending => run.Settling.Add(Guarded(pending.Entry.OccurrenceId, () => SettleAsync(pending, run, cancellationToken)));
            await Parallel.ForEachAsync(due.Where(d => d.DueAt <= now), parallel, (entry, _) => new ValueTask(Guarded(entry.OccurrenceId, async () =>
            {
                await HandleAsync(entry, run, cancellationToken);
                await writes.FlushIfFullAsync(cancellationToken);
            })));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Storage failed: the remaining due entries stay in the index for the next run.
        }
        finally
        {
            // Whatever ended the sends, the settling started beside them finishes before the run's state goes away
            // (each one logs its own failure; a claim left unsettled is settled by a later run after the lease).
            await Task.WhenAll(run.Settling).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        try
        {
            await writes.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            // Entries whose removal was not written come up again; their claims are final, so nothing is sent twice.
            storageFailed = true;
            LogRunStopped(StorageFailures.Describe(ex));
        }

        var result = run.Tally.ToResult(due.Count, !storageFailed) with { RunAt = now };
        LogRun(now, result.Due, result.Sent, result.Failed, result.Suppressed, result.Skipped, result.Deferred, result.LookedUp);
        return result;
    }

    private async Task HandleAsync(DueEntity entry, Run run, CancellationToken cancellationToken)
    {
        var now = run.Now;
        var tally = run.Tally;
        var key = entry.SubscriberKey;
        if (!SubscriberKeys.IsValid(key))
        {
            LogInvalidKey(entry.PartitionKey);
            run.Writes.Delete(entry);
            return;
        }

        var subscriber = await subscribers.FindAsync(key, cancellationToken);
        if (subscriber is null || !subscriber.HasReminderPlan(now))
        {
            // Unknown, erased, pending or stopped: nothing is sent and the stream ends; START or YES schedules again.
            Suppress(tally, subscriber is null ? "unknown" : "inactive");
            run.Writes.Delete(entry);
            await store.DeletePointerAsync(key, entry.SeriesId, cancellationToken);
            return;
        }

        var masked = subscriber.Phone.Masked;
        if (subscriber.PausedUntil is { } pausedUntil && pausedUntil > now)
        {
            Suppress(tally, "paused");
            LogPaused(entry.OccurrenceId, masked);
            await MoveOnAsync(subscriber, entry, run, entry.Ordinal + 1, null, cancellationToken);
            return;
        }

        if (!planner.IsCurrent(subscriber, entry.SeriesId, entry.Ordinal, entry.DueAt))
        {
            // Written before a TIME, TZ or program change. Replan the stream from the current state (idempotent).
            Skip(tally, "stale");
            await MoveOnAsync(subscriber, entry, run, entry.Ordinal, null, cancellationToken);
            await HousekeepAsync(subscriber, now, pruneClaims: false, cancellationToken);
            return;
        }

        var missed = entry.DueAt < now - options.GraceWindow;
        if (missed || !planner.InSendWindow(now, subscriber.TimeZoneId))
        {
            var reason = missed ? "missed" : "quiet_hours";
            Skip(tally, reason);
            LogSkipped(entry.OccurrenceId, masked, reason);
            await MoveOnAsync(subscriber, entry, run, entry.Ordinal + 1, null, cancellationToken);
            return;
        }

        if (await ClaimAsync(entry, run, masked, cancellationToken) is not { } claimed)
        {
            return;
        }

        var pending = Compose(subscriber, entry, claimed.Claim, claimed.NotBefore);
        if (claimed.ResolveFirst)
        {
            // A crashed run's claim: Twilio may have it. Ask before anything is sent (the lease has long passed).
            run.Settle(pending);
            return;
        }

        if (!await AttemptAsync(pending, run, cancellationToken))
        {
            pending.LastAttemptAt = time.GetUtcNow();
            run.Settle(pending);
        }
    }

    private Pending Compose(Subscriber subscriber, DueEntity entry, ClaimEntity claim, DateTimeOffset notBefore)
    {
        var stream = ReminderPlanner.SeriesOf(subscriber).First(s => s.Id == entry.SeriesId);
        var template = ReminderTemplates.Choose(subscriber.Program, stream.Kind, stream.Slot, entry.Ordinal, stream.LocalTime);
        var body = ReminderTemplates.Render(painCoachOptions.Value.ProgramName, subscriber.Program, template);

        // The occurrence id tags the send: the status callback carries it back.
        var message = new OutboundSms(subscriber.Phone, body, "reminder", subscriber.Key, entry.OccurrenceId);
        return new Pending(subscriber, entry, claim, message, stream.Kind.ToString(), template.Id, notBefore);
    }

    /// <summary>The claim this run now holds, or null when another run has it or it is already settled.</summary>
    private async Task<Claimed?> ClaimAsync(DueEntity entry, Run run, string masked, CancellationToken cancellationToken)
    {
        var now = run.Now;
        var attempt = await store.TryClaimAsync(entry.SubscriberKey, entry.OccurrenceId, now, cancellationToken);
        if (attempt.Won)
        {
            return new Claimed(attempt.Claim, ResolveFirst: false, NotBefore: time.GetUtcNow());
        }

        var existing = attempt.Claim;
        if (ClaimStates.IsFinal(existing.State))
        {
            // Settled by an earlier run that stopped before tidying up: finish its bookkeeping, send nothing.
            await FinishWithCurrentStateAsync(entry, run, cancellationToken);
            return null;
        }

        if (existing.State == ClaimStates.Claimed && now - existing.ClaimedAt < options.ClaimLease)
        {
            return null; // Another run is on it now.
        }

        if (existing.Runs >= options.MaxRuns)
        {
            var unknown = existing.State == ClaimStates.Claimed;
            existing.State = unknown ? ClaimStates.Unknown : ClaimStates.Failed;
            existing.Reason = unknown ? "crashed_runs" : "out_of_runs";
            if (await store.TryReplaceClaimAsync(existing, cancellationToken))
            {
                run.Tally.Failed();
                metrics.ReminderFailed(unknown ? "unknown" : "out_of_runs");
                LogOutOfRuns(entry.OccurrenceId, masked, existing.Runs, existing.Reason);
                await FinishWithCurrentStateAsync(entry, run, cancellationToken);
            }

            return null;
        }

        // A run that claimed it and vanished (Twilio may have it: look it up first), or a definite refusal in an
        // earlier run (send again). One run takes it over, by ETag.
        var crashed = existing.State == ClaimStates.Claimed;
        var notBefore = existing.ClaimedAt - ReminderRunTime.EarlyWakeTolerance;
        existing.State = ClaimStates.Claimed;
        existing.ClaimedAt = now;
        existing.Runs++;
        existing.Reason = crashed ? "resolving" : null;
        if (!await store.TryReplaceClaimAsync(existing, cancellationToken))
        {
            return null;
        }

        if (crashed)
        {
            LogCrashedRun(entry.OccurrenceId, masked);
        }

        return new Claimed(existing, crashed, crashed ? notBefore : time.GetUtcNow());
    }

    /// <summary>
    /// Sends with bounded retries of what Twilio definitely did not take. True when the occurrence is settled
    /// (sent, suppressed, failed or deferred to the next run); false when the outcome is unknown.
    /// </summary>
    private async Task<bool> AttemptAsync(Pending pending, Run run, CancellationToken cancellationToken)
    {
        var (subscriber, entry, claim, masked) = (pending.Subscriber, pending.Entry, pending.Claim, pending.Subscriber.Phone.Masked);
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1 && await StoppedSinceReadAsync(pending, run, cancellationToken))
            {
                return true;
            }

            var result = await SendOnceAsync(pending.Message, cancellationToken);
            switch (result.Status)
            {
                case SmsSendStatus.Accepted:
                    await SettleSentAsync(pending, run, result.MessageSid, cancellationToken);
                    return true;

                case SmsSendStatus.OptedOut or SmsSendStatus.Undeliverable:
                    var code = result.ErrorCode ?? 0;
                    if (await store.RecordAsync(claim, ClaimStates.Suppressed, null, code.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken))
                    {
                        var reason = result.Status == SmsSendStatus.OptedOut ? "opted_out" : "undeliverable";
                        Suppress(run.Tally, reason);
                        LogSuppressed(masked, code, reason);
                        await subscribers.RecordTwilioErrorAsync(subscriber.Key, code, cancellationToken);
                        run.Writes.Delete(entry);
                        await store.DeletePointerAsync(subscriber.Key, entry.SeriesId, cancellationToken);
                    }

                    return true;

                case SmsSendStatus.Unknown:
                    // The request went out and the answer was lost: Twilio may have created it. Ask, never guess.
                    LogOutcomeUnknown(entry.OccurrenceId, masked);
                    return false;

                case SmsSendStatus.Permanent:
                    if (await MoveOnAsync(subscriber, entry, run, entry.Ordinal + 1, new ClaimRecord(claim, ClaimStates.Failed, null, result.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken))
                    {
                        run.Tally.Failed();
                        metrics.ReminderFailed(pending.Kind);
                        LogRefused(masked, result.ErrorCode);
                    }

                    return true;
            }

            // 429, 5xx or a request that provably never left: Twilio did not take it, so another try cannot double it.
            // What never left goes again at once; Twilio's own refusals wait.
            var delay = result.Status == SmsSendStatus.NotSent ? TimeSpan.Zero : RetryDelay(attempt, result.RetryAfter, options);
            if (attempt >= options.MaxSendAttempts || delay is null)
            {
                await GiveUpForThisRunAsync(pending, run, result, cancellationToken);
                return true;
            }

            LogRetrying(masked, result.Status, result.ErrorCode, attempt + 1, delay.Value);
            if (delay.Value > TimeSpan.Zero)
            {
                await Task.Delay(delay.Value, time, cancellationToken);
            }
        }
    }

    /// <summary>
    /// An unknown outcome: after the settle delay, Twilio's Messages list says whether the message was created.
    /// Found: sent. Not found: send again (and settle that one the same way). Twilio cannot be asked: keep asking
    /// with backoff until the claim's lease runs short, then record unknown (counted and logged).
    /// </summary>
    private async Task SettleAsync(Pending pending, Run run, CancellationToken cancellationToken)
    {
        var (entry, masked) = (pending.Entry, pending.Subscriber.Phone.Masked);

        // Stop while another run could not yet take the claim over: one lookup and one send may still be in flight.
        var deadline = pending.Claim.ClaimedAt + options.ClaimLease - (options.SendTimeout * 2);
        while (true)
        {
            var settled = pending.LastAttemptAt + options.LookupSettleDelay - time.GetUtcNow();
            if (settled > TimeSpan.Zero)
            {
                await Task.Delay(settled, time, cancellationToken);
            }

            if (time.GetUtcNow() >= deadline)
            {
                if (await MoveOnAsync(pending.Subscriber, entry, run, entry.Ordinal + 1, new ClaimRecord(pending.Claim, ClaimStates.Unknown, null, "lookup_unavailable"), cancellationToken))
                {
                    run.Tally.Failed();
                    metrics.ReminderFailed("unknown");
                    LogUnknown(entry.OccurrenceId, masked);
                }

                return;
            }

            await run.SettleSlots.WaitAsync(cancellationToken);
            try
            {
                if (await SettleOnceAsync(pending, run, cancellationToken))
                {
                    return;
                }
            }
            finally
            {
                run.SettleSlots.Release();
            }

            if (pending.LookupFailures > 0)
            {
                var wait = RetryDelay(pending.LookupFailures, null, options) ?? options.MaxRetryDelay;
                LogLookupRetry(entry.OccurrenceId, masked, wait);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    /// <summary>One look-up and what follows from it; true when the occurrence is settled.</summary>
    private async Task<bool> SettleOnceAsync(Pending pending, Run run, CancellationToken cancellationToken)
    {
        var (entry, masked) = (pending.Entry, pending.Subscriber.Phone.Masked);
        run.Tally.LookedUp();
        var known = await store.RecordedSidsAsync(pending.Subscriber.Key, pending.NotBefore - TimeSpan.FromDays(1), cancellationToken);
        var found = await FindOnceAsync(new SentSmsQuery(pending.Subscriber.Phone, pending.Message.Body, pending.Subscriber.Key, pending.NotBefore, known), cancellationToken);
        switch (found.Status)
        {
            case SmsLookupStatus.Found:
                metrics.ReminderLookedUp("found");
                await SettleSentAsync(pending, run, found.MessageSid, cancellationToken);
                return true;

            case SmsLookupStatus.NotFound:
                // A late status callback tagged with this occurrence may have settled it meanwhile.
                pending.LookupFailures = 0;
                var current = await store.GetClaimAsync(pending.Subscriber.Key, entry.OccurrenceId, cancellationToken);
                if (current is null || current.ETag != pending.Claim.ETag)
                {
                    if (current?.State == ClaimStates.Sent)
                    {
                        metrics.ReminderLookedUp("callback");
                        run.Tally.Sent();
                        await FinishWithCurrentStateAsync(entry, run, cancellationToken);
                    }

                    return true;
                }

                metrics.ReminderLookedUp("not_found");
                LogNotCreated(entry.OccurrenceId, masked);
                if (await StoppedSinceReadAsync(pending, run, cancellationToken) || await AttemptAsync(pending, run, cancellationToken))
                {
                    return true;
                }

                pending.LastAttemptAt = time.GetUtcNow();
                return false;

            default:
                pending.LookupFailures++;
                return false;
        }
    }

    /// <summary>
    /// Before sending again (a retry after Twilio refused, or a re-send after a look-up found nothing): a STOP, an
    /// erasure or a PAUSE may have come since the record was read, up to a claim lease ago. One read, only on these
    /// paths. True when nothing may be sent: the claim is then settled as suppressed.
    /// </summary>
    private async Task<bool> StoppedSinceReadAsync(Pending pending, Run run, CancellationToken cancellationToken)
    {
        var (entry, claim, key) = (pending.Entry, pending.Claim, pending.Subscriber.Key);
        var now = time.GetUtcNow();
        var current = await subscribers.FindAsync(key, cancellationToken);
        var stopped = current is null || !current.HasReminderPlan(now);
        var paused = !stopped && current!.PausedUntil is { } pausedUntil && pausedUntil > now;
        if (!stopped && !paused)
        {
            return false;
        }

        LogStoppedBeforeResend(entry.OccurrenceId, pending.Subscriber.Phone.Masked, stopped ? "inactive" : "paused");
        if (paused)
        {
            if (await MoveOnAsync(current!, entry, run, entry.Ordinal + 1, new ClaimRecord(claim, ClaimStates.Suppressed, null, "paused"), cancellationToken))
            {
                Suppress(run.Tally, "paused");
            }

            return true;
        }

        if (await store.RecordAsync(claim, ClaimStates.Suppressed, null, "inactive", cancellationToken))
        {
            Suppress(run.Tally, current is null ? "unknown" : "inactive");
            run.Writes.Delete(entry);
            await store.DeletePointerAsync(key, entry.SeriesId, cancellationToken);
        }

        return true;
    }

    private async Task SettleSentAsync(Pending pending, Run run, string? messageSid, CancellationToken cancellationToken)
    {
        var entry = pending.Entry;
        if (await MoveOnAsync(pending.Subscriber, entry, run, entry.Ordinal + 1, new ClaimRecord(pending.Claim, ClaimStates.Sent, messageSid, null), cancellationToken))
        {
            run.Tally.Sent();
            metrics.ReminderSent(pending.Kind);
            LogAccepted(pending.TemplateId, pending.Subscriber.Phone.Masked, messageSid);
        }
    }

    private async Task GiveUpForThisRunAsync(Pending pending, Run run, SmsSendResult result, CancellationToken cancellationToken)
    {
        var (entry, claim, masked) = (pending.Entry, pending.Claim, pending.Subscriber.Phone.Masked);
        var reason = result.Status == SmsSendStatus.RateLimited ? "rate_limited" : "transient";
        if (claim.Runs >= options.MaxRuns)
        {
            if (await MoveOnAsync(pending.Subscriber, entry, run, entry.Ordinal + 1, new ClaimRecord(claim, ClaimStates.Failed, null, reason), cancellationToken))
            {
                run.Tally.Failed();
                metrics.ReminderFailed(reason);
                LogGaveUp(masked, reason, result.ErrorCode, claim.Runs);
            }

            return;
        }

        // The due entry stays; the next run takes the claim over by ETag (while still inside the grace window).
        if (await store.RecordAsync(claim, ClaimStates.Retry, null, reason, cancellationToken))
        {
            run.Tally.Deferred();
            LogDeferred(masked, reason, result.ErrorCode);
        }
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

    /// <summary>
    /// Records the claim's outcome (if any) and points the series at its next occurrence in one transaction, then
    /// queues the next due entry and this entry's removal for the run's batched due-index writes (entries before
    /// removals: nothing is lost). False when another run has taken the claim over: it finishes the bookkeeping.
    /// </summary>
    private async Task<bool> MoveOnAsync(Subscriber subscriber, DueEntity entry, Run run, long minOrdinal, ClaimRecord? record, CancellationToken cancellationToken)
    {
        // Strictly after the run's minute: this run has already read everything due up to it, so the next
        // occurrence's due entry is never the one being handled (its minute, and so its partition, is later).
        var next = planner.Next(subscriber, entry.SeriesId, run.Now.AddMinutes(1), minOrdinal) is { } occurrence
            ? ReminderStore.DueEntityFor(subscriber.Key, occurrence)
            : null;
        var planKept = true;
        if (record is not null)
        {
            var outcome = await store.RecordWithPointerAsync(record.Claim, record.State, record.MessageSid, record.Reason, entry.SeriesId, next, cancellationToken);
            if (outcome == RecordOutcome.TakenOver)
            {
                LogTakenOver(entry.OccurrenceId, subscriber.Phone.Masked);
                return false;
            }

            if (outcome == RecordOutcome.PlanRemoved)
            {
                planKept = await KeepPlanAsync(subscriber.Key, entry, next!, run, cancellationToken);
                if (planKept && !await store.RecordAsync(record.Claim, record.State, record.MessageSid, record.Reason, cancellationToken))
                {
                    LogTakenOver(entry.OccurrenceId, subscriber.Phone.Masked);
                    return false;
                }
            }
        }
        else if (next is not null)
        {
            planKept = await store.MovePointerAsync(subscriber.Key, entry.SeriesId, next, create: false, cancellationToken)
                || await KeepPlanAsync(subscriber.Key, entry, next, run, cancellationToken);
        }
        else
        {
            await store.DeletePointerAsync(subscriber.Key, entry.SeriesId, cancellationToken);
        }

        if (next is not null && planKept)
        {
            run.Writes.Put(next);
        }

        run.Writes.Delete(entry);
        if (entry.SeriesId == ReminderPlanner.CheckInSeriesId && minOrdinal > entry.Ordinal)
        {
            await HousekeepAsync(subscriber, run.Now, pruneClaims: true, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// The series' pointer was gone when this run moved it on. A record that still has a plan means the pointer was
    /// only missing (written before pointers moved into the claims' partition): it is planted. Otherwise STOP or
    /// erasure removed the plan while this reminder was handled: nothing is planted back, and what this run wrote
    /// for that person (its claim) goes too. One read, only on this path.
    /// </summary>
    private async Task<bool> KeepPlanAsync(string subscriberKey, DueEntity entry, DueEntity next, Run run, CancellationToken cancellationToken)
    {
        var current = await subscribers.FindAsync(subscriberKey, cancellationToken);
        if (current is not null && current.HasReminderPlan(run.Now))
        {
            await store.MovePointerAsync(subscriberKey, entry.SeriesId, next, create: true, cancellationToken);
            return true;
        }

        LogPlanRemoved(entry.OccurrenceId);
        await store.RemoveSubscriberAsync(subscriberKey, cancellationToken);
        return false;
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
            var planned = (await store.PointersAsync(subscriber.Key, cancellationToken)).Select(p => p.SeriesId).ToHashSet(StringComparer.Ordinal);

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

    private async Task FinishWithCurrentStateAsync(DueEntity entry, Run run, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.FindAsync(entry.SubscriberKey, cancellationToken);
        if (subscriber is not null && subscriber.HasReminderPlan(run.Now))
        {
            await MoveOnAsync(subscriber, entry, run, entry.Ordinal + 1, null, cancellationToken);
            return;
        }

        run.Writes.Delete(entry);
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
    /// One call to the sender, bounded by <see cref="ReminderOptions.SendTimeout"/> on the engine's clock. The
    /// deadline aborts the HTTP request itself, so a timed-out send cannot reach Twilio after its look-up; a timeout
    /// after the request went out may hide an accepted message, so it is <see cref="SmsSendStatus.Unknown"/>.
    /// </summary>
    private async Task<SmsSendResult> SendOnceAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(options.SendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await sender.SendAsync(message, linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new SmsSendResult(SmsSendStatus.Unknown);
        }
    }

    private async Task<SmsLookupResult> FindOnceAsync(SentSmsQuery query, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(options.SendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await sender.FindAsync(query, linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return SmsLookupResult.Unavailable;
        }
    }

    /// <summary>What one run shares among its workers.</summary>
    private sealed class Run(DateTimeOffset now, Tally tally, DueIndexBatch writes, int settleConcurrency) : IDisposable
    {
        public DateTimeOffset Now { get; } = now;

        public Tally Tally { get; } = tally;

        public DueIndexBatch Writes { get; } = writes;

        /// <summary>Starts settling an unknown outcome in the background of the run.</summary>
        public Action<Pending> Settle { get; set; } = _ => throw new InvalidOperationException("The run has not started.");

        public ConcurrentBag<Task> Settling { get; } = [];

        /// <summary>Bounds the look-ups and re-sends that settling makes at once.</summary>
        public SemaphoreSlim SettleSlots { get; } = new(settleConcurrency, settleConcurrency);

        public void Dispose() => SettleSlots.Dispose();
    }

    private sealed record Claimed(ClaimEntity Claim, bool ResolveFirst, DateTimeOffset NotBefore);

    private sealed record ClaimRecord(ClaimEntity Claim, string State, string? MessageSid, string? Reason);

    /// <summary>A claimed occurrence and its message; <see cref="LastAttemptAt"/> is when it was last handed to Twilio.</summary>
    private sealed record Pending(Subscriber Subscriber, DueEntity Entry, ClaimEntity Claim, OutboundSms Message, string Kind, string TemplateId, DateTimeOffset NotBefore)
    {
        public DateTimeOffset LastAttemptAt { get; set; } = DateTimeOffset.MinValue;

        /// <summary>Look-ups in a row that could not reach Twilio (they back off).</summary>
        public int LookupFailures { get; set; }
    }

    private sealed class Tally
    {
        private int sent, failed, suppressed, skipped, deferred, lookedUp;

        public void Sent() => Interlocked.Increment(ref sent);

        public void Failed() => Interlocked.Increment(ref failed);

        public void Suppressed() => Interlocked.Increment(ref suppressed);

        public void Skipped() => Interlocked.Increment(ref skipped);

        public void Deferred() => Interlocked.Increment(ref deferred);

        public void LookedUp() => Interlocked.Increment(ref lookedUp);

        public ReminderRunResult ToResult(int due, bool completed) => new(due, sent, failed, suppressed, skipped, deferred, completed) { LookedUp = lookedUp };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder run at {RunAt:O}: {Due} due, {Sent} sent, {Failed} failed, {Suppressed} suppressed, {Skipped} skipped, {Deferred} deferred, {LookedUp} looked up")]
    private partial void LogRun(DateTimeOffset runAt, int due, int sent, int failed, int suppressed, int skipped, int deferred, int lookedUp);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence} to {To}: Twilio's answer was lost; it will be looked up")]
    private partial void LogOutcomeUnknown(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence} to {To} was not created at Twilio; sending it again")]
    private partial void LogNotCreated(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To}: Twilio could not be asked; asking again in {Delay}")]
    private partial void LogLookupRetry(string occurrence, string to, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To}: outcome unknown, Twilio could not be asked within the claim lease; not sent again")]
    private partial void LogUnknown(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence}: the plan was removed (STOP or erasure) while it was handled; nothing is planned again")]
    private partial void LogPlanRemoved(string occurrence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To}: another run took the claim over; it settles the outcome")]
    private partial void LogTakenOver(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence} to {To} not sent again: {Reason} since it was claimed")]
    private partial void LogStoppedBeforeResend(string occurrence, string to, string reason);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To}: a run stopped mid-send; asking Twilio whether it was created")]
    private partial void LogCrashedRun(string occurrence, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Occurrence} to {To} given up after {Runs} runs ({Reason})")]
    private partial void LogOutOfRuns(string occurrence, string to, int runs, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {To} refused by Twilio ({ErrorCode}, {Reason}); the number is suppressed")]
    private partial void LogSuppressed(string to, int errorCode, string reason);

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
