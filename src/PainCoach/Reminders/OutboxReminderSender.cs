using Microsoft.Extensions.Options;
using PainCoach.Sms;

namespace PainCoach.Reminders;

/// <summary>
/// Without Twilio credentials (local only; Azure refuses to start without them) reminders go where every other
/// SMS goes: the local outbox table, logged masked. So `./run.sh` shows reminders arriving without a Twilio account.
/// </summary>
public sealed class OutboxReminderSender(OutboxSmsSender outbox, IOptions<SmsOptions> sms) : IReminderSender
{
    public async Task<ReminderSendResult> SendAsync(string toE164, string body, CancellationToken cancellationToken)
    {
        var to = PhoneNumberReader.TryRead(toE164, sms.Value.DefaultRegion);
        if (to is null)
        {
            return new ReminderSendResult(ReminderSendStatus.Undeliverable, ErrorCode: 21211);
        }

        var result = await outbox.SendAsync(new OutboundSms(to, body, "reminder"), cancellationToken);
        return result.Accepted
            ? ReminderSendResult.Accepted(result.MessageSid!)
            : new ReminderSendResult(ReminderSendStatus.Transient, ErrorCode: result.ErrorCode);
    }
}
