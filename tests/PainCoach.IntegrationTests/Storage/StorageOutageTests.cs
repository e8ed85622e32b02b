using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.Health;
using PainCoach.IntegrationTests.Conversation;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Storage;

/// <summary>
/// A DevServer whose Table Storage can go away: Azurite behind a <see cref="StorageProxy"/> (down = unreachable, data
/// kept) that the fixture can also restart empty on the same ports. Its own Azurite, clock and opt-out journal.
/// </summary>
public sealed class StorageOutageFixture : IAsyncLifetime
{
    private readonly string journal = Directory.CreateTempSubdirectory("paincoach-pending-").FullName;
    private RunningDevServer? server;

    public AzuriteFixture Azurite { get; } = new();

    public FakeTwilioFixture Twilio { get; } = new();

    public FakeTimeProvider Time { get; } = new(DevServerFixture.StartTime);

    public LogCapture Logs { get; } = new();

    public StorageProxy Proxy { get; private set; } = null!;

    public RunningDevServer Server => server ?? throw new InvalidOperationException("The DevServer has not started.");

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Azurite.InitializeAsync(), Twilio.InitializeAsync());
        Proxy = new StorageProxy(Azurite.TablePort);
        server = await RunningDevServer.StartAsync(Settings(journal), Time, builder => Logs.CaptureEverythingFrom(builder));
    }

    /// <summary>This fixture's DevServer settings, with the opt-out journal in <paramref name="journalDirectory"/>.</summary>
    public Dictionary<string, string?> Settings(string journalDirectory) => new()
    {
            ["AzureWebJobsStorage"] = Azurite.ConnectionStringWithTablePort(Proxy.Port),
            ["REMINDER_SCHEDULE"] = "0 0 0 * * *",
            ["Twilio:AccountSid"] = FakeTwilioFixture.AccountSid,
            ["Twilio:AuthToken"] = FakeTwilioFixture.AuthToken,
            ["Twilio:FromNumber"] = "+15005550006",
            ["Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString(),
            ["PainCoach:Sms:PendingOptOutDirectory"] = journalDirectory,
    };

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await Proxy.DisposeAsync();
        await Twilio.DisposeAsync();
        await Azurite.DisposeAsync();
        Directory.Delete(journal, recursive: true);
    }
}

/// <summary>Issue 15, item 3: what the app still does while Table Storage is down, and after it comes back empty.</summary>
public sealed class StorageOutageTests(StorageOutageFixture fixture) : IClassFixture<StorageOutageFixture>
{
    private HttpClient Client => fixture.Server.Client;

    private IServiceProvider Services => fixture.Server.Services;

    [Fact]
    public async Task With_storage_down_a_red_flag_text_gets_200_and_the_911_advice()
    {
        await fixture.Proxy.DownAsync();
        try
        {
            var answer = await TextAsync(Client, TestPhones.Next(), "I lost bladder control and my back hurts");

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Contains("911", answer.Reply, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Proxy.Up();
        }
    }

    [Fact]
    public async Task With_storage_down_a_question_gets_the_faq_answer_and_a_command_is_asked_again_later()
    {
        await fixture.Proxy.DownAsync();
        try
        {
            var question = await TextAsync(Client, TestPhones.Next(), "how long should i ice my heel");
            var command = await TextAsync(Client, TestPhones.Next(), "TIME ICE 9am");

            Assert.Equal(HttpStatusCode.OK, question.Status);
            Assert.Contains("minutes", question.Reply, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.OK, command.Status);
            Assert.Contains("try again in a few minutes", command.Reply, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Proxy.Up();
        }
    }

    [Theory]
    [InlineData("STOP", "you are unsubscribed")]
    [InlineData("please stop texting me", "you are unsubscribed")]
    [InlineData("BAJA", "te dimos de baja")]
    public async Task A_stop_during_the_outage_is_acknowledged_and_written_when_storage_returns(string text, string confirmation)
    {
        var phone = TestPhones.Next();
        Assert.Equal(HttpStatusCode.OK, (await TextAsync(Client, phone, "JOIN HEEL")).Status);

        await fixture.Proxy.DownAsync();
        WebhookAnswer stop;
        try
        {
            stop = await TextAsync(Client, phone, text);
        }
        finally
        {
            fixture.Proxy.Up();
        }

        Assert.Equal(HttpStatusCode.OK, stop.Status);
        Assert.Contains(confirmation, stop.Reply, StringComparison.Ordinal);

        // The writer tries again on its interval; the clock is fake, so move it.
        await Poll.UntilAsync(
            async () =>
            {
                fixture.Time.Advance(TimeSpan.FromSeconds(16));
                return (await SubscriberLookup.LoadAsync(Services, phone))?.Status == SubscriberStatus.Stopped;
            },
            TimeSpan.FromSeconds(30),
            "the opt-out taken during the outage to be written");
        var stopped = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal("sms-stop", stopped!.Consent[^1].Method);
        Assert.Contains(confirmation, stopped.Consent[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_written_after_the_outage_is_registered_as_seen_when_it_came_so_a_late_replay_is_refused()
    {
        var phone = TestPhones.Next();
        Assert.Equal(HttpStatusCode.OK, (await TextAsync(Client, phone, "JOIN HEEL")).Status);
        var sid = NewMessageSid();
        var receivedAt = fixture.Time.GetUtcNow();

        await fixture.Proxy.DownAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await TextAsync(Client, phone, "STOP", sid)).Status);
        }
        finally
        {
            fixture.Proxy.Up();
        }

        await Poll.UntilAsync(
            async () =>
            {
                fixture.Time.Advance(TimeSpan.FromSeconds(16));
                return (await SubscriberLookup.LoadAsync(Services, phone))?.Status == SubscriberStatus.Stopped;
            },
            TimeSpan.FromSeconds(30),
            "the opt-out taken during the outage to be written");

        // The webhook could not register the sid while storage was down; writing the opt-out does, at its arrival.
        var sighting = await Services.GetRequiredService<WebhookReplayRegister>()
            .FindAsync(WebhookReplayRegister.InboundEvent(sid), CancellationToken.None);
        Assert.NotNull(sighting);
        Assert.Equal(receivedAt, sighting.FirstSeenAt);
        Assert.True(sighting.IsReplay(receivedAt + TimeSpan.FromDays(15), TimeSpan.FromDays(14)));
    }

    [Fact]
    public async Task A_stop_acknowledged_during_the_outage_survives_a_restart_of_the_server()
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN HEEL");
        var journal = Directory.CreateTempSubdirectory("paincoach-pending-restart-").FullName;
        try
        {
            await fixture.Proxy.DownAsync();
            try
            {
                await using var before = await RunningDevServer.StartAsync(fixture.Settings(journal), fixture.Time);
                Assert.Contains("unsubscribed", (await TextAsync(before.Client, phone, "leave me alone")).Reply, StringComparison.Ordinal);
            }
            finally
            {
                fixture.Proxy.Up();
            }

            fixture.Time.Advance(TimeSpan.FromSeconds(1));
            await using var after = await RunningDevServer.StartAsync(fixture.Settings(journal), fixture.Time);
            await Poll.UntilAsync(
                async () =>
                {
                    fixture.Time.Advance(TimeSpan.FromSeconds(16));
                    return (await SubscriberLookup.LoadAsync(Services, phone))?.Status == SubscriberStatus.Stopped;
                },
                TimeSpan.FromSeconds(30),
                "the restarted server to write the opt-out it found in the journal");
        }
        finally
        {
            Directory.Delete(journal, recursive: true);
        }
    }

    [Fact]
    public async Task While_a_stop_is_pending_the_reminder_engine_sends_that_person_nothing()
    {
        // 15:00:30 UTC is 09:00:30 in Chicago; a writer that waits an hour, so the opt-out stays pending.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 15, 0, 30, TimeSpan.Zero));
        var journal = Directory.CreateTempSubdirectory("paincoach-pending-engine-").FullName;
        var settings = fixture.Settings(journal);
        settings["PainCoach:Sms:PendingOptOutRetryInterval"] = "01:00:00";
        settings["PainCoach:Reminders:TablePrefix"] = "Pend" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var server = await RunningDevServer.StartAsync(settings, time);
            var (quitter, control) = (TestPhones.NextChicago(), TestPhones.NextChicago());
            foreach (var phone in new[] { quitter, control })
            {
                foreach (var text in new[] { "JOIN HEEL", "TZ CT", "TIME STRETCH OFF", "TIME ICE 9:02am" })
                {
                    Assert.Equal(HttpStatusCode.OK, (await TextAsync(server.Client, phone, text)).Status);
                }
            }

            await fixture.Proxy.DownAsync();
            try
            {
                Assert.Contains("unsubscribed", (await TextAsync(server.Client, quitter, "STOP")).Reply, StringComparison.Ordinal);
            }
            finally
            {
                fixture.Proxy.Up();
            }

            time.Advance(TimeSpan.FromMinutes(2));
            await using (var scope = server.Services.CreateAsyncScope())
            {
                var timer = ActivatorUtilities.CreateInstance<PainCoach.Functions.Reminders.ReminderTimer>(scope.ServiceProvider);
                await timer.Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
            }

            Assert.Single(fixture.Twilio.Sent, s => s.To == control);
            Assert.DoesNotContain(fixture.Twilio.Sent, s => s.To == quitter);
            Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, quitter))!.Status); // still pending
        }
        finally
        {
            Directory.Delete(journal, recursive: true);
        }
    }

    [Fact]
    public async Task A_stop_during_the_outage_followed_by_start_ends_active_in_the_order_they_were_sent()
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN HEEL");
        await fixture.Proxy.DownAsync();
        try
        {
            Assert.Contains("unsubscribed", (await TextAsync(Client, phone, "STOP")).Reply, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Proxy.Up();
        }

        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var start = await TextAsync(Client, phone, "START");

        Assert.Contains("you're in", start.Reply, StringComparison.Ordinal);
        var after = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal(SubscriberStatus.Active, after!.Status);
        Assert.Equal(["sms-join", "sms-stop", "sms-start"], after.Consent.Select(c => c.Method));
    }

    [Fact]
    public async Task With_azurite_stopped_a_red_flag_gets_911_and_after_it_comes_back_empty_join_signup_erasure_and_reminder_runs_work()
    {
        // Use every table once, so this process has "created" them all before storage loses them.
        var before = TestPhones.Next();
        await TextAsync(Client, before, "JOIN HEEL");
        await RunReminderTimerAsync();

        // Azurite itself stops: the red-flag advice still goes out.
        await fixture.Azurite.TakeDownAsync();
        var urgent = await TextAsync(Client, TestPhones.Next(), "I lost bladder control and my back hurts");
        Assert.Equal(HttpStatusCode.OK, urgent.Status);
        Assert.Contains("911", urgent.Reply, StringComparison.Ordinal);

        await fixture.Azurite.RestartEmptyAsync();
        var linesBefore = fixture.Logs.Lines.Count;

        using var health = await Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var probeTable = Services.GetRequiredService<TableServiceClient>().QueryAsync(TableClient.CreateQueryFilter($"TableName eq {StorageHealthProbe.TableName}"));
        Assert.Single(await probeTable.ToListAsync());

        var phone = TestPhones.Next();
        var join = await TextAsync(Client, phone, "JOIN BACK");
        Assert.Equal(HttpStatusCode.OK, join.Status);
        Assert.Contains("you're in", join.Reply, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);

        var signedUp = TestPhones.Next();
        using (var signup = await Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone = signedUp, program = "heel", consent = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, signup.StatusCode);
        }

        using (var erased = await SubscriptionsClient.EraseAsync(Client, phone))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        await RunReminderTimerAsync();

        var after = fixture.Logs.Lines.Skip(linesBefore).ToList();
        Assert.DoesNotContain(after, line => line.Contains("TableNotFound", StringComparison.Ordinal));
    }

    private async Task RunReminderTimerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var timer = ActivatorUtilities.CreateInstance<PainCoach.Functions.Reminders.ReminderTimer>(scope.ServiceProvider);
        await timer.Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
    }
}
