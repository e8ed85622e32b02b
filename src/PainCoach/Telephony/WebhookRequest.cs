using Twilio.Security;

namespace PainCoach.Telephony;

/// <summary>A Twilio webhook call as the transport saw it: the URL it reached, the form fields and the signature header.</summary>
/// <param name="RequestUrl">The request's own absolute URL (scheme, host, port, path, query).</param>
/// <param name="PathAndQuery">Path and query, appended to <see cref="TwilioOptions.WebhookBaseUrl"/> when that is set.</param>
/// <param name="Form">The form fields, first value of each.</param>
/// <param name="Signature">The <c>X-Twilio-Signature</c> header, if any.</param>
public sealed record WebhookRequest(Uri RequestUrl, string PathAndQuery, IReadOnlyDictionary<string, string> Form, string? Signature)
{
    /// <summary>
    /// True when <see cref="Signature"/> is Twilio's signature of this request with <paramref name="authToken"/>,
    /// checked with the SDK's <see cref="RequestValidator"/> against the URL Twilio called (<see cref="WebhookUrls.ForSignature"/>).
    /// </summary>
    public bool IsSignedWith(string authToken, Uri? webhookBaseUrl)
    {
        var url = WebhookUrls.ForSignature(webhookBaseUrl, this);
        var parameters = Form.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return !string.IsNullOrEmpty(Signature) && new RequestValidator(authToken).Validate(url, parameters, Signature);
    }
}

/// <summary>How the transport should answer: TwiML (200), an empty 204, or a problem (4xx/503).</summary>
public sealed record WebhookResult(int StatusCode, string? Twiml, string? ProblemTitle = null, string? ProblemDetail = null)
{
    public static WebhookResult Reply(string twiml) => new(200, twiml);

    public static WebhookResult Problem(int status, string title, string detail) => new(status, null, title, detail);
}
