namespace PainCoach.Telephony;

/// <summary>
/// The public URLs Twilio uses. Behind a proxy or TLS offload the URL Twilio signed (and calls) differs from the one
/// the app sees, so <see cref="TwilioOptions.WebhookBaseUrl"/> (which may carry a path prefix) is the authority.
/// </summary>
public static class WebhookUrls
{
    /// <summary><paramref name="baseUrl"/> + <paramref name="pathAndQuery"/>, keeping any path prefix of the base.</summary>
    public static string Under(Uri baseUrl, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return baseUrl.GetLeftPart(UriPartial.Authority) + baseUrl.AbsolutePath.TrimEnd('/') + pathAndQuery;
    }

    /// <summary>The URL a webhook's signature is checked against.</summary>
    public static string ForSignature(Uri? webhookBaseUrl, WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return webhookBaseUrl is null ? request.RequestUrl.AbsoluteUri : Under(webhookBaseUrl, request.PathAndQuery);
    }
}
