using PainCoach.Telephony;

namespace PainCoach.Tests.Telephony;

public sealed class WebhookUrlsTests
{
    private static readonly WebhookRequest Request = new(
        new Uri("http://10.0.0.4:8080/api/sms/inbound?a=1"), "/api/sms/inbound?a=1", new Dictionary<string, string>(), "sig");

    [Fact]
    public void Without_a_base_url_the_request_url_is_signed() =>
        Assert.Equal("http://10.0.0.4:8080/api/sms/inbound?a=1", WebhookUrls.ForSignature(null, Request));

    [Theory]
    [InlineData("https://coach.example.org", "https://coach.example.org/api/sms/inbound?a=1")]
    [InlineData("https://coach.example.org/", "https://coach.example.org/api/sms/inbound?a=1")]
    [InlineData("https://example.org/coach/", "https://example.org/coach/api/sms/inbound?a=1")]
    [InlineData("https://example.org:8443/coach", "https://example.org:8443/coach/api/sms/inbound?a=1")]
    public void Behind_a_proxy_the_public_base_url_replaces_scheme_host_and_port_and_keeps_its_prefix(string baseUrl, string expected) =>
        Assert.Equal(expected, WebhookUrls.ForSignature(new Uri(baseUrl), Request));

    [Fact]
    public void The_status_callback_goes_under_the_public_base_url() =>
        Assert.Equal("https://example.org/coach/api/sms/status", WebhookUrls.Under(new Uri("https://example.org/coach/"), TwilioSmsSender.StatusCallbackPath));
}
