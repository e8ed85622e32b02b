using Microsoft.Extensions.Logging;

namespace PainCoach.Subscribers;

/// <summary>
/// What the reminder engine reads and writes about a person: the record itself, read fresh at send time, and the
/// verdicts Twilio gives about a number.
/// </summary>
public interface ISubscriberDirectory
{
    /// <summary>The subscriber's current record, or null when unknown or erased.</summary>
    Task<Subscriber?> FindAsync(string subscriberKey, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a Twilio error about the number (<see cref="SubscriberRules.AfterTwilioError"/>: 21610 stops, the
    /// undeliverable codes suppress), retrying lost races; nothing when the record is gone or already says so.
    /// </summary>
    Task RecordTwilioErrorAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken);
}

/// <summary>The directory over the subscriber table, writing with the record's ETag.</summary>
public sealed partial class SubscriberDirectory(
    SubscriberRepository repository,
    PendingOptOuts pendingOptOuts,
    TimeProvider time,
    ILogger<SubscriberDirectory> logger) : ISubscriberDirectory
{
    /// <summary>An opt-out acknowledged while storage was down and not yet written counts already: nothing is sent.</summary>
    public async Task<Subscriber?> FindAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        var found = (await repository.GetAsync(subscriberKey, cancellationToken))?.Value;
        return found is not null && pendingOptOuts.Contains(subscriberKey) ? found with { Status = SubscriberStatus.Stopped } : found;
    }

    public async Task RecordTwilioErrorAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken)
    {
        if (await repository.GetAsync(subscriberKey, cancellationToken) is { } stored)
        {
            await repository.UpdateAsync(stored, s => SubscriberRules.AfterTwilioError(s, twilioErrorCode, time.GetUtcNow()), cancellationToken, LogConflict);
        }

        // else erased meanwhile: nothing to mark
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Concurrent update while recording a delivery verdict; attempt {Attempt} retries")]
    private partial void LogConflict(int attempt);
}
