using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Reminders;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telephony;
using Twilio.TwiML;

namespace PainCoach.Conversation;

/// <summary>
/// Twilio's two webhooks: inbound SMS and delivery status. Both check <c>X-Twilio-Signature</c> with the SDK's
/// (<see cref="WebhookRequest.IsSignedWith"/>) first; nothing is read or written for a request that fails it.
/// </summary>
public sealed partial class TwilioWebhook(
    IOptions<TwilioOptions> twilio,
    IOptions<SubscriberOptions> subscribers,
    SmsConversation conversation,
    SubscriberRepository repository,
    SubscriberKeys keys,
    ReminderScheduler scheduler,
    TimeProvider time,
    ILogger<TwilioWebhook> logger)
{
    public async Task<WebhookResult> HandleInboundAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse(request) is { } refused)
        {
            return refused;
        }

        var sid = MessageSid(request);
        if (!TwilioSids.IsMessageSid(sid))
        {
            return WebhookResult.Problem(400, "Invalid MessageSid", "MessageSid must be a Twilio message id (two letters and 32 hex digits).");
        }

        var from = PhoneNumberReader.TryRead(request.Form.GetValueOrDefault("From"), subscribers.Value.DefaultRegion);
        if (from is null)
        {
            LogBadSender(PhoneMask.Mask(request.Form.GetValueOrDefault("From")), sid);
            return WebhookResult.Problem(400, "Invalid From", "From must be a phone number; SMS replies cannot go anywhere else.");
        }

        var body = request.Form.GetValueOrDefault("Body");
        var optOutType = request.Form.GetValueOrDefault("OptOutType");
        try
        {
            var reply = await conversation.HandleAsync(new InboundSms(sid, from, body, optOutType), cancellationToken);
            return WebhookResult.Reply(Twiml(reply));
        }
        catch (Exception ex) when (ex is SubscriberConflictException || StorageFailures.IsStorageFailure(ex))
        {
            // Twilio retries a failed webhook; the MessageSid marker makes the retry take effect once.
            LogStorageFailure(from.Masked, sid, ex.GetType().Name);
            return WebhookResult.Problem(503, "Try again", "Storage is not answering; Twilio will retry this message.");
        }
    }

    /// <summary>Twilio names the id MessageSid; older webhooks and some callbacks say SmsSid.</summary>
    private static string? MessageSid(WebhookRequest request) =>
        request.Form.GetValueOrDefault("MessageSid") ?? request.Form.GetValueOrDefault("SmsSid");

    public async Task<WebhookResult> HandleStatusAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refuse(request) is { } refused)
        {
            return refused;
        }

        var sid = MessageSid(request);
        var status = request.Form.GetValueOrDefault("MessageStatus") ?? request.Form.GetValueOrDefault("SmsStatus");
        if (!TwilioSids.IsMessageSid(sid) || string.IsNullOrWhiteSpace(status) || status.Length > 32 || !status.All(char.IsAsciiLetter))
        {
            return WebhookResult.Problem(400, "Invalid status callback", "MessageSid and MessageStatus are required.");
        }

        var errorText = request.Form.GetValueOrDefault("ErrorCode");
        int? errorCode = int.TryParse(errorText, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
        if (!string.IsNullOrEmpty(errorText) && errorCode is null)
        {
            return WebhookResult.Problem(400, "Invalid ErrorCode", "ErrorCode must be a number.");
        }

        var to = PhoneNumberReader.TryRead(request.Form.GetValueOrDefault("To"), subscribers.Value.DefaultRegion);
        if (to is null)
        {
            return WebhookResult.Problem(400, "Invalid To", "To must be the phone number the message went to.");
        }

        try
        {
            await ApplyStatusAsync(to, sid, status.ToLowerInvariant(), errorCode, ReminderReference(request), cancellationToken);
            return new WebhookResult(204, null);
        }
        catch (Exception ex) when (ex is SubscriberConflictException || StorageFailures.IsStorageFailure(ex))
        {
            LogStorageFailure(to.Masked, sid, ex.GetType().Name);
            return WebhookResult.Problem(503, "Try again", "Storage is not answering; Twilio will retry this callback.");
        }
    }

    /// <summary>The reminder occurrence id a reminder send put in its status callback URL (<c>?reminder=</c>), if any.</summary>
    private static string? ReminderReference(WebhookRequest request)
    {
        var query = request.PathAndQuery.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? request.PathAndQuery[at..] : string.Empty;
        return System.Web.HttpUtility.ParseQueryString(query)[TwilioSmsSender.ReferenceParameter];
    }

    private async Task ApplyStatusAsync(E164Number to, string sid, string status, int? errorCode, string? reminderReference, CancellationToken cancellationToken)
    {
        var key = keys.For(to);
        var stored = await repository.GetAsync(key, cancellationToken);
        if (stored is null)
        {
            // Erased (or never held): keep nothing about the number.
            LogStatusForUnknown(to.Masked, sid, status);
            return;
        }

        var now = time.GetUtcNow();
        var previous = await repository.GetDeliveryAsync(key, sid, cancellationToken);

        // A callback applies only to a message this app sent to this number: one with a delivery record, or a
        // reminder (recorded with this sid, or settled now: any callback for a reminder whose answer was lost, tagged
        // with its occurrence id, means Twilio created it). Anything else changes nothing and adds no row.
        var reminder = previous is null
            && (await scheduler.SentReportedAsync(key, reminderReference, sid, cancellationToken) || await scheduler.SentReminderAsync(key, sid, cancellationToken));
        if (previous is null && !reminder)
        {
            LogStatusForUnsent(to.Masked, sid, status);
            return;
        }

        await repository.RecordDeliveryAsync(key, new DeliveryRecord(sid, previous?.Purpose ?? "reminder", status, errorCode, now), cancellationToken);
        LogStatus(to.Masked, sid, status, errorCode);
        if (errorCode is not { } code)
        {
            return;
        }

        // Only the subscriber's verdict is retried on a lost race; the delivery record above is written once.
        if (await repository.UpdateAsync(stored, s => SubscriberRules.AfterTwilioError(s, code, now), cancellationToken) is (var before, { } updated))
        {
            LogSuppressed(to.Masked, code, updated.Status.ToString());
            await scheduler.SubscriberSavedAsync(before, updated, cancellationToken);
        }
    }

    private WebhookResult? Refuse(WebhookRequest request)
    {
        var token = twilio.Value.AuthToken;
        if (string.IsNullOrEmpty(token))
        {
            // Without the token nothing can be verified, so nothing is accepted (set any token locally to sign with curl).
            LogUnverifiable(request.PathAndQuery);
            return WebhookResult.Problem(403, "Forbidden", "Webhook signatures cannot be checked: Twilio__AuthToken is not set.");
        }

        if (string.IsNullOrEmpty(request.Signature))
        {
            LogRefused(request.PathAndQuery, "missing signature");
            return WebhookResult.Problem(403, "Forbidden", "X-Twilio-Signature is missing.");
        }

        if (!request.IsSignedWith(token, twilio.Value.WebhookBaseUrl))
        {
            LogRefused(request.PathAndQuery, "wrong signature");
            return WebhookResult.Problem(403, "Forbidden", "X-Twilio-Signature does not match this request.");
        }

        return null;
    }

    private static string Twiml(string reply)
    {
        var response = new MessagingResponse();
        if (!string.IsNullOrEmpty(reply))
        {
            response.Message(reply);
        }

        return response.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Path} refused: {Reason}")]
    private partial void LogRefused(string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Path} refused: Twilio__AuthToken is not set, so no signature can be checked")]
    private partial void LogUnverifiable(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {MessageSid} refused: From {From} is not a phone number")]
    private partial void LogBadSender(string from, string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage failed for {From} handling {MessageSid} ({ErrorType}); answered 503 so Twilio retries")]
    private partial void LogStorageFailure(string from, string messageSid, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery of {MessageSid} to {To}: {Status} (error {ErrorCode})")]
    private partial void LogStatus(string to, string messageSid, string status, int? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery status for {MessageSid} to {To} ({Status}) ignored: no subscriber")]
    private partial void LogStatusForUnknown(string to, string messageSid, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery status for {MessageSid} to {To} ({Status}) ignored: not a message this app sent to that number")]
    private partial void LogStatusForUnsent(string to, string messageSid, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscriber {To} suppressed after Twilio error {ErrorCode}: now {Status}")]
    private partial void LogSuppressed(string to, int errorCode, string status);
}
