using Microsoft.Extensions.Time.Testing;
using PainCoach.Reminders;
using PainCoach.Subscribers;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>
/// The dispatcher on real Table Storage (Azurite) and the fake Twilio, driven by a fake clock. This is also the
/// engine-level version of the end-to-end check (JOIN + TIME a minute ahead → one reminder; STOP → none);
/// the DevServer version needs the SMS keywords (issue 4).
/// </summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderDispatcherTests(RemindersFixture fixture)
{
    // 09:00 in New York.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);

    private ReminderEngine NewEngine(DateTimeOffset start, IDictionary<string, string?>? settings = null) =>
        ReminderEngine.Create(fixture, new FakeTimeProvider(start), new TestSubscribers(), ReminderEngine.NewTablePrefix(), settings);

    private int SentTo(Subscriber subscriber) => fixture.Twilio.Sent.Count(s => s.To == subscriber.Phone.Value && s.Body.Contains("Ice time", StringComparison.Ordinal));

    [Fact]
    public async Task A_reminder_set_a_minute_ahead_is_sent_exactly_once_on_time_naming_the_program()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        await engine.RunAtAsync(Start.AddSeconds(30));
        Assert.Equal(0, SentTo(subscriber));

        await engine.RunAtAsync(Start.AddMinutes(1));
        await engine.RunAtAsync(Start.AddMinutes(1).AddSeconds(20));
        await engine.RunAtAsync(Start.AddMinutes(2));

        var sent = Assert.Single(fixture.Twilio.Sent, s => s.To == subscriber.Phone.Value);
        Assert.StartsWith("PainCoach Heel: Ice time.", sent.Body, StringComparison.Ordinal);
        Assert.Equal("+15005550006", sent.From);
        var claim = await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None);
        Assert.Equal((ClaimStates.Sent, sent.Sid), (claim!.State, claim.MessageSid));
        var next = Assert.Single(await engine.Store.PointersAsync(subscriber.Key, CancellationToken.None), p => p.SeriesId == "ice0");
        Assert.StartsWith("202601161401-", next.DuePartitionKey, StringComparison.Ordinal); // tomorrow, same local time
    }

    [Fact]
    public async Task A_time_change_after_scheduling_moves_the_reminder_and_the_old_time_sends_nothing()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        // TIME ICE 9:05am; even if the old due entry were left behind, the send-time check drops it.
        var moved = subscriber with { IceTimes = [new(9, 5)] };
        engine.Subscribers.Update(moved);
        await engine.RunAtAsync(Start.AddMinutes(1));
        Assert.Equal(0, SentTo(subscriber));

        await engine.ScheduleCurrentAsync(subscriber);
        await engine.RunAtAsync(Start.AddMinutes(5));
        await engine.RunAtAsync(Start.AddMinutes(6));

        Assert.Equal(1, SentTo(subscriber));
    }

    [Fact]
    public async Task A_timer_that_fires_twice_at_the_same_moment_sends_once()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        await Task.WhenAll(engine.RunAtAsync(Start.AddMinutes(1)), engine.RunAtAsync(Start.AddMinutes(1)));
        await engine.RunAtAsync(Start.AddMinutes(1));

        Assert.Equal(1, SentTo(subscriber));
    }

    [Fact]
    public async Task Nothing_goes_to_a_subscriber_who_stops_after_scheduling()
    {
        await using var engine = NewEngine(Start);
        var staying = engine.Subscribers.Add(Start, [new(9, 1)]);
        var stoppedWithEntryLeft = engine.Subscribers.Add(Start, [new(9, 1)]);
        var stoppedAndRemoved = engine.Subscribers.Add(Start, [new(9, 1)]);
        foreach (var s in new[] { staying, stoppedWithEntryLeft, stoppedAndRemoved })
        {
            await engine.ScheduleCurrentAsync(s);
        }

        // STOP: status changes at once; one of them also has its schedule removed, the other's due entry remains.
        engine.Subscribers.Update(stoppedWithEntryLeft with { Status = SubscriberStatus.Stopped });
        engine.Subscribers.Update(stoppedAndRemoved with { Status = SubscriberStatus.Stopped });
        await engine.Scheduler.RemoveAsync(stoppedAndRemoved.Key, CancellationToken.None);

        await engine.RunAtAsync(Start.AddMinutes(1));
        await engine.RunAtAsync(Start.AddDays(1).AddMinutes(1));

        Assert.Equal(2, SentTo(staying));
        Assert.Equal(0, SentTo(stoppedWithEntryLeft));
        Assert.Equal(0, SentTo(stoppedAndRemoved));
        Assert.Empty(await engine.Store.PointersAsync(stoppedAndRemoved.Key, CancellationToken.None));
        Assert.DoesNotContain(await engine.Store.PointersAsync(stoppedWithEntryLeft.Key, CancellationToken.None), p => p.SeriesId == "ice0");
    }

    [Fact]
    public async Task Pause_holds_reminders_and_resume_brings_them_back()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        // PAUSE 3: the due entry for today is still there; the send-time check holds it.
        engine.Subscribers.Update(subscriber with { Status = SubscriberStatus.Paused, PausedUntil = Start.AddDays(3) });
        await engine.RunAtAsync(Start.AddMinutes(1));
        await engine.RunAtAsync(Start.AddDays(1).AddMinutes(1));
        Assert.Equal(0, SentTo(subscriber));

        // RESUME on day 2.
        engine.Subscribers.Update(subscriber with { Status = SubscriberStatus.Active, PausedUntil = null });
        await engine.ScheduleCurrentAsync(subscriber);
        await engine.RunAtAsync(Start.AddDays(2).AddMinutes(1));

        Assert.Equal(1, SentTo(subscriber));
    }

    [Fact]
    public async Task A_late_run_catches_up_what_it_missed_within_the_grace_window()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        var result = await engine.RunAtAsync(Start.AddMinutes(40));

        Assert.Equal(1, SentTo(subscriber));
        Assert.Equal(1, result.Sent);
    }

    [Fact]
    public async Task An_occurrence_missed_beyond_the_grace_window_is_skipped_and_the_next_one_is_sent()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        var late = await engine.RunAtAsync(Start.AddHours(2).AddMinutes(30));
        Assert.Equal(0, SentTo(subscriber));
        Assert.Equal(1, late.Skipped);

        await engine.RunAtAsync(Start.AddDays(1).AddMinutes(1));
        Assert.Equal(1, SentTo(subscriber));
    }

    [Fact]
    public async Task A_missed_evening_reminder_is_not_sent_once_quiet_hours_begin()
    {
        await using var engine = NewEngine(Start);
        var subscriber = engine.Subscribers.Add(Start, [new(20, 50)]);
        await engine.ScheduleCurrentAsync(subscriber);

        // Due 20:50 New York time; the next run happens at 21:05, inside the grace window but in quiet hours.
        var result = await engine.RunAtAsync(new DateTimeOffset(2026, 1, 16, 2, 5, 0, TimeSpan.Zero));

        Assert.Equal(0, SentTo(subscriber));
        Assert.Equal(0, result.Sent);
        Assert.Equal(2, result.Skipped); // the 20:50 ice and the default 20:00 evening stretch
    }

    [Fact]
    public async Task Spring_forward_in_new_york_sends_a_skipped_time_once_at_the_next_valid_instant()
    {
        var start = new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero); // midnight EST
        await using var engine = NewEngine(start, AllDay);
        var subscriber = engine.Subscribers.Add(start, [new(2, 30)]);
        await engine.ScheduleCurrentAsync(subscriber);

        var counts = new List<int>();
        foreach (var minute in new[] { "06:59", "07:00", "07:01", "07:30", "08:00" })
        {
            await engine.RunAtAsync(new DateTimeOffset(2026, 3, 8, int.Parse(minute[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(minute[3..], System.Globalization.CultureInfo.InvariantCulture), 0, TimeSpan.Zero));
            counts.Add(SentTo(subscriber));
        }

        Assert.Equal([0, 1, 1, 1, 1], counts); // 03:00 EDT = 07:00 UTC
    }

    [Fact]
    public async Task Fall_back_in_new_york_sends_a_repeated_time_once()
    {
        var start = new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero); // midnight EDT
        await using var engine = NewEngine(start, AllDay);
        var subscriber = engine.Subscribers.Add(start, [new(1, 30)]);
        await engine.ScheduleCurrentAsync(subscriber);

        var counts = new List<int>();
        foreach (var hourMinute in new[] { (5, 29), (5, 30), (6, 0), (6, 30), (6, 31), (7, 0) })
        {
            await engine.RunAtAsync(new DateTimeOffset(2026, 11, 1, hourMinute.Item1, hourMinute.Item2, 0, TimeSpan.Zero));
            counts.Add(SentTo(subscriber));
        }

        Assert.Equal([0, 1, 1, 1, 1, 1], counts); // 01:30 EDT = 05:30 UTC; 01:30 EST (06:30 UTC) is not sent again
    }

    [Fact]
    public async Task Two_dispatchers_racing_over_500_due_reminders_send_exactly_500()
    {
        var prefix = ReminderEngine.NewTablePrefix();
        var subscribers = new TestSubscribers();
        var settings = new Dictionary<string, string?> { ["PainCoach:Reminders:SendConcurrency"] = "16" };
        await using var first = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), subscribers, prefix, settings);
        await using var second = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), subscribers, prefix, settings);
        var all = Enumerable.Range(0, 500).Select(_ => subscribers.Add(Start, [new(9, 1)])).ToList();
        await first.Store.EnsureCreatedAsync(CancellationToken.None);
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (s, ct) =>
            await first.Store.PutDueAsync(s.Key, first.Planner.Next(s, "ice0", Start)!, ct));

        var due = Start.AddMinutes(1);
        var results = await Task.WhenAll(first.RunAtAsync(due), second.RunAtAsync(due));

        var numbers = all.Select(s => s.Phone.Value).ToHashSet();
        var sent = fixture.Twilio.Sent.Where(s => numbers.Contains(s.To)).ToList();
        Assert.Equal(500, sent.Count);
        Assert.Equal(500, sent.Select(s => s.To).Distinct().Count());
        Assert.Equal(500, results.Sum(r => r.Sent));
        Assert.Equal(0, (await first.RunAtAsync(due.AddMinutes(1))).Sent);
    }

    private static Dictionary<string, string?> AllDay => new()
    {
        ["PainCoach:Sms:SendWindowStart"] = "00:00",
        ["PainCoach:Sms:SendWindowEnd"] = "23:59",
    };
}
