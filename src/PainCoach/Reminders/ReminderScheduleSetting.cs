namespace PainCoach.Reminders;

/// <summary>The app setting that holds the reminder timer's NCRONTAB schedule (with seconds).</summary>
public static class ReminderScheduleSetting
{
    public const string Name = "REMINDER_SCHEDULE";

    /// <summary>Every minute, on the minute: reminders are due at minute resolution.</summary>
    public const string Default = "0 * * * * *";
}
