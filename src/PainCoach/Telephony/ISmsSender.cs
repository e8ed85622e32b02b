namespace PainCoach.Telephony;

/// <summary>
/// One outgoing SMS. <see cref="Purpose"/> is a short label for records and logs (<c>opt-in-request</c>,
/// <c>reminder</c>). <see cref="RecipientKey"/> is the subscriber key the local outbox files it under, so erasing
/// the person erases it too. <see cref="Reference"/> tags the send so that it can be found again: it rides in the
/// status callback's URL (<c>?reminder=</c>, a reminder occurrence id; never a number or text).
/// </summary>
public sealed record OutboundSms(E164Number To, string Body, string Purpose, string RecipientKey, string? Reference = null);

/// <summary>
/// "Did this message get created?": the recipient, the exact body and the earliest instant it can have been created
/// (the claim's time, on the app's clock). <see cref="KnownSids"/> are message ids already recorded for other
/// occurrences, which never count as this one.
/// </summary>
public sealed record SentSmsQuery(E164Number To, string Body, string RecipientKey, DateTimeOffset NotBefore, IReadOnlySet<string>? KnownSids = null);

/// <summary>What a look-up found.</summary>
public enum SmsLookupStatus
{
    /// <summary>The provider holds a message matching the query; <see cref="SmsLookupResult.MessageSid"/> is set.</summary>
    Found,

    /// <summary>The provider answered and holds no such message.</summary>
    NotFound,

    /// <summary>The provider could not be asked (no connection, 5xx, 429, timeout).</summary>
    Unavailable,
}

public sealed record SmsLookupResult(SmsLookupStatus Status, string? MessageSid = null)
{
    public static readonly SmsLookupResult NotFound = new(SmsLookupStatus.NotFound);

    public static readonly SmsLookupResult Unavailable = new(SmsLookupStatus.Unavailable);
}

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

    /// <summary>5xx: definitely not accepted; safe to retry after a backoff.</summary>
    Transient,

    /// <summary>
    /// The request provably never reached the provider (connection refused, name not resolved, TLS failed, the
    /// connection died before the whole request was written): safe to send again at once.
    /// </summary>
    NotSent,

    /// <summary>
    /// Cut off after the whole request went out (answer lost, connection closed, timeout): it may have been
    /// accepted. Not sent again blindly: the caller asks <see cref="ISmsSender.FindAsync"/> first.
    /// </summary>
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

    /// <summary>Asks the provider whether a message matching <paramref name="query"/> was created (settles an unknown outcome).</summary>
    Task<SmsLookupResult> FindAsync(SentSmsQuery query, CancellationToken cancellationToken);
}
