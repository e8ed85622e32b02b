namespace PainCoach.Sms;

/// <summary>One outgoing SMS. <see cref="Purpose"/> is a short label for records and logs (<c>opt-in-request</c>, <c>reminder-ice</c>).</summary>
public sealed record OutboundSms(E164Number To, string Body, string Purpose);

/// <summary>What the provider said: accepted with its message id, or refused with its error code.</summary>
public sealed record SmsSendResult(bool Accepted, string? MessageSid, int? ErrorCode, string? Error)
{
    public static SmsSendResult Sent(string sid) => new(true, sid, null, null);

    public static SmsSendResult Failed(int? code, string error) => new(false, null, code, error);
}

/// <summary>The one outbound port for SMS: Twilio in Azure, a local outbox table without credentials.</summary>
public interface ISmsSender
{
    Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken);
}
