using System.Net;
using System.Text;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

[Collection(DevServerCollection.Name)]
public sealed class WebhookBadInputTests(DevServerFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private IServiceProvider Services => fixture.Server.Services;

    [Fact]
    public async Task Json_instead_of_a_form_is_415_and_changes_nothing()
    {
        using var response = await Client.PostAsync(new Uri("/api/sms/inbound", UriKind.Relative),
            new StringContent("""{"From":"+13125550123","Body":"JOIN HEEL"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_signed_form_is_400()
    {
        var answer = await PostAsync(Client, "/api/sms/inbound", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task An_unsigned_empty_post_is_403_or_415_never_5xx()
    {
        using var response = await Client.PostAsync(new Uri("/api/sms/inbound", UriKind.Relative), null);
        Assert.True(response.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.Forbidden, response.StatusCode.ToString());
    }

    [Theory]
    [InlineData("not a phone")]
    [InlineData("whatsapp:+13125550123")]
    [InlineData("")]
    public async Task A_from_that_is_not_a_phone_number_is_400(string from)
    {
        var answer = await PostAsync(Client, "/api/sms/inbound", InboundForm(from, "JOIN HEEL"));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task A_bad_message_sid_is_400()
    {
        var answer = await PostAsync(Client, "/api/sms/inbound", InboundForm(TestPhones.Next(), "JOIN HEEL", "SM-not-a-sid"));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀🦶🔥")]
    [InlineData("\u0001\u0002\u001b[31m")]
    [InlineData("PAIN 11")]
    [InlineData("TIME ICE 3am")]
    [InlineData("TZ Mars/Olympus")]
    [InlineData("JOIN FOOT")]
    public async Task Odd_bodies_from_a_subscriber_get_a_helpful_reply_and_change_nothing(string body)
    {
        var phone = TestPhones.Next();
        await TextAsync(Client, phone, "JOIN HEEL");
        var before = await SubscriberLookup.LoadAsync(Services, phone);

        var answer = await TextAsync(Client, phone, body);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Reply));
        var after = await SubscriberLookup.LoadAsync(Services, phone);
        Assert.Equal(before! with { LastInboundAt = after!.LastInboundAt, UpdatedAt = after.UpdatedAt, Consent = after.Consent, PainLog = after.PainLog, DoneLog = after.DoneLog, IceTimes = after.IceTimes, StretchTimes = after.StretchTimes }, after);
        Assert.Equal(before.IceTimes, after.IceTimes);
        Assert.Empty(after.PainLog);
        Assert.Equal(before.TimeZoneId, after.TimeZoneId);
        Assert.Equal(before.Consent.Count, after.Consent.Count);
    }

    [Fact]
    public async Task A_1600_character_body_gets_a_reply_within_three_segments()
    {
        var answer = await TextAsync(Client, TestPhones.Next(), string.Concat(Enumerable.Repeat("my heel hurts ", 115))[..1600]);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.InRange(PainCoach.Telephony.SmsText.Segments(answer.Reply), 1, 3);
    }

    [Fact]
    public async Task A_stranger_sending_commands_is_told_how_to_join_and_nothing_is_stored()
    {
        var phone = TestPhones.Next();
        foreach (var body in new[] { "STATUS", "PAIN 3", "TIME ICE 9am", "YES", "START", "STOP" })
        {
            var answer = await TextAsync(Client, phone, body);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.False(string.IsNullOrWhiteSpace(answer.Reply));
        }

        Assert.Equal(0, await SubscriberLookup.CountRowsAsync(Services, phone));
        Assert.Null(await SubscriberLookup.LoadAsync(Services, phone));
        _ = SubscriberStatus.Active;
    }
}
