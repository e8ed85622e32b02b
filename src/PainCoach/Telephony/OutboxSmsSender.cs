using System.Security.Cryptography;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using PainCoach.Storage;

namespace PainCoach.Telephony;

/// <summary>
/// Local runs without Twilio credentials: each message is stored in the <c>SmsOutbox</c> table (partition = the
/// recipient's subscriber key, so erasure removes it) and logged with the number masked. Never used in Azure:
/// start-up refuses to run there without credentials. <c>scripts/outbox.sh</c> lists it.
/// </summary>
public sealed partial class OutboxSmsSender : ISmsSender
{
    public const string TableName = "SmsOutbox";

    private readonly TableClient outbox;
    private readonly TablesOnce tables;
    private readonly TimeProvider time;
    private readonly ILogger<OutboxSmsSender> logger;

    public OutboxSmsSender(TableServiceClient service, TimeProvider time, ILogger<OutboxSmsSender> logger)
    {
        ArgumentNullException.ThrowIfNull(service);
        outbox = service.GetTableClient(TableName);
        tables = new TablesOnce(outbox);
        this.time = time;
        this.logger = logger;
    }

    public async Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await tables.EnsureCreatedAsync(cancellationToken);
        // Shaped like a Twilio message id so delivery records and status callbacks treat both senders alike.
        var sid = "OB" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await outbox.AddEntityAsync(new TableEntity(message.RecipientKey, sid)
        {
            ["ToMasked"] = message.To.Masked,
            ["Body"] = message.Body,
            ["Purpose"] = message.Purpose,
            ["At"] = time.GetUtcNow(),
        }, cancellationToken);
        LogStored(message.To.Masked, sid, message.Purpose, message.Body.Length);
        return SmsSendResult.Sent(sid);
    }

    /// <summary>The outbox never loses an answer, but a run that crashed mid-send asks it like it asks Twilio.</summary>
    public async Task<SmsLookupResult> FindAsync(SentSmsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await tables.EnsureCreatedAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {query.RecipientKey} and At ge {query.NotBefore}");
        await foreach (var row in outbox.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.GetString("Body") == query.Body && (query.KnownSids is null || !query.KnownSids.Contains(row.RowKey)))
            {
                return new SmsLookupResult(SmsLookupStatus.Found, row.RowKey);
            }
        }

        return SmsLookupResult.NotFound;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No Twilio credentials: SMS to {To} ({Purpose}, {Length} chars) kept in the local outbox as {MessageSid}")]
    private partial void LogStored(string to, string messageSid, string purpose, int length);
}
