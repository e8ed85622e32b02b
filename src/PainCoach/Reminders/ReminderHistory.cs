using Azure;
using Microsoft.Extensions.Logging;
using PainCoach.Subscribers;

namespace PainCoach.Reminders;

/// <summary>
/// Answers DONE's "which reminder was that?" from the engine's claims: the latest one Twilio accepted. Read only
/// when someone texts DONE, so sending stays one write per reminder and never contends with the person's own
/// messages for the subscriber record.
/// </summary>
public sealed partial class ReminderHistory(ReminderStore store, ILogger<ReminderHistory> logger) : IReminderHistory
{
    public async Task<ReminderKind?> LastSentKindAsync(string subscriberKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        try
        {
            var occurrenceId = await store.LastSentOccurrenceAsync(subscriberKey, since, cancellationToken);
            return occurrenceId is null ? null : ReminderPlanner.KindOfOccurrence(occurrenceId);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // no reminder has ever been claimed here: the claims table does not exist yet
        }
#pragma warning disable CA1031 // DONE is still logged, without a kind, when the history cannot be read.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogHistoryUnavailable(ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read which reminder was last sent ({ErrorType}); DONE is logged without a kind")]
    private partial void LogHistoryUnavailable(string errorType);
}
