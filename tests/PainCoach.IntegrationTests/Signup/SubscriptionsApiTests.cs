using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PainCoach.IntegrationTests.Conversation;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Signup;

[Collection(DevServerCollection.Name)]
public sealed class SubscriptionsApiTests(DevServerFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private IServiceProvider Services => fixture.Server.Services;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PostAsync(object body) => Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), body);

    private Task<HttpResponseMessage> GetAsync(string phone) => SubscriptionsClient.LookupAsync(Client, phone);

    private Task<HttpResponseMessage> EraseAsync(string phone) => SubscriptionsClient.EraseAsync(Client, phone);

    [Fact]
    public async Task Double_opt_in_creates_pending_sends_one_yes_request_and_yes_activates()
    {
        var phone = TestPhones.NextChicago();
        var sentBefore = fixture.Twilio.Sent.Count(m => m.To == phone);

        using var created = await PostAsync(new { phone, program = "back", consent = true });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", view.GetProperty("status").GetString());
        Assert.Equal("+1******" + phone[^4..], view.GetProperty("phone").GetString());

        await fixture.Twilio.WaitForSentAsync(1, TimeSpan.FromSeconds(10));
        var ask = Assert.Single(fixture.Twilio.Sent, m => m.To == phone);
        Assert.Contains("reply YES", ask.Body, StringComparison.Ordinal);
        Assert.Contains("Msg&data rates may apply", ask.Body, StringComparison.Ordinal);
        Assert.Equal("+15005550006", ask.From);
        Assert.Equal(0, sentBefore);

        using var repeat = await PostAsync(new { phone, program = "back", consent = true });
        Assert.Equal(HttpStatusCode.Accepted, repeat.StatusCode);
        Assert.Single(fixture.Twilio.Sent, m => m.To == phone);

        var pending = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal(SubscriberStatus.Pending, pending!.Status);
        Assert.Equal("web-form", pending.Consent[0].Method);
        Assert.Equal(ask.Body, pending.Consent[0].Text);
        Assert.Equal("accepted", (await SubscriberLookup.DeliveryAsync(Services, phone, ask.Sid))?.Status);

        var yes = await TextAsync(Client, phone, "Yes");
        Assert.Contains("Back", yes.Reply, StringComparison.Ordinal);

        using var get = await GetAsync(phone);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var active = await get.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("active", active.GetProperty("status").GetString());
        Assert.Equal("back", active.GetProperty("program").GetString());
        Assert.Equal("America/Chicago", active.GetProperty("timeZone").GetString());
        Assert.DoesNotContain(phone[2..], await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(active.GetProperty("iceTimes").GetArrayLength() > 0);
        Assert.Equal(["web-form", "sms-yes"], (await SubscriberLookup.LoadAsync(Services, phone))!.Consent.Select(c => c.Method));
    }

    [Fact]
    public async Task A_given_time_zone_is_used_and_national_numbers_are_read_in_the_default_region()
    {
        var phone = TestPhones.Next("212");
        var national = $"({phone[2..5]}) {phone[5..8]}-{phone[8..]}";
        using var created = await PostAsync(new { phone = national, program = "heel", consent = true, timeZone = "America/Denver" });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var s = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal("America/Denver", s!.TimeZoneId);
        Assert.False(s.TimeZoneIsGuess);
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "{not json", "JSON" },
        { "[]", "JSON" },
        { "", "body" },
        { """{"phone":"hello","program":"heel","consent":true}""", "phone" },
        { """{"phone":"PHONE","program":"foot","consent":true}""", "program" },
        { """{"phone":"PHONE","consent":true}""", "program" },
        { """{"phone":"PHONE","program":"heel","consent":false}""", "consent" },
        { """{"phone":"PHONE","program":"heel"}""", "consent" },
        { """{"phone":"PHONE","program":"heel","consent":"yes"}""", "JSON" },
        { """{"phone":"PHONE","program":"heel","consent":true,"timeZone":"Mars/Olympus"}""", "timeZone" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_requests_are_400_problems_and_store_and_send_nothing(string body, string mentions)
    {
        var phone = TestPhones.Next();
        using var response = await Client.PostAsync(new Uri("/api/subscriptions", UriKind.Relative), Json(body.Replace("PHONE", phone, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await SubscriberLookup.CountRowsAsync(Services, phone));
        Assert.DoesNotContain(fixture.Twilio.Attempts, a => a.To == phone);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        using var response = await Client.PostAsync(new Uri("/api/subscriptions", UriKind.Relative), Json("{\"phone\":\"" + new string('1', 20_000) + "\"}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_number_that_texted_stop_is_not_signed_up_again_from_the_web()
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN HEEL");
        await TextAsync(Client, phone, "STOP");

        using var response = await PostAsync(new { phone, program = "heel", consent = true });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(SubscriberStatus.Stopped, (await SubscriberLookup.LoadAsync(Services, phone))!.Status);
        Assert.DoesNotContain(fixture.Twilio.Attempts, a => a.To == phone);
    }

    [Fact]
    public async Task A_number_twilio_calls_invalid_is_422_and_nothing_is_kept()
    {
        var phone = TestPhones.Next();
        fixture.Twilio.FailNext(HttpStatusCode.BadRequest, 21211, message: "Invalid 'To' Phone Number");

        using var response = await PostAsync(new { phone, program = "heel", consent = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, await SubscriberLookup.CountRowsAsync(Services, phone));
    }

    [Fact]
    public async Task Erasure_deletes_the_subscriber_and_everything_held_about_them()
    {
        var phone = TestPhones.Next();
        using (var created = await PostAsync(new { phone, program = "both", consent = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        }

        await TextAsync(Client, phone, "YES");
        await TextAsync(Client, phone, "PAIN 6");
        await TextAsync(Client, phone, "DONE");
        Assert.True(await SubscriberLookup.CountRowsAsync(Services, phone) >= 5); // profile, 3 markers, 1 delivery record

        using var deleted = await EraseAsync(phone);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(0, await SubscriberLookup.CountRowsAsync(Services, phone));
        using var get = await GetAsync(phone);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var again = await EraseAsync(phone);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode); // idempotent: nothing is held, as asked

        // A later delivery callback for an old message must not bring anything back.
        var status = new Dictionary<string, string> { ["MessageSid"] = NewMessageSid(), ["MessageStatus"] = "delivered", ["To"] = phone };
        Assert.Equal(HttpStatusCode.NoContent, (await TwilioWebhookClient.PostAsync(Client, "/api/sms/status", status)).Status);
        Assert.Equal(0, await SubscriberLookup.CountRowsAsync(Services, phone));
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("12")]
    public async Task Lookup_and_erase_with_a_bad_phone_are_400(string phone)
    {
        using var get = await GetAsync(phone);
        using var delete = await EraseAsync(phone);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
    }

    [Theory]
    [InlineData("/api/subscriptions/lookup", "")]
    [InlineData("/api/subscriptions/lookup", "{\"phone\":")]
    [InlineData("/api/subscriptions/lookup", "{}")]
    [InlineData("/api/subscriptions/erase", "[1]")]
    [InlineData("/api/subscriptions/erase", "{\"phone\":12}")]
    [InlineData("/api/subscriptions/erase", "{}")]
    public async Task Lookup_and_erase_without_a_phone_in_a_json_body_are_400(string route, string body)
    {
        using var response = await Client.PostAsync(new Uri(route, UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Lookup_of_an_unknown_number_is_404_and_its_erasure_is_204_because_erasure_is_idempotent()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(TestPhones.Next())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await EraseAsync(TestPhones.Next())).StatusCode);
    }

    [Fact]
    public async Task The_old_routes_with_the_number_in_the_url_are_gone()
    {
        var phone = TestPhones.Next();
        using (var created = await PostAsync(new { phone, program = "heel", consent = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        }

        var url = new Uri("/api/subscriptions/" + Uri.EscapeDataString(phone), UriKind.Relative);
        using var get = await Client.GetAsync(url);
        using var delete = await Client.DeleteAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(phone)).StatusCode); // nothing was erased
    }
}
