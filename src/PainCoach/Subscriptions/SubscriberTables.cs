using Azure.Data.Tables;

namespace PainCoach.Subscriptions;

/// <summary>
/// The tables of this capability, created once per process on first use.
/// <list type="bullet">
/// <item><c>Subscribers</c>: partition = subscriber key. Row <c>profile</c> is the <see cref="Subscriber"/>;
/// rows <c>in-{MessageSid}</c> mark inbound messages already handled (with the reply given); rows
/// <c>out-{MessageSid}</c> are delivery records. One partition per person makes each inbound message one atomic
/// batch (profile + marker) and erasure one partition delete.</item>
/// <item><c>SmsOutbox</c>: local runs without Twilio credentials; partition = subscriber key, row = outbox id.</item>
/// </list>
/// </summary>
public sealed class SubscriberTables(TableServiceClient service) : IDisposable
{
    public const string SubscribersTable = "Subscribers";
    public const string OutboxTable = "SmsOutbox";

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool created;

    public TableClient Subscribers => service.GetTableClient(SubscribersTable);

    public TableClient Outbox => service.GetTableClient(OutboxTable);

    /// <summary>Creates the tables once; a failure (storage down) is not remembered, so the next call tries again.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!created)
            {
                await Subscribers.CreateIfNotExistsAsync(cancellationToken);
                await Outbox.CreateIfNotExistsAsync(cancellationToken);
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
