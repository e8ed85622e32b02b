using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>The answer to a webhook call: status, TwiML reply text (all Message elements joined) and the raw body.</summary>
public sealed record WebhookAnswer(HttpStatusCode Status, string? ContentType, string Reply, string Raw, int MessageCount);

/// <summary>
/// Plays Twilio: posts signed form webhooks the way Twilio does. Signatures are computed here independently with
/// Twilio's documented algorithm (HMAC-SHA1 over the URL followed by the form keys and values sorted by key, base64),
/// so the app's validator is checked against the specification, not against itself.
/// </summary>
public static class TwilioWebhookClient
{
    private static int sidCounter;

    public static string NewMessageSid() =>
        "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + Interlocked.Increment(ref sidCounter).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var pair in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(pair.Key).Append(pair.Value);
        }

#pragma warning disable CA5350 // Twilio's webhook signature is defined as HMAC-SHA1; the test must speak it.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    public static Dictionary<string, string> InboundForm(string from, string body, string? messageSid = null) => new()
    {
        ["MessageSid"] = messageSid ?? NewMessageSid(),
        ["SmsSid"] = messageSid ?? "unused",
        ["AccountSid"] = FakeTwilioFixture.AccountSid,
        ["From"] = from,
        ["To"] = "+15005550006",
        ["Body"] = body,
        ["NumMedia"] = "0",
    };

    /// <summary>Posts <paramref name="form"/> to <paramref name="path"/>, signed for <paramref name="signedUrl"/> (default: the URL posted to).</summary>
    public static async Task<WebhookAnswer> PostAsync(
        HttpClient client, string path, IDictionary<string, string> form, string? signedUrl = null, string? authToken = FakeTwilioFixture.AuthToken, bool sign = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        var url = new Uri(client.BaseAddress!, path);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        if (sign)
        {
            request.Headers.Add("X-Twilio-Signature", Sign(authToken!, signedUrl ?? url.AbsoluteUri, form));
        }

        using var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        var messages = response.Content.Headers.ContentType?.MediaType == "application/xml"
            ? XDocument.Parse(raw).Descendants("Message").Select(m => m.Value).ToList()
            : [];
        return new WebhookAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, string.Join("\n", messages), raw, messages.Count);
    }

    public static Task<WebhookAnswer> TextAsync(HttpClient client, string from, string body, string? messageSid = null) =>
        PostAsync(client, "/api/sms/inbound", InboundForm(from, body, messageSid));
}

/// <summary>Unique, valid, geographic US numbers so tests sharing one server and one Azurite never meet.</summary>
public static class TestPhones
{
    private static int counter = Random.Shared.Next(0, 5000);

    /// <summary>A Chicago number (+1 312): libphonenumber maps it to exactly one zone, America/Chicago.</summary>
    public static string NextChicago() => Next("312");

    public static string Next(string areaCode = "312")
    {
        var n = Interlocked.Increment(ref counter);
        var exchange = 200 + (n / 10000 % 700);
        if (exchange % 100 == 11)
        {
            exchange++;
        }

        return $"+1{areaCode}{exchange}{Random.Shared.Next(0, 10)}{n % 1000:000}";
    }
}
