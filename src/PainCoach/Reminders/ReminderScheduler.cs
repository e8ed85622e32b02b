using PainCoach.Subscriptions;
using PainCoach.Sms;
using Microsoft.Extensions.Logging;

namespace PainCoach.Reminders;

/// <summary>Keeps a subscriber's due entries in step with their state; called by the SMS keywords and erasure.</summary>
public sealed class ReminderScheduler(
    ReminderStore store,
    IReminderSubscribers subscribers,
    ReminderPlanner planner,
    TimeProvider time,
    ILogger<ReminderScheduler> logger) : IReminderScheduler
{
    public async Task ScheduleAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        SubscriberKeys.ThrowIfInvalid(subscriberKey);
        var subscriber = await subscribers.GetAsync(subscriberKey, cancellationToken);
        if (subscriber is not { HasPlan: true })
        {
            await store.ReplacePlanAsync(subscriberKey, [], cancellationToken);
            return;
        }

        // From the next minute: the current one may already have been read by a run. PausedUntil is applied by the planner.
        var plan = planner.Plan(subscriber, time.GetUtcNow().AddMinutes(1));
        await store.ReplacePlanAsync(subscriberKey, plan, cancellationToken);
        logger.LogInformation("Scheduled {Count} reminder streams for {To}", plan.Count, PhoneMask.Mask(subscriber.PhoneE164));
    }

    public async Task RemoveAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        SubscriberKeys.ThrowIfInvalid(subscriberKey);
        await store.RemoveSubscriberAsync(subscriberKey, cancellationToken);
    }
}
