using Microsoft.Extensions.Logging;
using PainCoach.Subscribers;

namespace PainCoach.Reminders;

/// <summary>
/// Keeps a subscriber's due entries in step with their record. The conversation and sign-up hand it the record they
/// have just saved (nothing is read again); STOP and erasure remove the plan.
/// </summary>
public sealed partial class ReminderScheduler(
    ReminderStore store,
    ReminderPlanner planner,
    ISubscriberDirectory subscribers,
    TimeProvider time,
    ILogger<ReminderScheduler> logger)
{
    /// <summary>
    /// Recomputes everything due for this subscriber from the record (JOIN, YES, START, TIME, TZ, PAUSE, RESUME), then
    /// reads the record again: if another change (STOP racing START, two TIME changes, an erasure) saved a different
    /// record meanwhile, the plan is written again from that one, so the last writer leaves the plan the final
    /// record says (plan writes are per-series compare and swap: see <see cref="ReminderStore.SetSeriesAsync"/>).
    /// </summary>
    public async Task ScheduleAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        SubscriberKeys.ThrowIfInvalid(subscriber.Key);
        await SettleAsync(subscriber, cancellationToken);
    }

    /// <summary>STOP and erasure: deletes the subscriber's due entries, plan and sent records, then re-checks the record (a START that won the race is planned).</summary>
    public async Task RemoveAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        SubscriberKeys.ThrowIfInvalid(subscriberKey);
        await store.RemoveSubscriberAsync(subscriberKey, cancellationToken);
        if (await subscribers.FindAsync(subscriberKey, cancellationToken) is { } current && current.HasReminderPlan(time.GetUtcNow()))
        {
            await SettleAsync(current, cancellationToken);
        }
    }

    private async Task SettleAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        const int MaxPasses = 4;
        var planned = subscriber;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            await WritePlanAsync(planned, cancellationToken);
            var current = await subscribers.FindAsync(planned.Key, cancellationToken);
            if (current is null)
            {
                // Erased meanwhile: nothing keyed to the person may stay.
                await store.RemoveSubscriberAsync(planned.Key, cancellationToken);
                return;
            }

            if (current.ScheduleVersion == planned.ScheduleVersion && current.Status == planned.Status)
            {
                return;
            }

            planned = current;
        }

        LogStillChanging(planned.Phone.Masked);
    }

    private async Task WritePlanAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!subscriber.HasReminderPlan(now))
        {
            await store.ReplacePlanAsync(subscriber.Key, [], cancellationToken);
            return;
        }

        // From the next minute: the current one may already have been read by a run. A pause is applied by the planner.
        var plan = planner.Plan(subscriber, now.AddMinutes(1));
        await store.ReplacePlanAsync(subscriber.Key, plan, cancellationToken);
        LogScheduled(plan.Count, subscriber.Phone.Masked);
    }

    /// <summary>
    /// After a record was saved: replans when anything that decides what is sent changed
    /// (<see cref="Subscriber.ScheduleVersion"/>), removes the plan on STOP. A failure is logged, not thrown: the
    /// person's message has already taken effect, and the engine re-reads the record before every send, so a stale
    /// plan can never text a stopped or paused person. The dispatcher heals the plan itself (stale entries, and each
    /// check-in plans what the record has and the plan lacks).
    /// </summary>
    public async Task SubscriberSavedAsync(Subscriber? before, Subscriber after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is not null && before.ScheduleVersion == after.ScheduleVersion)
        {
            return;
        }

        try
        {
            if (after.Status == SubscriberStatus.Stopped)
            {
                await RemoveAsync(after.Key, cancellationToken);
            }
            else
            {
                await ScheduleAsync(after, cancellationToken);
            }
        }
#pragma warning disable CA1031 // The inbound message already took effect; see the summary.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogSyncFailed(ex.GetType().Name);
        }
    }

    /// <summary>
    /// After erasure: the record is gone; what remains of the plan and the claims (which hold message ids) goes too.
    /// Failures propagate: an erasure must not answer "done" while rows keyed to the person stay, and it is idempotent,
    /// so the caller asks again.
    /// </summary>
    public Task SubscriberErasedAsync(string subscriberKey, CancellationToken cancellationToken) =>
        RemoveAsync(subscriberKey, cancellationToken);

    /// <summary>
    /// A status callback whose URL carries a reminder occurrence id (every reminder send is tagged so): a claim whose
    /// outcome was lost (still claimed, or recorded unknown) becomes sent with Twilio's message id. A malformed or
    /// foreign id changes nothing. True when it settled one.
    /// </summary>
    public async Task<bool> SentReportedAsync(string subscriberKey, string? occurrenceId, string messageSid, CancellationToken cancellationToken)
    {
        if (occurrenceId is null || !ReminderPlanner.IsOccurrenceId(occurrenceId) || !SubscriberKeys.IsValid(subscriberKey))
        {
            return false;
        }

        try
        {
            var settled = await store.SettleFromCallbackAsync(subscriberKey, occurrenceId, messageSid, cancellationToken);
            if (settled)
            {
                LogSettledByCallback(occurrenceId, messageSid);
            }

            return settled;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return false; // no reminder was ever claimed here: the claims table does not exist yet
        }
    }

    /// <summary>True when <paramref name="messageSid"/> is a reminder this engine sent to this subscriber (a status callback applies only to what was sent).</summary>
    public async Task<bool> SentReminderAsync(string subscriberKey, string messageSid, CancellationToken cancellationToken)
    {
        if (!SubscriberKeys.IsValid(subscriberKey))
        {
            return false;
        }

        try
        {
            return await store.HasSentAsync(subscriberKey, messageSid, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return false; // no reminder was ever claimed here: the claims table does not exist yet
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Occurrence} settled as sent ({MessageSid}) by Twilio's status callback")]
    private partial void LogSettledByCallback(string occurrence, string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The record of {To} kept changing while its plan was written; the next change or check-in plans it again")]
    private partial void LogStillChanging(string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Count} reminder streams for {To}")]
    private partial void LogScheduled(int count, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the reminder plan after a subscriber change ({ErrorType}); the engine re-checks the subscriber before sending")]
    private partial void LogSyncFailed(string errorType);
}
