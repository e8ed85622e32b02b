using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.Reminders;
using PainCoach.Subscriptions;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>DONE's "which reminder was that?", answered from the engine's claims on Azurite.</summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderHistoryTests(RemindersFixture fixture)
{
    // 09:00 in New York.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_latest_reminder_twilio_accepted_is_named_and_later_failed_or_old_claims_are_not()
    {
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix());
        var history = engine.Services.GetRequiredService<IReminderHistory>();
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.Scheduler.ScheduleAsync(subscriber.SubscriberKey, CancellationToken.None);

        Assert.Null(await history.LastSentKindAsync(subscriber.SubscriberKey, Start.AddDays(-1), CancellationToken.None));

        await engine.RunAtAsync(Start.AddMinutes(1));
        Assert.Single(fixture.Twilio.Sent, s => s.To == subscriber.PhoneE164);

        // A later claim that Twilio refused is not what DONE answers.
        var refused = await engine.Store.TryClaimAsync(subscriber.SubscriberKey, "str0-20260115", Start.AddMinutes(5), CancellationToken.None);
        await engine.Store.RecordAsync(refused.Claim, ClaimStates.Failed, null, "21611", CancellationToken.None);

        var now = Start.AddMinutes(10);
        Assert.Equal("ice", await history.LastSentKindAsync(subscriber.SubscriberKey, now.AddDays(-1), CancellationToken.None));
        Assert.Null(await history.LastSentKindAsync(subscriber.SubscriberKey, Start.AddMinutes(2), CancellationToken.None));
        Assert.Null(await history.LastSentKindAsync("someone-else", now.AddDays(-1), CancellationToken.None));
    }

    [Fact]
    public async Task Before_any_reminder_was_ever_claimed_there_is_no_history()
    {
        // Nothing has created this engine's tables yet: the claims table does not exist.
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix());

        var kind = await engine.Services.GetRequiredService<IReminderHistory>().LastSentKindAsync("k1", Start.AddDays(-1), CancellationToken.None);

        Assert.Null(kind);
    }
}
