namespace PainCoach.Widget;

/// <summary>The one rule for web addresses the app hands to browsers: https, or http outside Azure and on loopback.</summary>
public static class WebAddresses
{
    /// <summary>True for an absolute https URL, or an absolute http one on a loopback host or outside Azure.</summary>
    public static bool IsAcceptable(Uri? url, bool inAzure) =>
        url is { IsAbsoluteUri: true } && !string.IsNullOrEmpty(url.Host) && string.IsNullOrEmpty(url.UserInfo)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (!inAzure || url.IsLoopback)));

    /// <summary>
    /// Reads an origin as browsers send it (<c>scheme://host[:port]</c>, nothing after it) into its canonical
    /// form: lower-case, default port left out. Null when it is not one.
    /// </summary>
    public static string? TryReadOrigin(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https")
            || url.AbsolutePath != "/" || text.Trim().EndsWith('/') || !string.IsNullOrEmpty(url.Query)
            || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            return null;
        }

        return url.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }
}
