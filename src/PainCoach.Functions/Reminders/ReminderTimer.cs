using Microsoft.Azure.Functions.Worker;
using PainCoach.Reminders;

namespace PainCoach.Functions.Reminders;

/// <summary>
/// The reminder run on <c>%REMINDER_SCHEDULE%</c>: everything it decides lives in <see cref="ReminderDispatcher"/>.
/// While a timer function runs, <c>ScheduleStatus.Next</c> is the occurrence it fired for; the run works on that
/// minute, not on a clock read a hair early (<see cref="ReminderRunTime"/>).
/// </summary>
public sealed class ReminderTimer(ReminderDispatcher dispatcher)
{
    [Function(nameof(ReminderTimer))]
    public async Task Run([TimerTrigger("%" + ReminderScheduleSetting.Name + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await dispatcher.RunAsync(ReminderRunTime.FromScheduleStatus(timer.ScheduleStatus?.Next ?? default), cancellationToken);
    }
}
