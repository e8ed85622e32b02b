using Microsoft.Extensions.Options;

namespace PainCoach.Telephony;

/// <summary>
/// Sits under the Twilio SDK's <c>SystemNetHttpClient</c> and sends its calls to
/// <see cref="TwilioOptions.ApiBaseUrl"/> when that is set: the SDK itself always builds api.twilio.com URLs.
/// Path and query are kept, so the SDK's request shapes reach the other end unchanged.
/// </summary>
public sealed class TwilioApiBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUrl = options.Value.ApiBaseUrl;
        if (baseUrl is not null && request.RequestUri is { } original)
        {
            request.RequestUri = Rebase(original, baseUrl);
        }

        return base.SendAsync(request, cancellationToken);
    }

    internal static Uri Rebase(Uri original, Uri baseUrl)
    {
        var basePath = baseUrl.AbsolutePath.TrimEnd('/');
        var builder = new UriBuilder(baseUrl)
        {
            Path = basePath + original.AbsolutePath,
            Query = original.Query.TrimStart('?'),
        };
        return builder.Uri;
    }
}
