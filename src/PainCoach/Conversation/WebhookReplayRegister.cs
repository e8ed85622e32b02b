using Azure;
using Azure.Data.Tables;
using PainCoach.Storage;
using PainCoach.Subscribers;

namespace PainCoach.Conversation;

/// <summary>
/// Remembers for good which Twilio webhook events were seen, and when first: inbound MessageSids, and the status
/// callbacks that carry an error verdict. A signed request stays valid for ever (Twilio signs the URL and the form,
/// not a time, and sends no date with either webhook), so a replay after the person's 14-day "handled" markers were
/// pruned could otherwise take effect again: a JOIN re-subscribing someone who texted STOP (issue 15, item 6).
/// </summary>
/// <remarks>
/// Table <c>WebhookEvents</c>: partition = the first two hex digits of the event's key, row = the key
/// (<see cref="SubscriberKeys.ForWebhookEvent"/>, an HMAC of the sid), one column <c>FirstSeenAt</c>. No number, no
/// subscriber key, no text: nothing in it is about a person, so erasure leaves it, and a replay after an erasure is
/// refused too. About 150 bytes per inbound message; see docs/sms.md for why it is not pruned.
/// </remarks>
public sealed class WebhookReplayRegister
{
    public const string TableName = "WebhookEvents";
    private const string FirstSeenColumn = "FirstSeenAt";

    private readonly TableClient table;
    private readonly TablesOnce once;
    private readonly SubscriberKeys keys;

    public WebhookReplayRegister(TableServiceClient service, SubscriberKeys keys)
    {
        ArgumentNullException.ThrowIfNull(service);
        table = service.GetTableClient(TableName);
        once = new TablesOnce(table);
        this.keys = keys;
    }

    public static string InboundEvent(string messageSid) => "inbound:" + messageSid;

    public static string ErrorCallbackEvent(string messageSid, string status, int errorCode) =>
        FormattableString.Invariant($"status:{messageSid}:{status}:{errorCode}");

    /// <summary>Records the first sight of <paramref name="eventId"/> at <paramref name="now"/>; returns the earlier first sight, or null when this is it.</summary>
    public async Task<DateTimeOffset?> RecordSightAsync(string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(eventId);
        await once.EnsureCreatedAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(partition, row) { [FirstSeenColumn] = now }, cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FirstSeenAsync(eventId, cancellationToken) ?? now;
        }
    }

    /// <summary>When <paramref name="eventId"/> was first seen, or null if never.</summary>
    public async Task<DateTimeOffset?> FirstSeenAsync(string eventId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(eventId);
        await once.EnsureCreatedAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, [FirstSeenColumn], cancellationToken);
        return found.HasValue && found.Value is { } entity ? entity.GetDateTimeOffset(FirstSeenColumn) ?? DateTimeOffset.MinValue : null;
    }

    private (string Partition, string Row) Keys(string eventId)
    {
        var key = keys.ForWebhookEvent(eventId);
        return (key[..2], key);
    }
}
