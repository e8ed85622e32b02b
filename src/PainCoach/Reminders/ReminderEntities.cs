using PainCoach.Storage;

namespace PainCoach.Reminders;

/// <summary>
/// The due index. PartitionKey = UTC due minute <c>yyyyMMddHHmm</c> + <c>-</c> + shard (0..3), so "everything due up
/// to now" is one key range (<c>PartitionKey lt next minute</c>) and reads only due entries. RowKey =
/// <c>{subscriberKey}|{occurrenceId}</c>. No phone number is stored here.
/// </summary>
public sealed class DueEntity : TableRow
{
    public string SubscriberKey { get; set; } = string.Empty;

    public string SeriesId { get; set; } = string.Empty;

    public string OccurrenceId { get; set; } = string.Empty;

    public long Ordinal { get; set; }

    public DateTimeOffset DueAt { get; set; }
}

/// <summary>
/// One claim per (subscriber, occurrence): PartitionKey = subscriberKey, RowKey = occurrenceId. Inserted before
/// Twilio is called; the insert that wins (the others get 409) is the only one that may send.
/// </summary>
public sealed class ClaimEntity : TableRow
{
    /// <summary>See <see cref="ClaimStates"/>.</summary>
    public string State { get; set; } = ClaimStates.Claimed;

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>Runs that have held this claim (cross-run retries of a definite failure).</summary>
    public int Runs { get; set; } = 1;

    public string? MessageSid { get; set; }

    /// <summary>A closed vocabulary (an outcome or a Twilio error code), never message text.</summary>
    public string? Reason { get; set; }
}

public static class ClaimStates
{
    /// <summary>A run holds it and may be calling Twilio now.</summary>
    public const string Claimed = "claimed";

    /// <summary>Twilio accepted it; <see cref="ClaimEntity.MessageSid"/> is set.</summary>
    public const string Sent = "sent";

    /// <summary>Twilio definitely did not accept it (429, 5xx, no connection); a later run may take it over.</summary>
    public const string Retry = "retry";

    /// <summary>Given up: permanent error or out of runs.</summary>
    public const string Failed = "failed";

    /// <summary>Not sent on purpose (opted out, undeliverable).</summary>
    public const string Suppressed = "suppressed";

    /// <summary>Twilio may or may not have accepted it (timeout, crash); never sent again.</summary>
    public const string Unknown = "unknown";

    public static bool IsFinal(string state) => state is Sent or Failed or Suppressed or Unknown;
}

/// <summary>
/// Pointers from a subscriber to their outstanding due entries: PartitionKey = subscriberKey, RowKey = stream id.
/// Lets TIME, TZ, PAUSE, STOP and erasure find a subscriber's due entries without scanning the due index.
/// </summary>
public sealed class PlanEntity : TableRow
{
    public string DuePartitionKey { get; set; } = string.Empty;

    public string DueRowKey { get; set; } = string.Empty;
}
