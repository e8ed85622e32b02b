using Azure;
using Azure.Data.Tables;
using PainCoach.Storage;

namespace PainCoach.Subscribers;

/// <summary>What the register knows about an event: when it was first seen, and whether erasure retired it.</summary>
public sealed record WebhookSighting(DateTimeOffset? FirstSeenAt, bool Retired)
{
    /// <summary>
    /// Whether the event must not take effect again: an erasure retired it (its "handled" marker was deleted with the
    /// person), or it was first seen longer ago than <paramref name="retention"/> (its marker may have been pruned).
    /// </summary>
    public bool IsReplay(DateTimeOffset now, TimeSpan retention) => Retired || FirstSeenAt is not { } first || now - first > retention;
}

/// <summary>
/// Remembers for good which Twilio webhook events were seen, and when first: inbound MessageSids, and the status
/// callbacks that carry an error verdict. A signed request stays valid for ever (Twilio signs the URL and the form,
/// not a time, and sends no date with either webhook), so a replay after the person's 14-day "handled" markers were
/// pruned could otherwise take effect again: a JOIN re-subscribing someone who texted STOP (issue 15, item 6).
/// </summary>
/// <remarks>
/// Table <c>WebhookEvents</c>: partition = the first two hex digits of the event's key, row = the key
/// (<see cref="SubscriberKeys.ForWebhookEvent"/>, an HMAC of the sid), one column <c>FirstSeenAt</c>. No number, no
/// subscriber key, no text: nothing in it is about a person, so erasure leaves it. Erasure retires (column
/// <c>Retired</c>) the sids of the "handled" markers it deletes, so a message that took effect before an erasure
/// cannot take effect again after it, even inside the retention. About 150 bytes per inbound message; see
/// docs/sms.md for why it is not pruned.
/// </remarks>
public sealed class WebhookReplayRegister
{
    public const string TableName = "WebhookEvents";
    private const string FirstSeenColumn = "FirstSeenAt";
    private const string RetiredColumn = "Retired";

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

    /// <summary>Records the first sight of <paramref name="eventId"/> at <paramref name="now"/>; returns what was known before, or null when this is the first sight.</summary>
    public async Task<WebhookSighting?> RecordSightAsync(string eventId, DateTimeOffset now, CancellationToken cancellationToken)
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
            return await FindAsync(eventId, cancellationToken) ?? new WebhookSighting(now, Retired: false);
        }
    }

    /// <summary>What is known about <paramref name="eventId"/>, or null if it was never seen.</summary>
    public async Task<WebhookSighting?> FindAsync(string eventId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(eventId);
        await once.EnsureCreatedAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, [FirstSeenColumn, RetiredColumn], cancellationToken);
        return found.HasValue && found.Value is { } entity
            ? new WebhookSighting(entity.GetDateTimeOffset(FirstSeenColumn), entity.GetBoolean(RetiredColumn) ?? false)
            : null;
    }

    /// <summary>Marks <paramref name="eventId"/> as never to take effect again (erasure, before it deletes the event's marker).</summary>
    public async Task RetireAsync(string eventId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(eventId);
        await once.EnsureCreatedAsync(cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(partition, row) { [RetiredColumn] = true }, TableUpdateMode.Merge, cancellationToken);
    }

    private (string Partition, string Row) Keys(string eventId)
    {
        var key = keys.ForWebhookEvent(eventId);
        return (key[..2], key);
    }
}
