using Microsoft.Extensions.Logging;
using PainCoach.Reminders;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Conversation;

/// <summary>
/// Applies one delivery-status callback (already signed and validated): moves the message's delivery record forward
/// and, for an error about the number, gives the subscriber the verdict once and only while it is news.
/// <list type="bullet">
/// <item>Never creates a row: a delivery record is written with the profile by whoever sent the message, and a
/// callback only replaces the version it read. A callback racing an erasure therefore cannot leave anything.</item>
/// <item>Forward only (<see cref="DeliveryStatuses"/>): a repeated, late or replayed callback does not move the record
/// back and does not apply its verdict again.</item>
/// <item>A verdict about a recorded message is dropped when the person has spoken since it was sent
/// (<see cref="SubscriberRules.AfterDeliveryError"/>): a 21610 replayed after START does not stop them again.</item>
/// <item>A callback applies only to a message this app sent to this number: one with a delivery record, or a reminder
/// the engine recorded with this sid (or settles now: a callback tagged with a reminder's occurrence id whose answer
/// was lost means Twilio created it). Anything else (another number's sid, a made-up one) changes nothing.</item>
/// <item>A reminder (the engine keeps its outcome, not a delivery record here) gets its verdict once, by the
/// <see cref="WebhookReplayRegister"/>: the same error callback replayed later changes nothing.</item>
/// </list>
/// </summary>
public sealed partial class DeliveryStatusCallbacks(
    SubscriberRepository repository,
    SubscriberKeys keys,
    ReminderScheduler scheduler,
    WebhookReplayRegister register,
    TimeProvider time,
    ILogger<DeliveryStatusCallbacks> logger)
{
    private enum Progress
    {
        /// <summary>No delivery record for this sid in the person's partition.</summary>
        Unrecorded,

        /// <summary>The record moved forward to this status.</summary>
        Advanced,

        /// <summary>The record already says this or something later.</summary>
        NotForward,
    }

    // reminderReference: the occurrence id a reminder send put in its callback URL (?reminder=), if any.
    public async Task ApplyAsync(E164Number to, string sid, string status, int? errorCode, string? reminderReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var key = keys.For(to);
        var now = time.GetUtcNow();
        var (progress, sentAt) = await AdvanceDeliveryRecordAsync(key, sid, status, errorCode, cancellationToken);
        if (progress == Progress.Unrecorded && !await IsReminderSentAsync(key, sid, reminderReference, cancellationToken))
        {
            LogStatusForUnsent(to.Masked, sid, status);
            return;
        }

        LogStatus(to.Masked, sid, status, errorCode, progress.ToString());
        if (errorCode is not { } code || progress == Progress.NotForward)
        {
            return;
        }

        // Every error verdict is registered once applied; for a message without a record here (or whose record was
        // pruned) the register is what makes the same callback, replayed, change nothing.
        var errorEvent = WebhookReplayRegister.ErrorCallbackEvent(sid, status, code);
        Func<Subscriber, Subscriber?> verdict;
        if (progress == Progress.Advanced)
        {
            verdict = s => SubscriberRules.AfterDeliveryError(s, code, sentAt, now);
        }
        else if (await register.FindAsync(errorEvent, cancellationToken) is not null)
        {
            LogRepeatedVerdict(to.Masked, sid, code);
            return;
        }
        else
        {
            verdict = s => SubscriberRules.AfterTwilioError(s, code, now);
        }

        if (await repository.GetAsync(key, cancellationToken) is not { } stored)
        {
            // Erased (or never held): keep nothing about the number.
            LogStatusForUnknown(to.Masked, sid, status);
            return;
        }

        if (await repository.UpdateAsync(stored, verdict, cancellationToken) is (var before, { } updated))
        {
            LogSuppressed(to.Masked, code, updated.Status.ToString());
            await scheduler.SubscriberSavedAsync(before, updated, cancellationToken);
        }

        // After the verdict, so a callback that failed half way is applied when Twilio retries it.
        await register.RecordSightAsync(errorEvent, now, cancellationToken);
    }

    /// <summary>
    /// A reminder this app sent to this person: recorded by the engine with this sid, or settled now by its tagged
    /// occurrence id (a callback proves Twilio created a message whose answer was lost).
    /// </summary>
    private async Task<bool> IsReminderSentAsync(string key, string sid, string? reminderReference, CancellationToken cancellationToken) =>
        await scheduler.SentReportedAsync(key, reminderReference, sid, cancellationToken)
        || await scheduler.SentReminderAsync(key, sid, cancellationToken);

    /// <summary>Replaces the record's status if the callback moves it forward, in the version read; reads again after a lost race.</summary>
    private async Task<(Progress Progress, DateTimeOffset SentAt)> AdvanceDeliveryRecordAsync(
        string key, string sid, string status, int? errorCode, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await repository.GetDeliveryAsync(key, sid, cancellationToken) is not { } stored)
            {
                return (Progress.Unrecorded, default);
            }

            var record = stored.Value;
            if (!DeliveryStatuses.MovesForward(record.Status, status))
            {
                return (Progress.NotForward, record.At);
            }

            if (await repository.TryUpdateDeliveryAsync(key, record with { Status = status, ErrorCode = errorCode ?? record.ErrorCode }, stored.ETag, cancellationToken))
            {
                return (Progress.Advanced, record.At);
            }

            if (attempt == SubscriberRepository.MaxUpdateAttempts)
            {
                throw new SubscriberConflictException("Gave up recording a delivery status that other callbacks kept changing.");
            }

            await ConflictBackoff.WaitAsync(attempt, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery of {MessageSid} to {To}: {Status} (error {ErrorCode}); record {Progress}")]
    private partial void LogStatus(string to, string messageSid, string status, int? errorCode, string progress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery status for {MessageSid} to {To} ({Status}) ignored: no subscriber")]
    private partial void LogStatusForUnknown(string to, string messageSid, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery status for {MessageSid} to {To} ({Status}) ignored: not a message this app sent to that number")]
    private partial void LogStatusForUnsent(string to, string messageSid, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Error {ErrorCode} about {MessageSid} to {To} was seen before; not applied again")]
    private partial void LogRepeatedVerdict(string to, string messageSid, int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscriber {To} suppressed after Twilio error {ErrorCode}: now {Status}")]
    private partial void LogSuppressed(string to, int errorCode, string status);
}
