namespace PainCoach.Telephony;

/// <summary>The Twilio error codes that say something about a number rather than about one message.</summary>
public static class TwilioErrorCodes
{
    /// <summary>The person opted out at the carrier (replied STOP to Twilio's number directly).</summary>
    public const int CarrierOptOut = 21610;

    /// <summary>The number cannot get SMS: invalid, not mobile, unreachable, unknown.</summary>
    public static readonly IReadOnlySet<int> Undeliverable = new HashSet<int> { 21211, 21614, 30005, 30006 };
}
