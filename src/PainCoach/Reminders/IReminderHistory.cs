using PainCoach.Subscribers;

namespace PainCoach.Reminders;

/// <summary>
/// What the reminder engine has sent a subscriber. DONE asks it which reminder the person is answering, so sending
/// a reminder never has to write to the subscriber's record.
/// </summary>
public interface IReminderHistory
{
    /// <summary>The kind of the latest reminder Twilio accepted for this subscriber at or after <paramref name="since"/>; null when there is none.</summary>
    Task<ReminderKind?> LastSentKindAsync(string subscriberKey, DateTimeOffset since, CancellationToken cancellationToken);
}
