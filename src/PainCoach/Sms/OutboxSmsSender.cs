using System.Security.Cryptography;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using PainCoach.Subscriptions;

namespace PainCoach.Sms;

/// <summary>
/// Local runs without Twilio credentials: each message is stored in the <c>SmsOutbox</c> table (partition = the
/// subscriber key, so erasure removes it) and logged with the number masked. Never used in Azure: start-up refuses
/// to run there without credentials.
/// </summary>
public sealed partial class OutboxSmsSender(SubscriberTables tables, SubscriberKeys keys, TimeProvider time, ILogger<OutboxSmsSender> logger) : ISmsSender
{
    public async Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await tables.EnsureCreatedAsync(cancellationToken);
        // Shaped like a Twilio message id so delivery records and status callbacks treat both senders alike.
        var sid = "OB" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await tables.Outbox.AddEntityAsync(new TableEntity(keys.For(message.To), sid)
        {
            ["ToMasked"] = message.To.Masked,
            ["Body"] = message.Body,
            ["Purpose"] = message.Purpose,
            ["At"] = time.GetUtcNow(),
        }, cancellationToken);
        LogStored(message.To.Masked, sid, message.Purpose, message.Body.Length);
        return SmsSendResult.Sent(sid);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No Twilio credentials: SMS to {To} ({Purpose}, {Length} chars) kept in the local outbox as {MessageSid}")]
    private partial void LogStored(string to, string messageSid, string purpose, int length);
}
