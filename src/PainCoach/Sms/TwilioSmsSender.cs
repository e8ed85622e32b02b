using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace PainCoach.Sms;

/// <summary>
/// Sends through the official SDK with the DI-built <see cref="ITwilioRestClient"/> (IHttpClientFactory, rebased to
/// <c>Twilio__ApiBaseUrl</c> when set). Uses the Messaging Service when configured, else the From number, and asks
/// for status callbacks when the public webhook base URL is known.
/// </summary>
public sealed partial class TwilioSmsSender(ITwilioRestClient client, IOptions<TwilioOptions> options, ILogger<TwilioSmsSender> logger) : ISmsSender
{
    /// <summary>Where Twilio posts delivery status, under <see cref="TwilioOptions.WebhookBaseUrl"/>.</summary>
    public const string StatusCallbackPath = "/api/sms/status";

    /// <summary>
    /// A message from the Messaging Service when one is set, else from the number, with the status callback when
    /// the public base URL is known. Reminders are sent the same way (TwilioReminderSender).
    /// </summary>
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

        try
        {
            var created = await MessageResource.CreateAsync(create, client).WaitAsync(cancellationToken);
            LogSent(message.To.Masked, created.Sid, message.Purpose);
            return SmsSendResult.Sent(created.Sid);
        }
        catch (ApiException ex)
        {
            LogRefused(message.To.Masked, message.Purpose, ex.Status, ex.Code);
            return SmsSendResult.Failed(ex.Code, $"Twilio answered {ex.Status} (error {ex.Code}).");
        }
        catch (ApiConnectionException ex)
        {
            LogUnreachable(message.To.Masked, message.Purpose, ex.GetType().Name);
            return SmsSendResult.Failed(null, "Twilio could not be reached.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} accepted by Twilio as {MessageSid} ({Purpose})")]
    private partial void LogSent(string to, string messageSid, string purpose);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} ({Purpose}) refused by Twilio: HTTP {Status}, error {ErrorCode}")]
    private partial void LogRefused(string to, string purpose, int status, int errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} ({Purpose}) not sent: Twilio unreachable ({ErrorType})")]
    private partial void LogUnreachable(string to, string purpose, string errorType);
}
