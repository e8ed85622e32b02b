using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Reminders;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telemetry;

namespace PainCoach.Conversation;

/// <summary>
/// Handles one inbound SMS exactly once. Read the subscriber and the message's marker; decide; write the new
/// subscriber and the marker in one entity-group transaction guarded by the ETag. A lost race reads again and
/// decides again; a marker that already exists means Twilio retried, and the first reply is given again. The saved
/// record goes straight to the scheduler, which plans from it without reading it again.
/// </summary>
public sealed partial class SmsConversation(
    SubscriberRepository repository,
    SubscriberKeys keys,
    ConversationRules rules,
    ReminderScheduler scheduler,
    IReminderHistory reminderHistory,
    PendingOptOuts pendingOptOuts,
    WebhookReplayRegister replays,
    SmsTexts texts,
    PainCoachMetrics metrics,
    IOptions<SubscriberOptions> options,
    TimeProvider time,
    ILogger<SmsConversation> logger)
{
    // Every lost race is another message's successful write, so n messages arriving together all take effect
    // within n attempts, and the jittered pause after each lost race (ConflictBackoff) spreads them so most need far
    // fewer. Twilio does not retry a messaging webhook that answered 5xx, so giving up loses the message: the limit
    // is well above any burst one phone sends (issue 15: 30 at once, 10 attempts without pauses, 32 of 360 gave up).
    private const int MaxAttempts = SubscriberRepository.MaxUpdateAttempts;

    /// <summary>DONE answers a reminder of the last day; an older one is not what the person means.</summary>
    internal static readonly TimeSpan DoneAnswersRemindersWithin = TimeSpan.FromHours(24);

    public async Task<string> HandleAsync(InboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = keys.For(message.From);
        var command = SmsCommandParser.Parse(message.Body, message.OptOutType);
        if (pendingOptOuts.Contains(key))
        {
            // Their STOP from the outage comes first, so a START now is read after it, as they sent them.
            await WritePendingOptOutsAsync(key, cancellationToken);
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var processed = await repository.FindProcessedAsync(key, message.MessageSid, cancellationToken);
            if (processed is not null)
            {
                LogDuplicate(message.From.Masked, message.MessageSid);
                return processed.Reply;
            }

            var stored = await repository.GetAsync(key, cancellationToken);
            var now = time.GetUtcNow();
            var decided = command is SmsCommand.Done && stored is not null
                ? new SmsCommand.Done(await reminderHistory.LastSentKindAsync(key, now - DoneAnswersRemindersWithin, cancellationToken))
                : command;
            var decision = rules.Decide(stored?.Value, key, message, decided, now);
            if (decision.Updated is null)
            {
                // Nothing is held about this number and nothing is to be: answering again on a retry is harmless.
                metrics.InboundMessage(CommandName(command));
                LogHandled(message.From.Masked, message.MessageSid, decision.Outcome, stored is not null);
                return decision.Reply;
            }

            var outcome = await repository.SaveAsync(
                decision.Updated, stored?.ETag, new ProcessedMessage(message.MessageSid, decision.Reply, now), cancellationToken);
            switch (outcome)
            {
                case SaveOutcome.Saved:
                    metrics.InboundMessage(CommandName(command));
                    LogHandled(message.From.Masked, message.MessageSid, decision.Outcome, stored is not null);
                    await scheduler.SubscriberSavedAsync(stored?.Value, decision.Updated, cancellationToken);
                    await PruneOldRecordsAsync(key, now, message.From.Masked, cancellationToken);
                    return decision.Reply;
                case SaveOutcome.AlreadyProcessed:
                    continue; // the next pass finds the marker and returns its reply
                default:
                    LogConflict(message.From.Masked, attempt);
                    await ConflictBackoff.WaitAsync(attempt, cancellationToken);
                    continue;
            }
        }

        throw new SubscriberConflictException($"Gave up after {MaxAttempts} concurrent updates of one subscriber.");
    }

    /// <summary>
    /// Storage is down (issue 15): answer what needs no storage (red-flag advice, the FAQ, HELP) and acknowledge an
    /// opt-out at once, holding it in <see cref="PendingOptOuts"/> (journalled) until <see cref="WritePendingOptOutsAsync"/>
    /// can write it. Twilio does not retry a messaging webhook that answered 5xx, so a 503 here would leave the person
    /// with no answer at all; exact STOP keywords are also on Twilio's own opt-out list (21610) as a backstop.
    /// </summary>
    public string AnswerWithoutStorage(InboundSms message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var command = SmsCommandParser.Parse(message.Body, message.OptOutType);
        if (command is SmsCommand.OptOut stop)
        {
            pendingOptOuts.Add(new PendingOptOut(keys.For(message.From), message.MessageSid, time.GetUtcNow(), stop.Language.ToString()));
            LogOptOutPending(message.From.Masked, message.MessageSid);
        }

        metrics.InboundMessage(CommandName(command));
        return rules.DecideWithoutStorage(message, command);
    }

    /// <summary>
    /// Writes the opt-outs acknowledged while storage was down (all, or one person's), each with its message marker
    /// and the confirmation it got, as if it had been handled then. One the person has since overridden (a later JOIN,
    /// YES or START, or a sign-up) or that has nothing to stop (no record, already stopped) is dropped. Storage failures
    /// propagate: the opt-outs stay pending and are tried again. Returns how many were written.
    /// </summary>
    public async Task<int> WritePendingOptOutsAsync(string? key, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var optOut in pendingOptOuts.Snapshot(key))
        {
            // Storage was down when it came, so the webhook may not have registered its sid: do it now, at the time it
            // was received, or a replay after the markers' retention would be a first sight and stop them again.
            await replays.RecordSightAsync(WebhookReplayRegister.InboundEvent(optOut.MessageSid), optOut.At, cancellationToken);
            var stored = await repository.GetAsync(optOut.Key, cancellationToken);
            if (stored is null || stored.Value.Status == SubscriberStatus.Stopped || stored.Value.Consent.Any(c => c.At > optOut.At))
            {
                pendingOptOuts.Remove(optOut);
                continue;
            }

            var now = time.GetUtcNow();
            var reply = texts.StoppedIn(Enum.TryParse<SmsLanguage>(optOut.Language, out var language) ? language : SmsLanguage.English);
            var stopped = SubscriberRules.Stop(stored.Value, new ConsentEvent(optOut.At, "sms-stop", reply), now);
            switch (await repository.SaveAsync(stopped, stored.ETag, new ProcessedMessage(optOut.MessageSid, reply, optOut.At), cancellationToken))
            {
                case SaveOutcome.Saved:
                    pendingOptOuts.Remove(optOut);
                    LogOptOutWritten(optOut.MessageSid);
                    written++;
                    await scheduler.SubscriberSavedAsync(stored.Value, stopped, cancellationToken);
                    break;
                case SaveOutcome.AlreadyProcessed:
                    pendingOptOuts.Remove(optOut);
                    break;
                default:
                    break; // another write came first: the next round reads it again
            }
        }

        return written;
    }

    /// <summary>Best effort: the message has taken effect, and the person's next message prunes again.</summary>
    private async Task PruneOldRecordsAsync(string key, DateTimeOffset now, string masked, CancellationToken cancellationToken)
    {
        try
        {
            await repository.PruneMessageRecordsAsync(key, now - options.Value.MessageRecordRetention, cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            LogPruneFailed(masked, ex.GetType().Name);
        }
    }

    /// <summary>The command's kind (JOIN, STOP, FreeText...), never what the person wrote.</summary>
    internal static string CommandName(SmsCommand command) => command.GetType().Name;

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {MessageSid} from {From}: {Outcome} (known subscriber: {Known})")]
    private partial void LogHandled(string from, string messageSid, string outcome, bool known);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {MessageSid} from {From} was already handled; the first reply is repeated")]
    private partial void LogDuplicate(string from, string messageSid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent update of subscriber {From}; attempt {Attempt} retries")]
    private partial void LogConflict(string from, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opt-out {MessageSid} from {From} acknowledged while storage is down; it is held until storage answers")]
    private partial void LogOptOutPending(string from, string messageSid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opt-out {MessageSid}, acknowledged while storage was down, is now written")]
    private partial void LogOptOutWritten(string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not prune old message records of {From} ({ErrorType}); their next message tries again")]
    private partial void LogPruneFailed(string from, string errorType);
}
