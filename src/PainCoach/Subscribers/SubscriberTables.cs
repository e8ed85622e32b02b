using Azure.Data.Tables;
using PainCoach.Storage;
using PainCoach.Telephony;

namespace PainCoach.Subscribers;

/// <summary>
/// The tables that hold people, created once per process on first use.
/// <list type="bullet">
/// <item><c>Subscribers</c>: partition = subscriber key. Row <c>profile</c> is the <see cref="Subscriber"/>;
/// rows <c>in-{MessageSid}</c> mark inbound messages already handled (with the reply given); rows
/// <c>out-{MessageSid}</c> are delivery records. One partition per person makes each inbound message one atomic
/// batch (profile + marker) and erasure one partition delete.</item>
/// <item><c>SmsOutbox</c> (<see cref="OutboxSmsSender"/>): local runs without Twilio credentials; partition =
/// subscriber key, so erasure covers it.</item>
/// </list>
/// </summary>
public sealed class SubscriberTables
{
    public const string SubscribersTable = "Subscribers";
    public const string OutboxTable = OutboxSmsSender.TableName;

    private readonly TablesOnce once;

    public SubscriberTables(TableServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        Subscribers = service.GetTableClient(SubscribersTable);
        Outbox = service.GetTableClient(OutboxTable);
        once = new TablesOnce(Subscribers, Outbox);
    }

    public TableClient Subscribers { get; }

    public TableClient Outbox { get; }

    /// <summary>Creates the tables once; a failure (storage down) is not remembered, so the next call tries again.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => once.EnsureCreatedAsync(cancellationToken);
}
