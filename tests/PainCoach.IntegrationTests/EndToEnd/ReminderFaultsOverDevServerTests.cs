using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.DevServer;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.EndToEnd;

/// <summary>
/// Issue 14 through the DevServer: people JOIN by signed webhook, the reminder timer runs on its schedule on a fake
/// clock, and the fake Twilio misbehaves (closes every connection, hangs up after taking a message, answers 500 and
/// 429). Every subscriber gets exactly one reminder. And a timer that wakes 1 ms before the minute sends that
/// minute's reminder in that run.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class ReminderFaultsOverDevServerTests(DevServerFixture fixture)
{
    // 09:00:30 in Chicago; the reminders are set for 09:02 (15:02 UTC).
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 15, 0, 30, TimeSpan.Zero);
    private static readonly DateTimeOffset ReminderMinute = new(2026, 1, 15, 15, 2, 0, TimeSpan.Zero);

    public static TheoryData<string> Faults => ["close-every-connection", "hang-up-after-every-3rd-take", "every-3rd-500-every-5th-429"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Every_subscriber_gets_exactly_one_reminder_when_twilio_misbehaves(string fault)
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await StartServerAsync(time);
        var phones = await JoinAsync(server, 9);
        try
        {
            fixture.Twilio.Clock = time;
            switch (fault)
            {
                case "close-every-connection":
                    fixture.Twilio.CloseConnectionAfterEachAnswer = true;
                    break;
                case "hang-up-after-every-3rd-take":
                    fixture.Twilio.HangUpAfterTakingEvery = 3;
                    break;
                default:
                    fixture.Twilio.FailEvery(3, HttpStatusCode.InternalServerError, 20500);
                    fixture.Twilio.FailEvery(5, HttpStatusCode.TooManyRequests, 20429);
                    break;
            }

            // The run at 09:02, then two more minutes for anything deferred to the next run.
            await RunTimerUntilAsync(server, time, ReminderMinute.AddMinutes(2), step: TimeSpan.FromMilliseconds(250));
        }
        finally
        {
            fixture.Twilio.ClearFaults();
        }

        Assert.All(phones, phone => Assert.Single(fixture.Twilio.Sent, s => s.To == phone));
    }

    [Fact]
    public async Task A_timer_that_fires_1_ms_before_the_minute_sends_that_minutes_reminder_in_that_run()
    {
        var fake = new FakeTimeProvider(Start);
        var time = new EarlyTimers(fake, TimeSpan.FromMilliseconds(1));
        await using var server = await StartServerAsync(time);
        var phone = (await JoinAsync(server, 1))[0];
        var loop = ReminderLoop(server);

        // Up to the 09:01 run, then the clock stops 1 ms before 09:02: the timer wakes now.
        await RunTimerUntilAsync(server, fake, ReminderMinute.AddMinutes(-1), step: TimeSpan.Zero);
        await Poll.UntilAsync(() => loop.NextDue == ReminderMinute, TimeSpan.FromSeconds(20), "the timer to wait for 09:02");
        var runs = loop.CompletedRuns;
        fake.SetUtcNow(ReminderMinute.AddMilliseconds(-1));
        await Poll.UntilAsync(() => loop.CompletedRuns > runs, TimeSpan.FromSeconds(30), "the early run to finish");

        Assert.Equal(ReminderMinute.AddMilliseconds(-1), fake.GetUtcNow());
        Assert.Single(fixture.Twilio.Sent, s => s.To == phone);

        // The 09:02 occurrence does not run again at 09:02 itself, and the 09:03 run sends nothing more.
        await Poll.UntilAsync(() => loop.NextDue is not null, TimeSpan.FromSeconds(20), "the timer to wait again");
        Assert.Equal(ReminderMinute.AddMinutes(1), loop.NextDue);
        await RunTimerUntilAsync(server, fake, ReminderMinute.AddMinutes(1), step: TimeSpan.Zero);
        Assert.Single(fixture.Twilio.Sent, s => s.To == phone);
    }

    [Fact]
    public async Task A_status_callback_for_a_sent_reminder_is_applied_because_the_app_sent_it()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await StartServerAsync(time);
        var phone = (await JoinAsync(server, 1))[0];
        await RunTimerUntilAsync(server, time, ReminderMinute, step: TimeSpan.Zero);
        var reminder = Assert.Single(fixture.Twilio.Sent, s => s.To == phone);

        var status = new Dictionary<string, string> { ["MessageSid"] = reminder.Sid, ["MessageStatus"] = "failed", ["ErrorCode"] = "30006", ["To"] = phone };
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(server.Client, "/api/sms/status", status)).Status);

        Assert.Equal("twilio-30006", (await PainCoach.IntegrationTests.Conversation.SubscriberLookup.LoadAsync(server.Services, phone))!.UndeliverableReason);
    }

    private async Task<RunningDevServer> StartServerAsync(TimeProvider time)
    {
        var settings = fixture.Settings();
        settings["PainCoach:Reminders:TablePrefix"] = "Fault" + Guid.NewGuid().ToString("N")[..12];
        settings["PainCoach:Reminders:RetryBaseDelay"] = "00:00:00.200";
        return await RunningDevServer.StartAsync(settings, time);
    }

    private static async Task<List<string>> JoinAsync(RunningDevServer server, int count)
    {
        var phones = Enumerable.Range(0, count).Select(_ => TestPhones.NextChicago()).ToList();
        foreach (var phone in phones)
        {
            foreach (var text in new[] { "JOIN HEEL", "TZ CT", "TIME STRETCH OFF", "TIME ICE 9:02am" })
            {
                var answer = await TextAsync(server.Client, phone, text);
                Assert.Equal(HttpStatusCode.OK, answer.Status);
            }
        }

        return phones;
    }

    private static TimerFunctionScheduler.TimerLoop ReminderLoop(RunningDevServer server) =>
        server.Services.GetRequiredService<TimerFunctionScheduler>().Loops.Single(l => l.Timer.Function.Name == "ReminderTimer");

    /// <summary>
    /// Moves the fake clock occurrence by occurrence up to <paramref name="until"/>; while a run is in progress the
    /// clock moves on by <paramref name="step"/> so that its backoffs and settle delays elapse.
    /// </summary>
    private static async Task RunTimerUntilAsync(RunningDevServer server, FakeTimeProvider time, DateTimeOffset until, TimeSpan step)
    {
        var loop = ReminderLoop(server);
        while (true)
        {
            await Poll.UntilAsync(() => loop.NextDue is { } due && due > time.GetUtcNow(), TimeSpan.FromSeconds(20), "the reminder timer to wait for its next run");
            var due = loop.NextDue!.Value;
            if (due > until)
            {
                return;
            }

            var runs = loop.CompletedRuns;
            time.Advance(due - time.GetUtcNow());
            await Poll.UntilAsync(
                () =>
                {
                    if (loop.CompletedRuns > runs)
                    {
                        return true;
                    }

                    if (step > TimeSpan.Zero)
                    {
                        time.Advance(step);
                    }

                    return false;
                },
                TimeSpan.FromSeconds(60),
                "the reminder run to finish");
        }
    }

    /// <summary>A clock whose timers wake a little early, as real timers do.</summary>
    private sealed class EarlyTimers(FakeTimeProvider inner, TimeSpan early) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }
}
