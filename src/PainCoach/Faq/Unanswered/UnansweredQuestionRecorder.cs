using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PainCoach.Storage;

namespace PainCoach.Faq.Unanswered;

/// <summary>
/// Keeps the FAQ's noMatch questions for the clinic without ever holding up or failing an answer: <see cref="Record"/>
/// redacts the text and drops it into a bounded in-memory queue (never blocks; when the queue is full the oldest
/// waiting question is dropped), and a background service writes the queue to <see cref="UnansweredQuestionStore"/>.
/// A storage failure loses that question and is logged by type only; the text is never logged.
/// </summary>
public sealed class UnansweredQuestionRecorder(UnansweredQuestionStore store, TimeProvider time, ILogger<UnansweredQuestionRecorder> logger) : BackgroundService
{
    public const int QueueCapacity = 1000;

    private readonly Channel<UnansweredQuestion> queue = Channel.CreateBounded<UnansweredQuestion>(
        new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Record(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        queue.Writer.TryWrite(new UnansweredQuestion(QuestionRedaction.Redact(question), time.GetUtcNow()));
    }

    /// <summary>Takes the next queued question, if any (tests; the background service reads the queue otherwise).</summary>
    internal bool TryTakeQueued(out UnansweredQuestion? question) => queue.Reader.TryRead(out question);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var question in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await store.AddAsync(question, stoppingToken);
                }
                catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
                {
                    logger.LogWarning("FAQ unanswered question not kept: storage failed ({ErrorType})", ex.GetType().Name);
                    continue;
                }

                try
                {
                    await store.PruneIfDueAsync(stoppingToken);
                }
                catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
                {
                    logger.LogWarning("FAQ unanswered questions not pruned: storage failed ({ErrorType})", ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping: questions still queued are not kept.
        }
    }
}
