namespace PainCoach.Reminders;

public enum ReminderSendStatus
{
    /// <summary>Twilio accepted it; <see cref="ReminderSendResult.MessageSid"/> is set.</summary>
    Accepted,

    /// <summary>429: not accepted; retry after <see cref="ReminderSendResult.RetryAfter"/> when given.</summary>
    RateLimited,

    /// <summary>21610: the recipient opted out at the carrier.</summary>
    OptedOut,

    /// <summary>21211, 21614, 30005, 30006: the number cannot receive SMS.</summary>
    Undeliverable,

    /// <summary>5xx or no connection: Twilio definitely did not accept it; safe to retry.</summary>
    Transient,

    /// <summary>Timed out or cut off after the request went out: Twilio may have accepted it. Never retried.</summary>
    Unknown,

    /// <summary>Any other refusal; retrying will not help.</summary>
    Permanent,
}

public sealed record ReminderSendResult(ReminderSendStatus Status, string? MessageSid = null, int? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public static ReminderSendResult Accepted(string messageSid) => new(ReminderSendStatus.Accepted, messageSid);
}

/// <summary>
/// The engine's one outbound port: send one SMS and say what happened. Small on purpose, so it can be adapted to the
/// SMS capability's sender at merge.
/// </summary>
public interface IReminderSender
{
    Task<ReminderSendResult> SendAsync(string toE164, string body, CancellationToken cancellationToken);
}
