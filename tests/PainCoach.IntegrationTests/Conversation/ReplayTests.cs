using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>
/// Issue 15, item 6: a signed request stays valid for ever, so a replay must not take effect again, inside the
/// 14-day message retention (markers, forward-only delivery records) or after it (the replay register).
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class ReplayTests(DevServerFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DevServerFixture.StartTime);
    private RunningDevServer? server;

    private HttpClient Client => server!.Client;

    private IServiceProvider Services => server!.Services;

    public async Task InitializeAsync() => server = await RunningDevServer.StartAsync(fixture.Settings(), time);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_signed_join_replayed_after_its_marker_was_pruned_does_not_resubscribe_someone_who_texted_stop()
    {
        var phone = TestPhones.Next();
        var join = InboundForm(phone, "JOIN HEEL");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Client, "/api/sms/inbound", join)).Status);
        await TextAsync(Client, phone, "STOP");

        // Past the retention the person's next message prunes the JOIN's "handled" marker.
        time.Advance(TimeSpan.FromDays(15));
        await TextAsync(Client, phone, "HELP");
        Assert.Equal(2, await SubscriberLookup.CountRowsAsync(Services, phone)); // profile and HELP's marker

        var replay = await PostAsync(Client, "/api/sms/inbound", join);

        Assert.Equal(HttpStatusCode.Conflict, replay.Status);
        var s = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal(SubscriberStatus.Stopped, s!.Status);
        Assert.Equal(["sms-join", "sms-stop"], s.Consent.Select(c => c.Method));
    }

    [Fact]
    public async Task A_signed_stop_replayed_after_the_retention_does_not_stop_someone_who_texted_start()
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN BACK");
        var stop = InboundForm(phone, "STOP");
        await PostAsync(Client, "/api/sms/inbound", stop);
        time.Advance(TimeSpan.FromDays(20));
        await TextAsync(Client, phone, "START");

        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(Client, "/api/sms/inbound", stop)).Status);
        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
    }

    [Fact]
    public async Task Inside_the_retention_a_repeated_message_still_gets_its_first_reply_once()
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN HEEL");
        var pain = InboundForm(phone, "PAIN 6");
        var first = await PostAsync(Client, "/api/sms/inbound", pain);
        time.Advance(TimeSpan.FromDays(13));

        var again = await PostAsync(Client, "/api/sms/inbound", pain);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(first.Reply, again.Reply);
        Assert.Single((await SubscriberLookup.LoadAsync(Services, phone))!.PainLog);
    }

    [Fact]
    public async Task A_carrier_opt_out_callback_replayed_after_start_does_not_stop_them_again()
    {
        // A message we recorded (the sign-up's YES request). A callback about a sid this app did not send changes
        // nothing at all (StatusCallbackTests); a reminder's verdict is applied once through the replay register.
        var signedUp = TestPhones.Next();
        using (var created = await Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone = signedUp, program = "heel", consent = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        }

        var recordedSid = fixture.Twilio.Sent.Single(m => m.To == signedUp).Sid;
        foreach (var (phone, sid) in new[] { (signedUp, recordedSid) })
        {
            var optOut = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "undelivered", ["ErrorCode"] = "21610", ["To"] = phone };
            Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", optOut)).Status);
            Assert.Equal(SubscriberStatus.Stopped, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
            time.Advance(TimeSpan.FromMinutes(5));
            await TextAsync(Client, phone, "START");

            Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", optOut)).Status);
            Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);

            // ... nor after the retention, when the delivery record may be gone.
            time.Advance(TimeSpan.FromDays(15));
            await TextAsync(Client, phone, "STATUS");
            Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", optOut)).Status);
            Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
        }
    }

    [Fact]
    public async Task A_join_replayed_right_after_an_erasure_does_not_bring_the_person_back()
    {
        var phone = TestPhones.Next();
        var join = InboundForm(phone, "JOIN HEEL");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Client, "/api/sms/inbound", join)).Status);
        using (var erased = await SubscriptionsClient.EraseAsync(Client, phone))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        // Inside the retention, but its "handled" marker went with the erasure.
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(Client, "/api/sms/inbound", join)).Status);
        Assert.Null(await SubscriberLookup.LoadAsync(Services, phone));

        // A new message from the same phone is a new opt-in.
        Assert.Equal(HttpStatusCode.OK, (await TextAsync(Client, phone, "JOIN HEEL")).Status);
        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
    }

    [Fact]
    public async Task A_join_replayed_after_an_erasure_and_the_retention_does_not_bring_the_person_back()
    {
        var phone = TestPhones.Next();
        var join = InboundForm(phone, "JOIN HEEL");
        await PostAsync(Client, "/api/sms/inbound", join);
        using (var erased = await SubscriptionsClient.EraseAsync(Client, phone))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        time.Advance(TimeSpan.FromDays(15));

        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(Client, "/api/sms/inbound", join)).Status);
        Assert.Null(await SubscriberLookup.LoadAsync(Services, phone));
    }
}
