using System.ComponentModel.DataAnnotations;

namespace PainCoach.Subscribers;

/// <summary>
/// Settings under <c>PainCoach__Sms__*</c> about the people we hold: how numbers and zones are read, the key
/// secret, PAUSE, and how long message records are kept. (The send window and daily cap, also set under
/// <c>PainCoach__Sms__*</c>, belong to the reminder engine: <c>ReminderOptions</c>.)
/// </summary>
public sealed class SubscriberOptions
{
    /// <summary>The documented setting names are <c>PainCoach__Sms__*</c>; kept when the options moved here.</summary>
    public const string SectionName = "PainCoach:Sms";

    /// <summary>Only for local runs; in Azure a real secret is required (see <see cref="SubscribersServiceCollectionExtensions"/>).</summary>
    public const string LocalSubscriberKeySecret = "local-development-subscriber-key-do-not-use-in-azure";

    /// <summary>ISO 3166 region used to read national-format numbers such as (312) 555-0123.</summary>
    [Required, RegularExpression("^[A-Z]{2}$")]
    public string DefaultRegion { get; set; } = "US";

    /// <summary>IANA zone used when the number does not map to exactly one zone.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "America/New_York";

    /// <summary>HMAC key that turns an E.164 number into a row key. Changing it orphans every subscriber.</summary>
    [Required, MinLength(16)]
    public string SubscriberKeySecret { get; set; } = LocalSubscriberKeySecret;

    /// <summary>PAUSE without a number pauses this many days.</summary>
    [Range(1, 90)]
    public int DefaultPauseDays { get; set; } = 7;

    /// <summary>Longest PAUSE accepted.</summary>
    [Range(1, 365)]
    public int MaxPauseDays { get; set; } = 90;

    /// <summary>
    /// How long "message handled" markers (with the reply they got) and delivery records are kept. They only serve
    /// Twilio's retries and status callbacks, which come within hours; each inbound message prunes older ones.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan MessageRecordRetention { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Where an opt-out that arrived while Table Storage was down is journalled until it is written (one small
    /// file: subscriber key, MessageSid, time; never the number or the text). Default: the machine's temp folder. Point
    /// it at a persistent mount to keep it across instance recycling (docs/sms.md, "Storage down").
    /// </summary>
    public string? PendingOptOutDirectory { get; set; }

    /// <summary>How often pending opt-outs are tried again while storage is down.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PendingOptOutRetryInterval { get; set; } = TimeSpan.FromSeconds(15);
}
