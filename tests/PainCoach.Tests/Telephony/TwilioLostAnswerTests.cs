using System.Net;
using System.Net.Http.Headers;
using PainCoach.Telephony;
using Twilio.Rest.Api.V2010.Account;

namespace PainCoach.Tests.Telephony;

/// <summary>
/// When Twilio's answer is lost: what proves the request never left (send again at once), what may hide a created
/// message (look it up), and how a look-up recognises the message (issue 14).
/// </summary>
public sealed class TwilioLostAnswerTests
{
    private static readonly E164Number To = PhoneNumberReader.ReadStored("+13125550123");
    private static readonly DateTimeOffset Claimed = new(2026, 1, 15, 14, 1, 0, TimeSpan.Zero);
    private const string Body = "PainCoach Heel: Ice time. Up to 20 minutes, wrapped in a cloth.";

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true, SmsSendStatus.NotSent)]
    [InlineData(HttpRequestError.NameResolutionError, true, SmsSendStatus.NotSent)]
    [InlineData(HttpRequestError.SecureConnectionError, true, SmsSendStatus.NotSent)]
    [InlineData(HttpRequestError.Unknown, false, SmsSendStatus.NotSent)]
    [InlineData(HttpRequestError.ResponseEnded, false, SmsSendStatus.NotSent)]
    [InlineData(HttpRequestError.ResponseEnded, true, SmsSendStatus.Unknown)]
    [InlineData(HttpRequestError.Unknown, true, SmsSendStatus.Unknown)]
    public void Only_a_request_that_provably_never_left_is_not_sent(HttpRequestError error, bool bodyDelivered, SmsSendStatus expected) =>
        Assert.Equal(expected, TwilioSmsSender.ClassifyLostAnswer(new HttpRequestException(error, "lost"), bodyDelivered));

    [Fact]
    public void A_timeout_after_the_body_went_out_may_hide_a_created_message() =>
        Assert.Equal(SmsSendStatus.Unknown, TwilioSmsSender.ClassifyLostAnswer(new TaskCanceledException(), bodyDelivered: true));

    [Fact]
    public async Task The_pipeline_knows_whether_the_whole_body_reached_the_connection()
    {
        Assert.False(await DeliveredAsync(readBody: false));
        Assert.True(await DeliveredAsync(readBody: true));
    }

    [Fact]
    public void The_status_callback_carries_the_occurrence_id_in_its_query()
    {
        var settings = new TwilioOptions { FromNumber = "+15005550006", WebhookBaseUrl = new Uri("https://coach.example.org/base/") };

        var create = TwilioSmsSender.CreateMessage(settings, To.Value, Body, "ice0-20260115");

        Assert.Equal(new Uri("https://coach.example.org/base/api/sms/status?reminder=ice0-20260115"), create.StatusCallback);
        Assert.Equal(new Uri("https://coach.example.org/base/api/sms/status"), TwilioSmsSender.CreateMessage(settings, To.Value, Body).StatusCallback);
    }

    [Fact]
    public void A_look_up_takes_the_message_with_the_same_text_created_since_the_claim()
    {
        var messages = new[]
        {
            Message("SM00000000000000000000000000000003", "Other text", Claimed.AddSeconds(1)),
            Message("SM00000000000000000000000000000002", Body, Claimed.AddSeconds(2)),
            Message("SM00000000000000000000000000000001", Body, Claimed.AddMinutes(-1)),
        };

        Assert.Equal("SM00000000000000000000000000000002", TwilioSmsSender.Match(messages, new SentSmsQuery(To, Body, "key", Claimed)));
    }

    [Fact]
    public void A_look_up_allows_whole_second_dates_and_a_little_clock_difference_but_not_an_earlier_reminder()
    {
        var justBefore = new[] { Message("SM00000000000000000000000000000001", Body, Claimed.AddSeconds(-3)) };
        var minuteBefore = new[] { Message("SM00000000000000000000000000000001", Body, Claimed.AddSeconds(-60)) };

        Assert.NotNull(TwilioSmsSender.Match(justBefore, new SentSmsQuery(To, Body, "key", Claimed)));
        Assert.Null(TwilioSmsSender.Match(minuteBefore, new SentSmsQuery(To, Body, "key", Claimed)));
    }

    [Fact]
    public void A_look_up_never_takes_a_message_already_recorded_for_another_occurrence()
    {
        var messages = new[] { Message("SM00000000000000000000000000000001", Body, Claimed.AddSeconds(1)) };
        var known = new HashSet<string>(StringComparer.Ordinal) { "SM00000000000000000000000000000001" };

        Assert.Null(TwilioSmsSender.Match(messages, new SentSmsQuery(To, Body, "key", Claimed, known)));
    }

    private static MessageResource Message(string sid, string body, DateTimeOffset created)
    {
        var date = created.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture);
        return MessageResource.FromJson($$"""{"sid":"{{sid}}","to":"{{To.Value}}","body":"{{body}}","date_created":"{{date}}","status":"sent","direction":"outbound-api"}""");
    }

    private static async Task<bool> DeliveredAsync(bool readBody)
    {
        using var invoker = new HttpMessageInvoker(new TwilioCallTracking { InnerHandler = new LoseAnswer(readBody) });
        var call = TwilioCallTracking.Begin(CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("Body", Body)]),
        };

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(request, CancellationToken.None));
        return call.BodyDelivered;
    }

    private sealed class LoseAnswer(bool readBody) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (readBody)
            {
                using var sink = new MemoryStream();
                await request.Content!.CopyToAsync(sink, cancellationToken);
            }

            Assert.Equal(new MediaTypeHeaderValue("application/x-www-form-urlencoded"), request.Content!.Headers.ContentType);
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "lost", null, HttpStatusCode.BadGateway);
        }
    }
}
