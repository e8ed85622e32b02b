namespace PainCoach.Subscribers;

/// <summary>
/// The order of Twilio's message statuses, so a delivery record only ever moves forward: a late, repeated or replayed
/// callback never takes a record back (sent after delivered) or applies the same verdict twice.
/// </summary>
/// <remarks>
/// accepted/scheduled/queued &lt; sending &lt; sent &lt; delivered, undelivered, failed, canceled &lt; read. The final
/// statuses share one rank: the first one recorded stands. A status Twilio may add later ranks with the final ones,
/// so an unknown word can never undo a known final status. "accepted" is what the app writes when Twilio took it.
/// </remarks>
public static class DeliveryStatuses
{
    public static int Rank(string? status) => status?.ToLowerInvariant() switch
    {
        null or "" => 0,
        "accepted" or "scheduled" or "queued" => 1,
        "sending" => 2,
        "sent" => 3,
        "read" => 5,
        _ => 4, // delivered, undelivered, failed, canceled, and anything newer
    };

    /// <summary>Whether a callback saying <paramref name="next"/> moves a record that says <paramref name="current"/> forward.</summary>
    public static bool MovesForward(string? current, string next) => Rank(next) > Rank(current);
}
