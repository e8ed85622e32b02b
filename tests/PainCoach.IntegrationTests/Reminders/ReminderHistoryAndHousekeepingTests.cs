using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.Reminders;
using PainCoach.Subscribers;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>The engine's claims as DONE's history, and the housekeeping a check-in or a stale entry does, on Azurite.</summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderHistoryAndHousekeepingTests(RemindersFixture fixture)
{
    // 09:00 in New York.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_latest_reminder_twilio_accepted_is_named_and_later_failed_or_old_claims_are_not()
    {
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix());
        var history = engine.Services.GetRequiredService<IReminderHistory>();
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        Assert.Null(await history.LastSentKindAsync(subscriber.Key, Start.AddDays(-1), CancellationToken.None));

        await engine.RunAtAsync(Start.AddMinutes(1));
        Assert.Single(fixture.Twilio.Sent, s => s.To == subscriber.Phone.Value);

        // A later claim that Twilio refused is not what DONE answers.
        var refused = await engine.Store.TryClaimAsync(subscriber.Key, "str0-20260115", Start.AddMinutes(5), CancellationToken.None);
        await engine.Store.RecordAsync(refused.Claim, ClaimStates.Failed, null, "21611", CancellationToken.None);

        var now = Start.AddMinutes(10);
        Assert.Equal(ReminderKind.Ice, await history.LastSentKindAsync(subscriber.Key, now.AddDays(-1), CancellationToken.None));
        Assert.Null(await history.LastSentKindAsync(subscriber.Key, Start.AddMinutes(2), CancellationToken.None));
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

    [Fact]
    public async Task A_check_in_prunes_the_subscribers_claims_older_than_the_retention_and_keeps_the_rest()
    {
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix());
        var subscriber = engine.Subscribers.Add(Start.AddDays(-10), []);
        var other = engine.Subscribers.Add(Start.AddDays(-10), []);
        await engine.Store.EnsureCreatedAsync(CancellationToken.None);
        var checkIn = engine.Planner.Next(engine.Subscribers.All[subscriber.Key], ReminderPlanner.CheckInSeriesId, Start)!;
        var retention = TimeSpan.FromDays(7);
        foreach (var (who, id, at) in new[]
        {
            (subscriber, "ice0-old", checkIn.DueAt - retention - TimeSpan.FromMinutes(1)),
            (subscriber, "ice0-kept", checkIn.DueAt - retention + TimeSpan.FromMinutes(1)),
            (other, "ice0-old", checkIn.DueAt - retention - TimeSpan.FromDays(1)),
        })
        {
            var claim = await engine.Store.TryClaimAsync(who.Key, id, at, CancellationToken.None);
            await engine.Store.RecordAsync(claim.Claim, ClaimStates.Sent, "SM" + Guid.NewGuid().ToString("N"), null, CancellationToken.None);
        }

        await engine.ScheduleCurrentAsync(subscriber);
        await engine.RunAtAsync(checkIn.DueAt);

        Assert.Null(await engine.Store.GetClaimAsync(subscriber.Key, "ice0-old", CancellationToken.None));
        Assert.NotNull(await engine.Store.GetClaimAsync(subscriber.Key, "ice0-kept", CancellationToken.None));
        Assert.Equal(ClaimStates.Sent, (await engine.Store.GetClaimAsync(subscriber.Key, checkIn.OccurrenceId, CancellationToken.None))?.State);
        Assert.NotNull(await engine.Store.GetClaimAsync(other.Key, "ice0-old", CancellationToken.None)); // only the subscriber's own
    }

    [Fact]
    public async Task A_slot_added_while_the_replan_failed_is_planned_when_a_stale_entry_shows_the_change()
    {
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix());
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        // TIME ICE 9:03am 9:05am took effect on the record, but the replan after it did not happen.
        engine.Subscribers.Update(subscriber with { IceTimes = [new(9, 3), new(9, 5)] });
        foreach (var minute in new[] { 1, 3, 5 })
        {
            await engine.RunAtAsync(Start.AddMinutes(minute));
        }

        var ice = fixture.Twilio.Sent.Where(s => s.To == subscriber.Phone.Value && s.Body.Contains("Ice time", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ice.Count); // 9:03 (the stale 9:01 entry rescheduled) and 9:05 (the new slot, planned by housekeeping)
    }

    [Fact]
    public async Task A_check_in_plans_a_series_the_plan_lacks()
    {
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix());
        var subscriber = engine.Subscribers.Add(Start.AddDays(-10), []);
        var checkIn = engine.Planner.Next(subscriber, ReminderPlanner.CheckInSeriesId, Start)!;
        await engine.ScheduleCurrentAsync(subscriber);
        engine.Subscribers.Update(subscriber with { IceTimes = [new(9, 0)] }); // TIME ICE 9am took effect, its replan was lost
        Assert.DoesNotContain(await engine.Store.PointersAsync(subscriber.Key, CancellationToken.None), p => p.SeriesId == "ice0");

        await engine.RunAtAsync(checkIn.DueAt);

        var planned = (await engine.Store.PointersAsync(subscriber.Key, CancellationToken.None)).Select(p => p.SeriesId).ToList();
        Assert.Contains("ice0", planned);
        Assert.Contains(ReminderPlanner.CheckInSeriesId, planned);
    }
}
