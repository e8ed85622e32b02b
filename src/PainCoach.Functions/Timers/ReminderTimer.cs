using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PainCoach.Reminders;

namespace PainCoach.Functions.Timers;

/// <summary>
/// The reminder heartbeat on <c>%REMINDER_SCHEDULE%</c>. The reminder engine (issue 7) plugs in here;
/// until then a run only records that it happened, so the schedule and its hosting can be checked.
/// </summary>
public sealed class ReminderTimer(TimeProvider time, ILogger<ReminderTimer> logger)
{
    [Function(nameof(ReminderTimer))]
    public Task Run([TimerTrigger("%" + ReminderScheduleSetting.Name + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        logger.LogInformation(
            "Reminder run at {RunAt:O} (past due: {IsPastDue}); no reminder engine is installed yet",
            time.GetUtcNow(), timer.IsPastDue);
        return Task.CompletedTask;
    }
}
