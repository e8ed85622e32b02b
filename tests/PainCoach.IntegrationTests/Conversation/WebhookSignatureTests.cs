using System.Net;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

[Collection(DevServerCollection.Name)]
public sealed class WebhookSignatureTests(DevServerFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_validly_signed_request_is_answered()
    {
        var phone = TestPhones.Next();
        var answer = await PostAsync(Client, "/api/sms/inbound", InboundForm(phone, "JOIN HEEL"));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull(await SubscriberLookup.LoadAsync(fixture.Server.Services, phone));
    }

    [Fact]
    public async Task A_missing_signature_is_403_and_changes_nothing() =>
        await AssertRefusedAsync(phone => PostAsync(Client, "/api/sms/inbound", InboundForm(phone, "JOIN HEEL"), sign: false));

    [Fact]
    public async Task A_signature_made_with_another_token_is_403_and_changes_nothing() =>
        await AssertRefusedAsync(phone => PostAsync(Client, "/api/sms/inbound", InboundForm(phone, "JOIN HEEL"), authToken: "not-the-token"));

    [Fact]
    public async Task A_signature_for_another_url_is_403_and_changes_nothing() =>
        await AssertRefusedAsync(phone => PostAsync(Client, "/api/sms/inbound", InboundForm(phone, "JOIN HEEL"), signedUrl: "https://evil.example/api/sms/inbound"));

    [Fact]
    public async Task A_tampered_field_is_403_and_changes_nothing()
    {
        await AssertRefusedAsync(async phone =>
        {
            var form = InboundForm(phone, "JOIN HEEL");
            var url = new Uri(Client.BaseAddress!, "/api/sms/inbound").AbsoluteUri;
            var signature = Sign(FakeTwilioFixture.AuthToken, url, InboundForm(phone, "HELP", form["MessageSid"]));
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("X-Twilio-Signature", signature);
            using var response = await Client.SendAsync(request);
            return new WebhookAnswer(response.StatusCode, null, string.Empty, string.Empty, 0);
        });
    }

    [Fact]
    public async Task The_status_callback_is_signed_too()
    {
        var form = new Dictionary<string, string> { ["MessageSid"] = NewMessageSid(), ["MessageStatus"] = "delivered", ["To"] = TestPhones.Next() };
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Client, "/api/sms/status", form, sign: false)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Client, "/api/sms/status", form, authToken: "wrong")).Status);
    }

    [Fact]
    public async Task Behind_a_proxy_the_signature_is_checked_against_the_public_webhook_base_url()
    {
        var settings = fixture.Settings();
        settings["Twilio:WebhookBaseUrl"] = "https://coach.example.org/";
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);

        var signedForPublic = await PostAsync(server.Client, "/api/sms/inbound?x=1", InboundForm(TestPhones.Next(), "HELP"),
            signedUrl: "https://coach.example.org/api/sms/inbound?x=1");
        var signedForInternal = await PostAsync(server.Client, "/api/sms/inbound?x=1", InboundForm(TestPhones.Next(), "HELP"));
        var queryDropped = await PostAsync(server.Client, "/api/sms/inbound?x=1", InboundForm(TestPhones.Next(), "HELP"),
            signedUrl: "https://coach.example.org/api/sms/inbound");

        Assert.Equal(HttpStatusCode.OK, signedForPublic.Status);
        Assert.Equal(HttpStatusCode.Forbidden, signedForInternal.Status);
        Assert.Equal(HttpStatusCode.Forbidden, queryDropped.Status);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(" \t ")]
    public async Task A_blank_auth_token_refuses_every_webhook_even_one_signed_with_that_blank_token(string blank)
    {
        var settings = fixture.Settings();
        settings["Twilio:AuthToken"] = blank;
        await using var server = await RunningDevServer.StartAsync(settings, fixture.Time);
        var phone = TestPhones.Next();

        var inbound = await PostAsync(server.Client, "/api/sms/inbound", InboundForm(phone, "JOIN HEEL"), authToken: blank);
        var status = await PostAsync(server.Client, "/api/sms/status",
            new Dictionary<string, string> { ["MessageSid"] = NewMessageSid(), ["MessageStatus"] = "failed", ["ErrorCode"] = "21610", ["To"] = phone },
            authToken: blank);

        Assert.Equal(HttpStatusCode.Forbidden, inbound.Status);
        Assert.Equal(HttpStatusCode.Forbidden, status.Status);
        Assert.Null(await SubscriberLookup.LoadAsync(server.Services, phone));
    }

    private async Task AssertRefusedAsync(Func<string, Task<WebhookAnswer>> send)
    {
        var phone = TestPhones.Next();
        var answer = await send(phone);
        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Null(await SubscriberLookup.LoadAsync(fixture.Server.Services, phone));
        Assert.Equal(0, await SubscriberLookup.CountRowsAsync(fixture.Server.Services, phone));
    }
}
