using PainCoach.Subscribers;

namespace PainCoach.Conversation;

/// <summary>What an inbound SMS asks for, decided by its first word (DESIGN.md "SMS conversation").</summary>
public abstract record SmsCommand
{
    public sealed record Join(BodyArea? Program) : SmsCommand;

    public sealed record Yes : SmsCommand;

    /// <summary>STOP and its family, or a revocation in people's words (<see cref="OptOutIntent"/>): nothing more is sent until START.</summary>
    public sealed record OptOut(SmsLanguage Language = SmsLanguage.English) : SmsCommand;

    /// <summary>START or UNSTOP.</summary>
    public sealed record OptIn : SmsCommand;

    /// <summary>HELP, INFO, or Spanish AYUDA (answered in Spanish).</summary>
    public sealed record Help(SmsLanguage Language = SmsLanguage.English) : SmsCommand;

    /// <summary><see cref="Days"/> null means the configured default.</summary>
    public sealed record PauseReminders(int? Days) : SmsCommand;

    public sealed record ResumeReminders : SmsCommand;

    /// <summary>Times are local wall-clock times, distinct and sorted; empty means OFF.</summary>
    public sealed record SetTimes(ReminderKind Kind, IReadOnlyList<TimeOnly> Times) : SmsCommand;

    public sealed record SetTimeZone(string IanaId) : SmsCommand;

    public sealed record Pain(int Score) : SmsCommand;

    /// <summary><see cref="ReminderKind"/>: the kind of the reminder it answers, filled in from the reminder history, not from the text.</summary>
    public sealed record Done(ReminderKind? ReminderKind = null) : SmsCommand;

    public sealed record Status : SmsCommand;

    /// <summary>Not a keyword: a question or a remark for the red-flag screen and the FAQ.</summary>
    public sealed record FreeText(string Text) : SmsCommand;

    /// <summary>A keyword in a form we cannot read; <see cref="Hint"/> says how to write it.</summary>
    public sealed record Malformed(string Keyword, string Hint) : SmsCommand;

    /// <summary>Nothing readable (empty, only emoji or control characters).</summary>
    public sealed record Empty : SmsCommand;
}
