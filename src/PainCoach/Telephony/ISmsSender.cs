namespace PainCoach.Telephony;

/// <summary>
/// One outgoing SMS. <see cref="Purpose"/> is a short label for records and logs (<c>opt-in-request</c>,
/// <c>reminder</c>). <see cref="RecipientKey"/> is the subscriber key the local outbox files it under, so erasing
/// the person erases it too.
/// </summary>
public sealed record OutboundSms(E164Number To, string Body, string Purpose, string RecipientKey);

/// <summary>What the provider's answer means for the caller.</summary>
public enum SmsSendStatus
{
    /// <summary>Accepted; <see cref="SmsSendResult.MessageSid"/> is set.</summary>
    Accepted,

    /// <summary>429: not accepted; retry after <see cref="SmsSendResult.RetryAfter"/> when given.</summary>
    RateLimited,

    /// <summary>21610: the recipient opted out at the carrier.</summary>
    OptedOut,

    /// <summary>21211, 21614, 30005, 30006: the number cannot receive SMS.</summary>
    Undeliverable,

    /// <summary>5xx or no connection: definitely not accepted; safe to retry.</summary>
    Transient,

    /// <summary>Cut off after the request went out: it may have been accepted. Never retried.</summary>
    Unknown,

    /// <summary>Any other refusal; retrying will not help.</summary>
    Permanent,
}

/// <summary>What the provider said: the classification, the message id when accepted, its error code and Retry-After.</summary>
public sealed record SmsSendResult(SmsSendStatus Status, string? MessageSid = null, int? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public bool Accepted => Status == SmsSendStatus.Accepted;

    public static SmsSendResult Sent(string messageSid) => new(SmsSendStatus.Accepted, messageSid);
}

/// <summary>The one outbound port for SMS: Twilio with credentials, the local outbox without (chosen once, in <see cref="TelephonyServiceCollectionExtensions"/>).</summary>
public interface ISmsSender
{
    Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken);
}
