using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace PainCoach.Telephony;

/// <summary>
/// Sends through the official SDK with the DI-built <see cref="ITwilioRestClient"/> (IHttpClientFactory, rebased to
/// <c>Twilio__ApiBaseUrl</c> when set) and classifies the answer. Uses the Messaging Service when configured, else
/// the From number, and asks for status callbacks when the public webhook base URL is known (tagged with the
/// message's <see cref="OutboundSms.Reference"/>). <see cref="FindAsync"/> asks Twilio's Messages list whether a message
/// whose answer was lost was created.
/// </summary>
public sealed partial class TwilioSmsSender(ITwilioRestClient client, IOptions<TwilioOptions> options, ILogger<TwilioSmsSender> logger) : ISmsSender
{
    /// <summary>Where Twilio posts delivery status, under <see cref="TwilioOptions.WebhookBaseUrl"/>.</summary>
    public const string StatusCallbackPath = "/api/sms/status";

    /// <summary>The status callback's query parameter that carries a reminder occurrence id.</summary>
    public const string ReferenceParameter = "reminder";

    /// <summary>
    /// A message created this long before the caller's <see cref="SentSmsQuery.NotBefore"/> still matches: Twilio's
    /// dates have whole seconds, and its clock and ours differ by a little.
    /// </summary>
    internal static readonly TimeSpan ClockAllowance = TimeSpan.FromSeconds(5);

    /// <summary>How many of the recipient's newest messages one look-up reads (per query).</summary>
    internal const int LookupPageSize = 50;

    internal static CreateMessageOptions CreateMessage(TwilioOptions settings, string toE164, string body, string? reference = null)
    {
        var create = new CreateMessageOptions(new PhoneNumber(toE164)) { Body = body };
        if (!string.IsNullOrWhiteSpace(settings.MessagingServiceSid))
        {
            create.MessagingServiceSid = settings.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(settings.FromNumber);
        }

        if (settings.WebhookBaseUrl is { } baseUrl)
        {
            var query = reference is null ? string.Empty : "?" + ReferenceParameter + "=" + Uri.EscapeDataString(reference);
            create.StatusCallback = new Uri(WebhookUrls.Under(baseUrl, StatusCallbackPath + query));
        }

        return create;
    }

    public async Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var create = CreateMessage(options.Value, message.To.Value, message.Body, message.Reference);
        var retryAfter = TwilioRetryAfterHandler.BeginCapture();
        var call = TwilioCallTracking.Begin(cancellationToken);
        try
        {
            var created = await MessageResource.CreateAsync(create, client).WaitAsync(cancellationToken);
            LogSent(message.To.Masked, created.Sid, message.Purpose);
            return SmsSendResult.Sent(created.Sid);
        }
        catch (ApiException ex)
        {
            LogRefused(message.To.Masked, message.Purpose, ex.Status, ex.Code);
            return Classify(ex.Status, ex.Code, retryAfter.Value);
        }
        catch (ApiConnectionException ex)
        {
            var status = ClassifyLostAnswer(ex.InnerException, call.BodyDelivered);
            LogUnreachable(message.To.Masked, message.Purpose, ex.InnerException?.GetType().Name ?? ex.GetType().Name, status);
            return new SmsSendResult(status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's deadline: the request was aborted on the wire. Only a body that fully left may have been taken.
            var status = call.BodyDelivered ? SmsSendStatus.Unknown : SmsSendStatus.NotSent;
            LogUnreachable(message.To.Masked, message.Purpose, "deadline", status);
            return new SmsSendResult(status);
        }
    }

    /// <summary>
    /// No answer came back. <see cref="SmsSendStatus.NotSent"/> only with proof that Twilio cannot have the request:
    /// the body was never fully written to the connection, or the connection was never made (refused, name not
    /// resolved, TLS failed). Anything else (reset or closed after the request went out, timeout) may hide a
    /// created message: <see cref="SmsSendStatus.Unknown"/>.
    /// </summary>
    internal static SmsSendStatus ClassifyLostAnswer(Exception? failure, bool bodyDelivered) =>
        !bodyDelivered || failure is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError,
        }
            ? SmsSendStatus.NotSent
            : SmsSendStatus.Unknown;

    public async Task<SmsLookupResult> FindAsync(SentSmsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var settings = options.Value;
        var to = new PhoneNumber(query.To.Value);

        // With a Messaging Service the sender number is Twilio's choice, so only the recipient filters.
        var from = string.IsNullOrWhiteSpace(settings.MessagingServiceSid) && !string.IsNullOrWhiteSpace(settings.FromNumber)
            ? new PhoneNumber(settings.FromNumber)
            : null;
        try
        {
            // First by Twilio's own DateSent filter; then the newest messages whatever their date, because a message
            // still queued at Twilio has no date sent yet.
            var bySentDate = await ReadAsync(new ReadMessageOptions { To = to, From = from, DateSentAfter = query.NotBefore.UtcDateTime.Date, PageSize = LookupPageSize, Limit = LookupPageSize }, cancellationToken);
            var match = Match(bySentDate, query)
                ?? Match(await ReadAsync(new ReadMessageOptions { To = to, From = from, PageSize = LookupPageSize, Limit = LookupPageSize }, cancellationToken), query);
            LogLookedUp(query.To.Masked, match is null ? "not found" : "found", match);
            return match is null ? SmsLookupResult.NotFound : new SmsLookupResult(SmsLookupStatus.Found, match);
        }
        catch (Exception ex) when (ex is ApiException or ApiConnectionException || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            LogLookupFailed(query.To.Masked, ex.GetType().Name);
            return SmsLookupResult.Unavailable;
        }
    }

    private async Task<IReadOnlyList<MessageResource>> ReadAsync(ReadMessageOptions read, CancellationToken cancellationToken)
    {
        TwilioCallTracking.Begin(cancellationToken);
        Twilio.Base.ResourceSet<MessageResource> page = await MessageResource.ReadAsync(read, client).WaitAsync(cancellationToken);

        // Limit equals the page size, so enumerating never fetches a second page.
        return [.. page];
    }

    /// <summary>The sid of the message that is this query's: same recipient, same text, created at or after NotBefore, not another occurrence's.</summary>
    internal static string? Match(IEnumerable<MessageResource> messages, SentSmsQuery query) =>
        messages
            .Where(m => m.Sid is not null && m.Body is not null && m.Body.StartsWith(query.Body, StringComparison.Ordinal))
            .Where(m => (m.DateCreated ?? m.DateSent) is { } created && UtcInstant.From(created) >= query.NotBefore - ClockAllowance)
            .Where(m => query.KnownSids is null || !query.KnownSids.Contains(m.Sid))
            .Select(m => m.Sid)
            .FirstOrDefault();

    internal static SmsSendResult Classify(int status, int code, TimeSpan? retryAfter) => (status, code) switch
    {
        (_, TwilioErrorCodes.CarrierOptOut) => new SmsSendResult(SmsSendStatus.OptedOut, ErrorCode: code),
        (_, var c) when TwilioErrorCodes.Undeliverable.Contains(c) => new SmsSendResult(SmsSendStatus.Undeliverable, ErrorCode: code),
        (429, _) => new SmsSendResult(SmsSendStatus.RateLimited, ErrorCode: code, RetryAfter: retryAfter),
        (>= 500, _) => new SmsSendResult(SmsSendStatus.Transient, ErrorCode: code),
        _ => new SmsSendResult(SmsSendStatus.Permanent, ErrorCode: code),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} accepted by Twilio as {MessageSid} ({Purpose})")]
    private partial void LogSent(string to, string messageSid, string purpose);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} ({Purpose}) refused by Twilio: HTTP {Status}, error {ErrorCode}")]
    private partial void LogRefused(string to, string purpose, int status, int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} ({Purpose}): no answer from Twilio ({ErrorType}), classed {Status}")]
    private partial void LogUnreachable(string to, string purpose, string errorType, SmsSendStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Looked up a message to {To} at Twilio: {Outcome} {MessageSid}")]
    private partial void LogLookedUp(string to, string outcome, string? messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up a message to {To} at Twilio ({ErrorType})")]
    private partial void LogLookupFailed(string to, string errorType);
}
