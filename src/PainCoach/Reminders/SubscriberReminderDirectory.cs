using Microsoft.Extensions.Logging;
using PainCoach.Sms;
using PainCoach.Subscriptions;

namespace PainCoach.Reminders;

/// <summary>
/// The reminder engine's view of the subscriber table (<see cref="IReminderSubscribers"/>): read fresh at send time,
/// and the two verdicts Twilio can give about a number written back with the record's ETag.
/// </summary>
public sealed partial class SubscriberReminderDirectory(
    SubscriberRepository repository,
    TimeProvider time,
    ILogger<SubscriberReminderDirectory> logger) : IReminderSubscribers
{
    /// <summary>Consent events that (re)start a program: follow-ups and check-ins count from the latest.</summary>
    private static readonly HashSet<string> ActivatingConsent = new(StringComparer.Ordinal) { "sms-join", "sms-yes", "sms-start" };

    public async Task<ReminderSubscriber?> GetAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        var stored = await repository.GetAsync(subscriberKey, cancellationToken);
        return stored is null ? null : ToReminderSubscriber(stored.Value, time.GetUtcNow());
    }

    public Task MarkOptedOutAsync(string subscriberKey, CancellationToken cancellationToken) =>
        UpdateAsync(subscriberKey, (s, now) => SubscriberRules.AfterTwilioError(s, TwilioWebhook.CarrierOptOutCode, now), cancellationToken);

    public Task MarkUndeliverableAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken) =>
        UpdateAsync(subscriberKey, (s, now) => SubscriberRules.AfterTwilioError(s, twilioErrorCode, now), cancellationToken);

    internal static ReminderSubscriber ToReminderSubscriber(Subscriber s, DateTimeOffset now)
    {
        var paused = s.EffectiveStatus(now) == SubscriberStatus.Paused;
        var activeSince = s.Consent.Where(c => ActivatingConsent.Contains(c.Method)).Select(c => (DateTimeOffset?)c.At).Max() ?? s.CreatedAt;
        return new ReminderSubscriber(
            s.Key,
            s.PhoneE164,
            s.Program.ToContractName(),
            s.TimeZoneId,
            s.IceTimes,
            s.StretchTimes,
            activeSince,
            s.ReceivesReminders(now),
            paused && s.UndeliverableReason is null ? s.PausedUntil : null);
    }

    private async Task UpdateAsync(string key, Func<Subscriber, DateTimeOffset, Subscriber?> change, CancellationToken cancellationToken)
    {
        if (await repository.GetAsync(key, cancellationToken) is { } stored)
        {
            await repository.UpdateAsync(stored, s => change(s, time.GetUtcNow()), cancellationToken, LogConflict);
        }

        // else erased meanwhile: nothing to mark
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent update while recording a delivery verdict; attempt {Attempt} retries")]
    private partial void LogConflict(int attempt);
}

/// <summary>
/// Keeps the reminder plan in step with the subscriber record: a change of anything that affects what is sent
/// (the record's <see cref="Subscriber.ScheduleVersion"/>) replans; STOP and erasure remove the plan.
/// A failure here is logged, not thrown: the person's message has already taken effect, and the engine re-reads
/// the record before every send, so a stale plan can never text a stopped or paused person. The dispatcher heals
/// the plan itself (stale entries and each check-in plan what the record has and the plan lacks).
/// </summary>
public sealed partial class ReminderScheduleSync(IReminderScheduler scheduler, ILogger<ReminderScheduleSync> logger) : ISubscriberScheduleSync
{
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
                await scheduler.RemoveAsync(after.Key, cancellationToken);
            }
            else
            {
                await scheduler.ScheduleAsync(after.Key, cancellationToken);
            }
        }
#pragma warning disable CA1031 // The inbound message already took effect; see the class comment.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogSyncFailed(ex.GetType().Name);
        }
    }

    public async Task SubscriberErasedAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.RemoveAsync(subscriberKey, cancellationToken);
        }
#pragma warning disable CA1031 // Erasure of the record stands; the engine finds no subscriber and drops what remains.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogSyncFailed(ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the reminder plan after a subscriber change ({ErrorType}); the engine re-checks the subscriber before sending")]
    private partial void LogSyncFailed(string errorType);
}
