using Microsoft.Azure.Functions.Worker;
using PainCoach.Reminders;

namespace PainCoach.Functions.Reminders;

/// <summary>The reminder run on <c>%REMINDER_SCHEDULE%</c>: everything it decides lives in <see cref="ReminderDispatcher"/>.</summary>
public sealed class ReminderTimer(ReminderDispatcher dispatcher)
{
    [Function(nameof(ReminderTimer))]
    public async Task Run([TimerTrigger("%" + ReminderScheduleSetting.Name + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await dispatcher.RunAsync(cancellationToken);
    }
}
