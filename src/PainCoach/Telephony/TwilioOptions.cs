namespace PainCoach.Telephony;

/// <summary>Settings under <c>Twilio__*</c>. Without credentials (local only) no real SMS is sent.</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    public string? FromNumber { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>Send REST calls here instead of Twilio (test doubles, proxies).</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>The public base URL Twilio calls; webhook signatures are checked against it.</summary>
    public Uri? WebhookBaseUrl { get; set; }

    public bool HasCredentials => !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken);
}
