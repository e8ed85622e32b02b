using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Reminders;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>
/// Issue 15 items 4 and 5 (the reminder engine's side): plan writes racing each other (STOP against START, two
/// TIME changes) leave exactly the plan the final record says, every pointer with its due entry and no extra due
/// entry; a schedule change or a reminder run racing an erasure leaves nothing keyed to that person.
/// </summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderPlanRaceTests(RemindersFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);

    private (ReminderEngine Engine, string Prefix) NewEngine(Action<IServiceCollection>? configure = null)
    {
        fixture.Twilio.Reset();
        var prefix = ReminderEngine.NewTablePrefix();
        return (ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), prefix, configure: configure), prefix);
    }

    [Fact]
    public async Task Stop_racing_start_leaves_the_plan_the_final_record_says()
    {
        var (engine, prefix) = NewEngine();
        await using var _ = engine;
        for (var round = 0; round < 6; round++)
        {
            var active = engine.Subscribers.Add(Start, [new(9, 30), new(13, 0)]);
            var stopped = active with { Status = SubscriberStatus.Stopped, ScheduleVersion = 2 };
            var restarted = active with { ScheduleVersion = 3 };
            await engine.ScheduleCurrentAsync(active);

            // STOP saved, then START saved; their plan writes race. The final record is active (round even) or stopped.
            var finalRecord = round % 2 == 0 ? restarted : stopped with { ScheduleVersion = 4 };
            engine.Subscribers.Update(finalRecord);
            await Task.WhenAll(
                engine.Scheduler.RemoveAsync(active.Key, CancellationToken.None),
                engine.Scheduler.ScheduleAsync(restarted, CancellationToken.None),
                engine.Scheduler.RemoveAsync(active.Key, CancellationToken.None),
                engine.Scheduler.ScheduleAsync(restarted, CancellationToken.None));

            await AssertPlanIsAsync(engine, prefix, finalRecord);
        }
    }

    [Fact]
    public async Task Concurrent_time_changes_leave_one_plan_and_no_extra_due_entries()
    {
        var (engine, prefix) = NewEngine();
        await using var _ = engine;
        var first = engine.Subscribers.Add(Start, [new(9, 30)]);
        await engine.ScheduleCurrentAsync(first);
        var records = Enumerable.Range(1, 6).Select(i => first with { IceTimes = [new(9 + i, 15)], ScheduleVersion = 1 + i }).ToList();
        engine.Subscribers.Update(records[^1]);

        await Task.WhenAll(records.Select(r => engine.Scheduler.ScheduleAsync(r, CancellationToken.None)));

        await AssertPlanIsAsync(engine, prefix, records[^1]);
    }

    [Fact]
    public async Task A_schedule_change_racing_an_erasure_leaves_nothing_keyed_to_the_person()
    {
        var (engine, prefix) = NewEngine();
        await using var _ = engine;
        for (var round = 0; round < 6; round++)
        {
            var subscriber = engine.Subscribers.Add(Start, [new(9, 30)]);
            await engine.ScheduleCurrentAsync(subscriber);
            var moved = subscriber with { IceTimes = [new(10, 45), new(15, 0)], ScheduleVersion = 2 };

            // Erasure deletes the record first, then the plan; a TIME change saved just before it replans beside it.
            engine.Subscribers.All.TryRemove(subscriber.Key, out Subscriber? _);
            await Task.WhenAll(
                engine.Scheduler.ScheduleAsync(moved, CancellationToken.None),
                engine.Scheduler.SubscriberErasedAsync(subscriber.Key, CancellationToken.None));

            Assert.Empty(await RowsKeyedToAsync(engine, prefix, subscriber.Key));
        }
    }

    [Fact]
    public async Task A_reminder_run_racing_an_erasure_does_not_plant_tomorrows_entry_back()
    {
        ReminderEngine? self = null;
        var (engine, prefix) = NewEngine(services => services.AddSingleton<ISmsSender>(sp =>
            new EraseWhileSending(sp.GetRequiredService<TwilioSmsSender>(), key => EraseAsync(self!, key))));
        self = engine;
        await using var _ = engine;
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);

        var result = await engine.RunAtAsync(Start.AddMinutes(1));

        Assert.Equal(1, result.Sent); // the erasure came after the send had started; the engine does not call it back
        Assert.Empty(await RowsKeyedToAsync(engine, prefix, subscriber.Key));
    }

    [Fact]
    public async Task Removing_an_erased_persons_plan_reports_a_storage_failure_instead_of_hiding_it()
    {
        // Nothing listens on this port: the engine's tables cannot be reached, so the erasure must not answer "done".
        var down = AzuriteFixture.ConnectionStringFor(FreePort.Next(), FreePort.Next(), FreePort.Next());
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix(), storage: down);

        var failure = await Record.ExceptionAsync(() => engine.Scheduler.SubscriberErasedAsync(new string('a', 64), CancellationToken.None));

        Assert.NotNull(failure);
        Assert.True(StorageFailures.IsStorageFailure(failure), failure.GetType().Name);
    }

    private static async Task EraseAsync(ReminderEngine engine, string key)
    {
        engine.Subscribers.All.TryRemove(key, out Subscriber? _);
        await engine.Scheduler.SubscriberErasedAsync(key, CancellationToken.None);
    }

    /// <summary>The plan is what the planner makes of the record: one pointer per series, each with its due entry, and no other due entry for the person.</summary>
    private static async Task AssertPlanIsAsync(ReminderEngine engine, string prefix, Subscriber record)
    {
        var expected = record.HasReminderPlan(engine.Time.GetUtcNow())
            ? engine.Planner.Plan(record, engine.Time.GetUtcNow().AddMinutes(1)).Select(o => ReminderStore.DueEntityFor(record.Key, o)).Select(e => (e.PartitionKey, e.RowKey)).Order().ToList()
            : [];
        var pointers = await engine.Store.PointersAsync(record.Key, CancellationToken.None);
        var dueRows = (await DueRowsAsync(engine, prefix, record.Key)).Order().ToList();

        Assert.Equal(expected, pointers.Select(p => (p.DuePartitionKey, p.DueRowKey)).Order().ToList());
        Assert.Equal(expected, dueRows);
    }

    private static async Task<List<(string, string)>> DueRowsAsync(ReminderEngine engine, string prefix, string key)
    {
        var due = engine.Services.GetRequiredService<TableServiceClient>().GetTableClient(ReminderStore.DueTableName(prefix));
        var rows = new List<(string, string)>();
        await foreach (var row in due.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            if (row.RowKey.StartsWith(key + "|", StringComparison.Ordinal))
            {
                rows.Add((row.PartitionKey, row.RowKey));
            }
        }

        return rows;
    }

    /// <summary>Every row of the engine's tables keyed to the person (due entries by RowKey, claims and pointers by partition).</summary>
    private static async Task<List<string>> RowsKeyedToAsync(ReminderEngine engine, string prefix, string key)
    {
        var rows = (await DueRowsAsync(engine, prefix, key)).Select(r => $"due {r.Item1}/{r.Item2}").ToList();
        var claims = engine.Services.GetRequiredService<TableServiceClient>().GetTableClient(prefix + "Claims");
        await foreach (var row in claims.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}"), select: ["RowKey"]))
        {
            rows.Add("claims " + row.RowKey);
        }

        return rows;
    }

    /// <summary>The person is erased while their reminder is with Twilio.</summary>
    private sealed class EraseWhileSending(ISmsSender inner, Func<string, Task> erase) : ISmsSender
    {
        public async Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
        {
            var result = await inner.SendAsync(message, cancellationToken);
            await erase(message.RecipientKey);
            return result;
        }

        public Task<SmsLookupResult> FindAsync(SentSmsQuery query, CancellationToken cancellationToken) => inner.FindAsync(query, cancellationToken);
    }
}
