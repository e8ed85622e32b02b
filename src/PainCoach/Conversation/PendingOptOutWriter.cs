using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Storage;
using PainCoach.Subscribers;

namespace PainCoach.Conversation;

/// <summary>
/// Tries the opt-outs acknowledged while storage was down again every
/// <see cref="SubscriberOptions.PendingOptOutRetryInterval"/> until they are written (the person's own next message
/// writes theirs first, too). Runs in both hosts; idle when nothing is pending.
/// </summary>
public sealed partial class PendingOptOutWriter(
    SmsConversation conversation,
    PendingOptOuts pending,
    IOptions<SubscriberOptions> options,
    TimeProvider time,
    ILogger<PendingOptOutWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PendingOptOutRetryInterval, time, stoppingToken);
                if (!pending.IsEmpty)
                {
                    await conversation.WritePendingOptOutsAsync(null, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (StorageFailures.IsStorageFailure(ex) || ex is SubscriberConflictException)
            {
                LogStillPending(StorageFailures.Describe(ex));
            }
#pragma warning disable CA1031 // The loop must outlive any one failure: a dead writer would leave opt-outs unwritten.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opt-outs acknowledged while storage was down are still pending ({Reason}); trying again later")]
    private partial void LogStillPending(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the pending opt-outs failed ({ErrorType}); trying again later")]
    private partial void LogFailed(string errorType);
}
