using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    DeliveryStatusCallbacks statusCallbacks,
    WebhookReplayRegister replays,
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
            if (await IsReplayAsync(sid, cancellationToken))
            {
                LogReplayRefused(from.Masked, sid);
                return WebhookResult.Problem(409, "Replayed message",
                    "This MessageSid was handled before (first received longer ago than the message retention, or before an erasure); it is not applied again.");
            }

            var reply = await conversation.HandleAsync(new InboundSms(sid, from, body, optOutType), cancellationToken);
            return WebhookResult.Reply(Twiml(reply));
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex) || ex is SubscriberConflictException)
        {
            // Twilio does not retry a messaging webhook that answered 5xx: answer what needs no storage instead (a STOP
            // is journalled and written later). Storage down, or others kept writing this record through every attempt.
            LogAnsweredWithoutStorage(from.Masked, sid, ex is SubscriberConflictException ? "lost every write race" : StorageFailures.Describe(ex));
            return WebhookResult.Reply(Twiml(conversation.AnswerWithoutStorage(new InboundSms(sid, from, body, optOutType))));
        }
    }

    /// <summary>
    /// A message first seen longer ago than <see cref="SubscriberOptions.MessageRecordRetention"/> is a replay: Twilio
    /// retries within minutes, and after the retention the "handled" marker that would make it a no-op may be pruned.
    /// So is one whose marker an erasure deleted (<see cref="WebhookSighting.Retired"/>).
    /// </summary>
    private async Task<bool> IsReplayAsync(string sid, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await replays.RecordSightAsync(WebhookReplayRegister.InboundEvent(sid), now, cancellationToken) is { } seen
            && seen.IsReplay(now, subscribers.Value.MessageRecordRetention);
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
            await statusCallbacks.ApplyAsync(to, sid, status.ToLowerInvariant(), errorCode, ReminderReference(request), cancellationToken);
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

    private WebhookResult? Refuse(WebhookRequest request)
    {
        var token = twilio.Value.AuthToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            // Without the token nothing can be verified, so nothing is accepted (set any token locally to sign with curl).
            // A token of spaces is no secret: anyone could sign with it, so it counts as no token.
            LogUnverifiable(request.PathAndQuery);
            return WebhookResult.Problem(403, "Forbidden", "Webhook signatures cannot be checked: Twilio__AuthToken is not set or blank.");
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Path} refused: Twilio__AuthToken is not set or blank, so no signature can be checked")]
    private partial void LogUnverifiable(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {MessageSid} refused: From {From} is not a phone number")]
    private partial void LogBadSender(string from, string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage failed for {From} handling {MessageSid} ({ErrorType}); answered 503 so Twilio retries")]
    private partial void LogStorageFailure(string from, string messageSid, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {MessageSid} from {From} refused as a replay: first received longer ago than the retention, or before an erasure")]
    private partial void LogReplayRefused(string from, string messageSid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage failed for {From} handling {MessageSid} ({Reason}); answered from what needs no storage")]
    private partial void LogAnsweredWithoutStorage(string from, string messageSid, string reason);
}
