namespace PainCoach.Subscriptions;

/// <summary>
/// Told after a subscriber's record was saved or erased, so what is scheduled follows the person's state
/// (the reminder engine implements it). Callers know the record before and after, the repository does not.
/// </summary>
public interface ISubscriberScheduleSync
{
    Task SubscriberSavedAsync(Subscriber? before, Subscriber after, CancellationToken cancellationToken);

    Task SubscriberErasedAsync(string subscriberKey, CancellationToken cancellationToken);
}
