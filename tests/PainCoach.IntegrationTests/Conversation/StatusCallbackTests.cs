using System.Net;
using System.Net.Http.Json;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

[Collection(DevServerCollection.Name)]
public sealed class StatusCallbackTests(DevServerFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private IServiceProvider Services => fixture.Server.Services;

    private static Dictionary<string, string> Status(string to, string sid, string status, int? errorCode = null)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = sid,
            ["SmsSid"] = sid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["AccountSid"] = FakeTwilioFixture.AccountSid,
            ["To"] = to,
            ["From"] = "+15005550006",
        };
        if (errorCode is { } code)
        {
            form["ErrorCode"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return form;
    }

    /// <summary>A web sign-up: pending, with the YES request's delivery record ("accepted"). Returns that message's sid.</summary>
    private async Task<string> SignUpAsync(string phone)
    {
        using var created = await Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "heel", consent = true });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        return fixture.Twilio.Sent.Single(m => m.To == phone).Sid;
    }

    /// <summary>A subscriber signed up on the web and confirmed with YES: the app sent them the YES request, whose sid is returned.</summary>
    private async Task<string> ActiveWithSentMessageAsync(string phone)
    {
        using var created = await Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "heel", consent = true, timeZone = "America/Chicago" });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        await Poll.UntilAsync(() => fixture.Twilio.Sent.Any(m => m.To == phone), TimeSpan.FromSeconds(10), "the YES request");
        await TextAsync(Client, phone, "YES");
        return fixture.Twilio.Sent.Single(m => m.To == phone).Sid;
    }

    [Fact]
    public async Task Delivery_status_of_a_message_we_sent_is_recorded_and_only_moves_forward()
    {
        var phone = TestPhones.Next();
        var sid = await SignUpAsync(phone);
        Assert.Equal("accepted", (await SubscriberLookup.DeliveryAsync(Services, phone, sid))?.Status);

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, sid, "sent"))).Status);
        Assert.Equal("sent", (await SubscriberLookup.DeliveryAsync(Services, phone, sid))?.Status);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, sid, "delivered"))).Status);
        Assert.Equal("delivered", (await SubscriberLookup.DeliveryAsync(Services, phone, sid))?.Status);

        // Callbacks arrive out of order and more than once: a late "sent" or "queued" never takes it back.
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, sid, "sent"))).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, sid, "queued"))).Status);
        Assert.Equal("delivered", (await SubscriberLookup.DeliveryAsync(Services, phone, sid))?.Status);
        Assert.Equal(SubscriberStatus.Pending, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
    }

    [Fact]
    public async Task A_callback_for_a_message_without_a_delivery_record_here_creates_no_row()
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN HEEL");
        var rows = await SubscriberLookup.CountRowsAsync(Services, phone);
        var sid = NewMessageSid();

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, sid, "delivered"))).Status);

        Assert.Null(await SubscriberLookup.DeliveryAsync(Services, phone, sid));
        Assert.Equal(rows, await SubscriberLookup.CountRowsAsync(Services, phone));
    }

    [Fact]
    public async Task Error_21610_means_the_person_opted_out_at_the_carrier_and_stops_them()
    {
        var phone = TestPhones.Next();
        var sid = await SignUpAsync(phone);

        await PostAsync(Client, "/api/sms/status", Status(phone, sid, "undelivered", 21610));

        var s = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal(SubscriberStatus.Stopped, s!.Status);
        Assert.Equal("carrier-opt-out", s.Consent[^1].Method);
    }

    [Theory]
    [InlineData(21211)]
    [InlineData(21614)]
    [InlineData(30005)]
    [InlineData(30006)]
    public async Task Unreachable_number_codes_mark_the_subscriber_undeliverable(int code)
    {
        var phone = TestPhones.Next();
        var sid = await SignUpAsync(phone);

        var answer = await PostAsync(Client, "/api/sms/status", Status(phone, sid, "failed", code));

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        var s = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal($"twilio-{code}", s!.UndeliverableReason);
        Assert.Equal(SubscriberStatus.Pending, s.Status);

        // Texting in proves the number works again.
        await TextAsync(Client, phone, "STATUS");
        Assert.Null((await SubscriberLookup.LoadAsync(Services, phone))!.UndeliverableReason);
    }

    [Fact]
    public async Task Other_failures_are_recorded_without_suppressing()
    {
        var phone = TestPhones.Next();
        var sid = await SignUpAsync(phone);
        await PostAsync(Client, "/api/sms/status", Status(phone, sid, "failed", 30003));
        Assert.Equal(30003, (await SubscriberLookup.DeliveryAsync(Services, phone, sid))?.ErrorCode);
        Assert.Null((await SubscriberLookup.LoadAsync(Services, phone))!.UndeliverableReason);
    }

    [Fact]
    public async Task A_callback_for_a_message_this_app_did_not_send_changes_nothing_and_adds_no_row()
    {
        var phone = TestPhones.Next();
        var ours = await ActiveWithSentMessageAsync(phone);
        var other = TestPhones.Next();
        var othersSid = await ActiveWithSentMessageAsync(other);
        var rows = await SubscriberLookup.CountRowsAsync(Services, phone);

        // Another number's sid, and sids nobody sent, each with the opt-out code: nothing happens to this person.
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, othersSid, "undelivered", 21610))).Status);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(Client, "/api/sms/status", Status(phone, NewMessageSid(), "undelivered", 21610))).Status);
        }

        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(Services, other))!.Status);
        Assert.Equal(rows, await SubscriberLookup.CountRowsAsync(Services, phone));
        Assert.Equal("accepted", (await SubscriberLookup.DeliveryAsync(Services, phone, ours))?.Status);
    }

    [Theory]
    [InlineData("MessageStatus", "")]
    [InlineData("MessageSid", "nope")]
    [InlineData("ErrorCode", "abc")]
    [InlineData("To", "nobody")]
    public async Task Malformed_callbacks_are_400(string field, string value)
    {
        var form = Status(TestPhones.Next(), NewMessageSid(), "delivered");
        form[field] = value;
        if (field == "MessageSid")
        {
            form["SmsSid"] = value;
        }

        if (field == "MessageStatus")
        {
            form["SmsStatus"] = value;
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Client, "/api/sms/status", form)).Status);
    }
}
