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
/// the From number, and asks for status callbacks when the public webhook base URL is known.
/// </summary>
public sealed partial class TwilioSmsSender(ITwilioRestClient client, IOptions<TwilioOptions> options, ILogger<TwilioSmsSender> logger) : ISmsSender
{
    /// <summary>Where Twilio posts delivery status, under <see cref="TwilioOptions.WebhookBaseUrl"/>.</summary>
    public const string StatusCallbackPath = "/api/sms/status";

    internal static CreateMessageOptions CreateMessage(TwilioOptions settings, string toE164, string body)
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
            create.StatusCallback = new Uri(WebhookUrls.Under(baseUrl, StatusCallbackPath));
        }

        return create;
    }

    public async Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var create = CreateMessage(options.Value, message.To.Value, message.Body);
        var retryAfter = TwilioRetryAfterHandler.BeginCapture();
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
            LogUnreachable(message.To.Masked, message.Purpose, ex.GetType().Name);
            // Refused or unresolvable: the request never reached Twilio. Anything else may have been accepted.
            return ex.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
                ? new SmsSendResult(SmsSendStatus.Transient)
                : new SmsSendResult(SmsSendStatus.Unknown);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} ({Purpose}) not sent: Twilio unreachable ({ErrorType})")]
    private partial void LogUnreachable(string to, string purpose, string errorType);
}
