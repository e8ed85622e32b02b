using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PainCoach.DevServer;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;

namespace PainCoach.IntegrationTests.Conversation;

[Collection(DevServerCollection.Name)]
public sealed class SenderConfigurationTests(DevServerFixture fixture)
{
    [Fact]
    public async Task Without_twilio_credentials_messages_go_to_the_local_outbox_table_and_not_to_twilio()
    {
        var settings = fixture.Settings();
        settings.Remove("Twilio:AccountSid"); // the AuthToken stays so webhooks can still be verified locally
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);
        var phone = TestPhones.Next();

        using var created = await server.Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "heel", consent = true });

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.DoesNotContain(fixture.Twilio.Attempts, a => a.To == phone);
        var key = SubscriberLookup.KeyFor(server.Services, phone);
        var outbox = server.Services.GetRequiredService<SubscriberTables>().Outbox;
        var rows = await outbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}")).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Contains("reply YES", row.GetString("Body"), StringComparison.Ordinal);
        Assert.Equal("+1******" + phone[^4..], row.GetString("ToMasked"));
    }

    [Fact]
    public async Task Remind_now_sends_the_next_reminder_whatever_the_hour_and_outbox_lists_it_masked_newest_first()
    {
        var settings = fixture.Settings();
        settings.Remove("Twilio:AccountSid");
        settings["PainCoach:Reminders:TablePrefix"] = "T" + Guid.NewGuid().ToString("N")[..20]; // this test's own due index
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);
        var phone = TestPhones.Next();
        await TwilioWebhookClient.TextAsync(server.Client, phone, "JOIN HEEL");
        var options = new DevServerOptions { LocalSettingsPath = null, Configure = builder => builder.Configuration.AddInMemoryCollection(settings) };

        using var ran = new StringWriter();
        Assert.Equal(0, await LocalCommands.RunAsync(["remind-now"], ran, options));
        using var listed = new StringWriter();
        Assert.Equal(0, await LocalCommands.RunAsync(["outbox", "500"], listed, options));

        var key = SubscriberLookup.KeyFor(server.Services, phone);
        var outbox = server.Services.GetRequiredService<SubscriberTables>().Outbox;
        var reminder = Assert.Single(await outbox.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}")).ToListAsync());
        Assert.Equal("reminder", reminder.GetString("Purpose"));
        Assert.StartsWith("PainCoach Heel: ", reminder.GetString("Body"), StringComparison.Ordinal);
        var lines = listed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.EndsWith($"+1******{phone[^4..]}  reminder  {reminder.GetString("Body")}", StringComparison.Ordinal));
        Assert.DoesNotContain(phone, listed.ToString(), StringComparison.Ordinal);
        var times = lines.Select(l => l[..20]).ToList();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
    }

    [Theory]
    [InlineData("+90m", 90)]
    [InlineData("+3h", 180)]
    [InlineData("+2d", 2880)]
    public void Remind_now_reads_a_step_ahead_of_now(string text, int minutes)
    {
        var now = DateTimeOffset.UnixEpoch;
        Assert.Equal(now.AddMinutes(minutes), LocalCommands.ParseClock(text, now));
    }

    [Fact]
    public void Remind_now_reads_an_instant_without_an_offset_as_utc_and_refuses_anything_else()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 19, 0, 0, TimeSpan.Zero), LocalCommands.ParseClock("2026-12-03T19:00", DateTimeOffset.UnixEpoch));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), LocalCommands.ParseClock("2026-12-03T19:00-05:00", DateTimeOffset.UnixEpoch));
        Assert.Throws<DevServerConfigurationException>(() => LocalCommands.ParseClock("tomorrow", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task With_credentials_the_status_callback_url_is_sent_to_twilio_when_the_public_url_is_known()
    {
        var settings = fixture.Settings();
        settings["Twilio:WebhookBaseUrl"] = "https://coach.example.org";
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);
        var phone = TestPhones.Next();

        using var created = await server.Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "heel", consent = true });

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        await Poll.UntilAsync(() => fixture.Twilio.Sent.Any(m => m.To == phone), TimeSpan.FromSeconds(10), "the YES request");
        Assert.Equal("https://coach.example.org/api/sms/status", fixture.Twilio.Sent.Single(m => m.To == phone).StatusCallback);
    }

    [Fact]
    public async Task A_messaging_service_replaces_the_from_number_when_configured()
    {
        var settings = fixture.Settings();
        settings.Remove("Twilio:FromNumber");
        settings["Twilio:MessagingServiceSid"] = "MG00000000000000000000000000000001";
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);
        var phone = TestPhones.Next();

        using var created = await server.Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "back", consent = true });

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        await Poll.UntilAsync(() => fixture.Twilio.Sent.Any(m => m.To == phone), TimeSpan.FromSeconds(10), "the YES request");
        var sent = fixture.Twilio.Sent.Single(m => m.To == phone);
        Assert.Equal("MG00000000000000000000000000000001", sent.MessagingServiceSid);
        Assert.Null(sent.From);
    }

    [Fact]
    public async Task Running_in_azure_without_twilio_credentials_is_a_start_up_error()
    {
        var settings = fixture.Settings();
        settings.Remove("Twilio:AccountSid");
        settings.Remove("Twilio:AuthToken");
        settings["WEBSITE_INSTANCE_ID"] = "instance-1";
        settings["PainCoach:Sms:SubscriberKeySecret"] = "a-real-secret-from-key-vault-0001";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await RunningDevServer.StartAsync(settings, fixture.Time));
        Assert.Contains("Twilio__AccountSid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_in_azure_with_the_public_local_subscriber_key_secret_is_a_start_up_error()
    {
        var settings = fixture.Settings();
        settings["WEBSITE_INSTANCE_ID"] = "instance-1";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await RunningDevServer.StartAsync(settings, fixture.Time));
        Assert.Contains("SubscriberKeySecret", error.Message, StringComparison.Ordinal);
    }
}

[Collection(DevServerCollection.Name)]
public sealed class StorageDownTests(DevServerFixture fixture)
{
    [Fact]
    public async Task With_storage_down_a_join_is_asked_again_later_and_every_subscription_route_answers_503_not_500()
    {
        var settings = fixture.Settings();
        settings["AzureWebJobsStorage"] = AzuriteFixture.ConnectionStringFor(FreePort.Next(), FreePort.Next(), FreePort.Next());
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);
        var phone = TestPhones.Next();

        var inbound = await TwilioWebhookClient.TextAsync(server.Client, phone, "JOIN HEEL");
        using var post = await server.Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "heel", consent = true });
        using var get = await SubscriptionsClient.LookupAsync(server.Client, phone);
        using var delete = await SubscriptionsClient.EraseAsync(server.Client, phone);

        // Twilio does not retry a messaging webhook that answered 5xx: the person is told to try again instead.
        Assert.Equal(HttpStatusCode.OK, inbound.Status);
        Assert.Contains("try again in a few minutes", inbound.Reply, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, delete.StatusCode);
        Assert.DoesNotContain(fixture.Twilio.Attempts, a => a.To == phone);
    }
}
