using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PainCoach.IntegrationTests.Infrastructure;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>
/// The fake Twilio speaks the API the real SDK expects, reached through the app's own client and
/// <c>Twilio__ApiBaseUrl</c>; later features rely on both.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class FakeTwilioTests(DevServerFixture fixture)
{
    private ITwilioRestClient Client => fixture.Server.Services.GetRequiredService<ITwilioRestClient>();

    [Fact]
    public async Task The_sdk_sends_through_the_configured_base_url_and_the_fake_records_it()
    {
        var to = "+15551230101";

        var message = await MessageResource.CreateAsync(to: new PhoneNumber(to), from: new PhoneNumber("+15005550006"), body: "Time to ice: up to 20 minutes.", client: Client);

        Assert.StartsWith("SM", message.Sid, StringComparison.Ordinal);
        var sent = Assert.Single(fixture.Twilio.Sent, s => s.To == to);
        Assert.Equal(message.Sid, sent.Sid);
        Assert.Equal("Time to ice: up to 20 minutes.", sent.Body);
        Assert.Equal("+15005550006", sent.From);
    }

    [Fact]
    public async Task A_scripted_failure_reaches_the_sdk_as_an_api_exception_with_twilio_code()
    {
        var to = "+15551230102";
        fixture.Twilio.FailNext(HttpStatusCode.BadRequest, 21610, message: "Attempt to send to unsubscribed recipient");

        var error = await Assert.ThrowsAsync<ApiException>(
            () => MessageResource.CreateAsync(to: new PhoneNumber(to), from: new PhoneNumber("+15005550006"), body: "hello", client: Client));

        Assert.Equal(21610, error.Code);
        Assert.Equal(400, error.Status);
        Assert.DoesNotContain(fixture.Twilio.Sent, s => s.To == to);
        Assert.Contains(fixture.Twilio.Attempts, a => a.To == to && a.ErrorCode == 21610);
    }
}
