using System.Diagnostics.Metrics;

namespace PainCoach.Telemetry;

/// <summary>
/// The service's counters, on one <see cref="Meter"/> named <see cref="MeterName"/>. Tags are closed vocabularies
/// (a command keyword, a level, a reason): never a phone number or anything a person wrote.
/// In Azure they are exported to Application Insights; locally <see cref="MetricsLogReporter"/> logs them.
/// </summary>
public sealed class PainCoachMetrics
{
    public const string MeterName = "PainCoach";

    private readonly Counter<long> remindersSent;
    private readonly Counter<long> remindersFailed;
    private readonly Counter<long> remindersSuppressed;
    private readonly Counter<long> remindersSkipped;
    private readonly Counter<long> remindersLookedUp;
    private readonly Counter<long> inboundMessages;
    private readonly Counter<long> faqQueries;
    private readonly Counter<long> triageAnswers;

    public PainCoachMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        remindersSent = meter.CreateCounter<long>("paincoach.reminders.sent", "{message}", "Reminders Twilio accepted.");
        remindersFailed = meter.CreateCounter<long>("paincoach.reminders.failed", "{message}", "Reminders that failed after their retries.");
        remindersSuppressed = meter.CreateCounter<long>("paincoach.reminders.suppressed", "{message}", "Reminders not sent on purpose (opted out, undeliverable, paused, daily cap).");
        remindersSkipped = meter.CreateCounter<long>("paincoach.reminders.skipped", "{message}", "Reminder occurrences skipped (missed beyond the grace window, quiet hours).");
        remindersLookedUp = meter.CreateCounter<long>("paincoach.reminders.looked_up", "{message}", "Reminders whose send outcome was unknown, settled by asking Twilio or by a status callback (outcome found, not_found, callback).");
        inboundMessages = meter.CreateCounter<long>("paincoach.sms.inbound", "{message}", "Inbound SMS by command.");
        faqQueries = meter.CreateCounter<long>("paincoach.faq.queries", "{query}", "FAQ queries by outcome (answered or no_match).");
        triageAnswers = meter.CreateCounter<long>("paincoach.triage.answers", "{answer}", "Triage answers by level.");
    }

    public void ReminderSent(string kind) => remindersSent.Add(1, Tag("kind", kind));

    public void ReminderFailed(string kind) => remindersFailed.Add(1, Tag("kind", kind));

    public void ReminderSuppressed(string reason) => remindersSuppressed.Add(1, Tag("reason", reason));

    public void ReminderSkipped(string reason) => remindersSkipped.Add(1, Tag("reason", reason));

    public void ReminderLookedUp(string outcome) => remindersLookedUp.Add(1, Tag("outcome", outcome));

    /// <param name="command">The keyword (JOIN, STOP, ...) or "question"; never the text itself.</param>
    public void InboundMessage(string command) => inboundMessages.Add(1, Tag("command", command));

    public void FaqQuery(bool noMatch) => faqQueries.Add(1, Tag("outcome", noMatch ? "no_match" : "answered"));

    public void TriageAnswer(string level) => triageAnswers.Add(1, Tag("level", level));

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
