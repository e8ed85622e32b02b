using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.DevServer;
using PainCoach.IntegrationTests.Conversation;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.EndToEnd;

/// <summary>
/// The whole product path through the DevServer: keywords by signed webhook, the reminder timer on its schedule
/// (driven by a fake clock), the engine's due index on Azurite, and SMS at the fake Twilio.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class ReminderConversationTests(DevServerFixture fixture)
{
    // 15:00:30 UTC is 09:00:30 in Chicago in January: daytime, inside the 08:00-21:00 send window.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 15, 0, 30, TimeSpan.Zero);

    [Fact]
    public async Task A_subscriber_gets_exactly_one_ice_reminder_on_time_and_nothing_after_stop()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await StartServerAsync(time);
        var phone = TestPhones.NextChicago();
        var quitter = TestPhones.NextChicago();

        foreach (var who in new[] { phone, quitter })
        {
            await Say(server, who, "JOIN HEEL");
            await Say(server, who, "TZ CT");
            await Say(server, who, "TIME STRETCH OFF");
            await Say(server, who, "TIME ICE 9:02am 9:04am");
        }

        await Say(server, quitter, "STOP");

        // 09:01: nothing is due yet.
        await RunTimerUntilAsync(server, time, Start.AddSeconds(30));
        Assert.Empty(SentTo(phone));

        // 09:02: exactly one ice reminder, naming the program, for the one still subscribed.
        await RunTimerUntilAsync(server, time, new DateTimeOffset(2026, 1, 15, 15, 2, 0, TimeSpan.Zero));
        await fixture.Twilio.WaitForSentAsync(fixture.Twilio.Sent.Count, TimeSpan.FromSeconds(10));
        var reminder = Assert.Single(SentTo(phone));
        Assert.Contains("ice", reminder.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PainCoach", reminder.Body, StringComparison.Ordinal);
        Assert.True(reminder.Body.Length <= 160);
        Assert.Empty(SentTo(quitter));

        // A second run in the same minute (a double-fired timer) sends nothing more.
        await RunTimerOnceMoreAsync(server);
        Assert.Single(SentTo(phone));

        // STOP after scheduling: the 09:04 reminder never goes out.
        await Say(server, phone, "STOP");
        await RunTimerUntilAsync(server, time, new DateTimeOffset(2026, 1, 15, 15, 6, 0, TimeSpan.Zero));
        Assert.Single(SentTo(phone));
        Assert.Empty(SentTo(quitter));
    }

    [Fact]
    public async Task Done_credits_the_reminder_it_answers_and_none_before_the_first_reminder()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await StartServerAsync(time);
        var phone = TestPhones.NextChicago();
        await Say(server, phone, "JOIN HEEL");
        await Say(server, phone, "TZ CT");
        await Say(server, phone, "TIME STRETCH OFF");
        await Say(server, phone, "TIME ICE 9:02am");

        await Say(server, phone, "DONE");
        await RunTimerUntilAsync(server, time, new DateTimeOffset(2026, 1, 15, 15, 2, 0, TimeSpan.Zero));
        await fixture.Twilio.WaitForSentAsync(fixture.Twilio.Sent.Count, TimeSpan.FromSeconds(10));
        Assert.Single(SentTo(phone));
        await Say(server, phone, "DONE");

        var subscriber = await SubscriberLookup.LoadAsync(server.Services, phone);
        Assert.Equal([null, "ice"], subscriber!.DoneLog.Select(d => d.ReminderKind));
    }

    [Fact]
    public async Task Without_twilio_credentials_the_reminder_lands_in_the_local_outbox()
    {
        var time = new FakeTimeProvider(Start);
        await using var server = await StartServerAsync(time, withoutTwilioAccount: true);
        var phone = TestPhones.NextChicago();
        await Say(server, phone, "JOIN HEEL");
        await Say(server, phone, "TIME STRETCH OFF");
        await Say(server, phone, "TIME ICE 9:02am");

        await RunTimerUntilAsync(server, time, new DateTimeOffset(2026, 1, 15, 15, 2, 0, TimeSpan.Zero));

        Assert.DoesNotContain(fixture.Twilio.Attempts, a => a.To == phone);
        var key = SubscriberLookup.KeyFor(server.Services, phone);
        var outbox = server.Services.GetRequiredService<SubscriberTables>().Outbox;
        var rows = await outbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}")).ToListAsync();
        var reminder = Assert.Single(rows, r => r.GetString("Purpose") == "reminder");
        Assert.Contains("ice", reminder.GetString("Body"), StringComparison.OrdinalIgnoreCase);
    }

    private List<SentSms> SentTo(string phone) => fixture.Twilio.Sent.Where(s => s.To == phone).ToList();

    private async Task<RunningDevServer> StartServerAsync(FakeTimeProvider time, bool withoutTwilioAccount = false)
    {
        var settings = fixture.Settings();
        if (withoutTwilioAccount)
        {
            settings.Remove("Twilio:AccountSid"); // the AuthToken stays so webhooks can still be verified locally
        }

        // Its own reminder tables, so this server's timer sends only what this test scheduled.
        settings["PainCoach:Reminders:TablePrefix"] = "E2e" + Guid.NewGuid().ToString("N")[..12];
        return await RunningDevServer.StartAsync(settings, time);
    }

    private static async Task Say(RunningDevServer server, string phone, string text)
    {
        var answer = await TextAsync(server.Client, phone, text);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    /// <summary>Moves the fake clock occurrence by occurrence, letting each timer run finish, up to <paramref name="until"/>.</summary>
    private static async Task RunTimerUntilAsync(RunningDevServer server, FakeTimeProvider time, DateTimeOffset until)
    {
        var loop = server.Services.GetRequiredService<TimerFunctionScheduler>().Loops.Single(l => l.Timer.Function.Name == "ReminderTimer");
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
            await Poll.UntilAsync(() => loop.CompletedRuns > runs, TimeSpan.FromSeconds(30), "the reminder run to finish");
        }
    }

    private static async Task RunTimerOnceMoreAsync(RunningDevServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var timer = ActivatorUtilities.CreateInstance<PainCoach.Functions.Reminders.ReminderTimer>(scope.ServiceProvider);
        await timer.Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
    }
}
