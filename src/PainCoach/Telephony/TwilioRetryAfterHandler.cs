using System.Net.Http.Headers;

namespace PainCoach.Telephony;

/// <summary>
/// The Twilio SDK drops response headers from its <see cref="Twilio.Exceptions.ApiException"/>, so this handler in the Twilio HTTP
/// pipeline hands <c>Retry-After</c> back to the sending call through an async-local box.
/// </summary>
public sealed class TwilioRetryAfterHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly AsyncLocal<RetryAfterBox?> Current = new();

    internal static RetryAfterBox BeginCapture()
    {
        var box = new RetryAfterBox();
        Current.Value = box;
        return box;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Current.Value is { } box && response.Headers.RetryAfter is { } header)
        {
            box.Value = Parse(header, time.GetUtcNow());
        }

        return response;
    }

    internal static TimeSpan? Parse(RetryConditionHeaderValue header, DateTimeOffset now) =>
        header.Delta ?? (header.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);

    internal sealed class RetryAfterBox
    {
        public TimeSpan? Value { get; set; }
    }
}
