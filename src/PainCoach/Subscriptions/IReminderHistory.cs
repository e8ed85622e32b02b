namespace PainCoach.Subscriptions;

/// <summary>
/// What the reminder engine has sent a subscriber (the engine implements it). DONE asks it which reminder the
/// person is answering, so sending a reminder never has to write to the subscriber's record.
/// </summary>
public interface IReminderHistory
{
    /// <summary>
    /// The kind (<c>ice</c>, <c>stretch</c>, <c>checkin</c>, <c>followup14</c>, <c>followup21</c>) of the latest
    /// reminder Twilio accepted for this subscriber at or after <paramref name="since"/>; null when there is none.
    /// </summary>
    Task<string?> LastSentKindAsync(string subscriberKey, DateTimeOffset since, CancellationToken cancellationToken);
}
