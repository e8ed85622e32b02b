using System.Globalization;
using Microsoft.Extensions.Options;
using PainCoach.RedFlags;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Conversation;

/// <summary>
/// Every SMS the conversation sends, in one place for review. GSM-7 only, plain words, no diagnosis names.
/// Confirmations and HELP carry what CTIA asks for: program name, frequency, "Msg&amp;data rates may apply",
/// HELP and STOP, and a support contact. A unit test checks every text fits <see cref="SmsText.MaxReplySegments"/>.
/// </summary>
public sealed class SmsTexts(IOptions<PainCoachOptions> coach, IOptions<ReminderOptions> reminders, IOptions<SubscriberOptions> subscribers)
{
    private string Name => coach.Value.ProgramName;

    private int Cap => reminders.Value.DailyCap;

    public string Window => $"{Clock(reminders.Value.SendWindowStart)}-{Clock(reminders.Value.SendWindowEnd)}";

    public string Confirmation(Subscriber s) =>
        $"{Name} {s.Program.ToDisplayName()} program: you're in! Ice and stretch reminders and pain check-ins, up to {Cap} msgs/day. " +
        ZoneNote(s) +
        $" Msg&data rates may apply. Reply HELP for help, STOP to opt out. Support: {coach.Value.SupportContact}";

    public string Help(Subscriber? s) =>
        $"{Name}{(s is null ? string.Empty : " " + s.Program.ToDisplayName())} reminders, up to {Cap} msgs/day. " +
        "Text STATUS, TIME ICE 9am 2pm, TIME STRETCH 8am, TZ CT, PAIN 0-10, DONE, PAUSE 7, RESUME, or ask a question. " +
        $"Support: {coach.Value.SupportContact}. Msg&data rates may apply. Reply STOP to opt out.";

    public string Stopped =>
        $"{Name}: you are unsubscribed and will get no more messages. Reply START to opt back in.";

    /// <summary>
    /// The STOP confirmation in the language the person wrote in. Spanish texts use only GSM-7 letters (é, ñ, ¿, ¡
    /// are in it; á, í, ó, ú are not and would turn the SMS into UCS-2 with 70 characters a segment), so words were
    /// chosen that need none of them; commands (START) stay English, as the keywords carriers know.
    /// </summary>
    public string StoppedIn(SmsLanguage language) => language == SmsLanguage.Spanish
        ? $"{Name}: te dimos de baja. No te enviaremos otros mensajes. Responde START para volver."
        : Stopped;

    /// <summary>HELP (or AYUDA) in the language it was asked in; the Spanish one says the commands are in English.</summary>
    public string HelpIn(Subscriber? s, SmsLanguage language) => language == SmsLanguage.Spanish
        ? $"{Name}: recordatorios de hielo y estiramientos, hasta {Cap} mensajes diarios. Los comandos van en inglés: STATUS, PAIN 0-10, PAUSE 7, RESUME. " +
          $"Soporte: {coach.Value.SupportContact}. Pueden aplicarse tarifas de mensajes y datos. Responde BAJA o STOP para cancelar."
        : Help(s);

    public string JoinHint =>
        $"Text JOIN HEEL, JOIN BACK or JOIN BOTH to get {Name} reminders.";

    public string NotSubscribed => $"{Name}: you are not subscribed. " + JoinHint;

    public string StillStopped => $"{Name}: you are unsubscribed. Reply START to opt back in.";

    public string ConfirmFirst => $"{Name}: please reply YES first to confirm your reminders, or STOP to cancel.";

    public string AlreadyActive(Subscriber s) =>
        $"{Name}: you are already subscribed to the {s.Program.ToDisplayName()} program. Text STATUS to see your times, HELP for help.";

    public string NothingPending => $"{Name}: there is nothing waiting for a YES. " + JoinHint;

    public string Paused(DateTimeOffset until, Subscriber s) =>
        $"{Name}: reminders paused until {LocalDate(until, s)}. Text RESUME to restart sooner.";

    public string PauseTooLong => $"{Name}: you can pause for up to {subscribers.Value.MaxPauseDays} days at a time, like PAUSE 7.";

    public string Resumed => $"{Name}: reminders are back on. Text STATUS to see your times.";

    public string NotPaused => $"{Name}: your reminders are not paused. Text STATUS to see your times.";

    public string TimesSet(ReminderKind kind, IReadOnlyList<TimeOnly> times, Subscriber s) => times.Count == 0
        ? $"{Name}: {KindName(kind)} reminders are off. Text TIME {kind.ToString().ToUpperInvariant()} 9am to turn them on."
        : $"{Name}: {KindName(kind)} reminders at {Clocks(times)} ({s.TimeZoneId}). Text STATUS to check.";

    public string OutsideWindow(IReadOnlyList<TimeOnly> refused) =>
        $"{Name}: reminders can only go out between {Window} your time, so {Clocks(refused)} can't be used. Please pick times in that window.";

    public string OverCap(int total) =>
        $"{Name}: that would be {total} reminders a day; the limit is {Cap}. Please pick fewer times.";

    public string TimeZoneSet(Subscriber s) =>
        $"{Name}: time zone set to {s.TimeZoneId}. Your reminders follow local time there.";

    public string PainLogged(int score, int? previous)
    {
        var trend = previous switch
        {
            null => string.Empty,
            { } p when score < p => $" Down from {p}, nice.",
            { } p when score == p => $" Same as last time ({p}).",
            { } p => $" Up from {p}.",
        };
        return $"{Name}: pain {score}/10 logged.{trend} Text PAIN 0-10 any time.";
    }

    /// <summary>
    /// After a high or rising pain score: book soon (CONTENT.md "See a clinician"), and the emergency signs of the
    /// catalog in short. One-sided numbness or weakness is a see-a-clinician sign, so it is not sent to 911 here.
    /// </summary>
    public static string SeeClinicianAdvice =>
        " Your pain is high or rising: please book a visit with a healthcare provider soon. Call 911 if you go numb between your legs, lose bladder or bowel control, or both legs go weak or numb.";

    public string DoneLogged => $"{Name}: nice work, logged. Keep it up! Text PAIN 0-10 to track how you feel.";

    public string Status(Subscriber s, NextReminder? next, DateTimeOffset now)
    {
        var status = s.EffectiveStatus(now) switch
        {
            SubscriberStatus.Active => "active",
            SubscriberStatus.Paused => $"paused until {LocalDate(s.PausedUntil ?? now, s)}",
            SubscriberStatus.Pending => "waiting for your YES",
            _ => "stopped",
        };
        if (s.UndeliverableReason is not null)
        {
            status += " (delivery problem)";
        }

        var nextText = next is null ? string.Empty : $" Next: {KindName(next.Kind)} {Clock(next.LocalTime)}{DayWord(next.At, now, s)}.";
        return $"{Name} {s.Program.ToDisplayName()}: {status}. Ice {ClocksOrOff(s.IceTimes)}. Stretch {ClocksOrOff(s.StretchTimes)}. " +
               $"Zone {s.TimeZoneId}.{nextText} Text HELP for commands.";
    }

    public string Fallback(bool subscribed) =>
        $"{Name}: sorry, I don't have a short answer to that. A healthcare provider can help. If it's an emergency, call 911." +
        (subscribed ? " Text HELP for commands." : " " + JoinHint);

    /// <summary>
    /// The fallback in the language the question was written in (<see cref="WrittenLanguage"/>); the Spanish one says
    /// the commands and reminders are in English, as the Spanish HELP does.
    /// </summary>
    public string FallbackIn(bool subscribed, SmsLanguage language) => language == SmsLanguage.Spanish
        ? $"{Name}: lo siento, no tengo una respuesta corta para eso. Un médico te puede ayudar. Si es una emergencia, llama al 911." +
          (subscribed ? " Los comandos van en inglés: manda HELP para verlos." : " Para recordatorios en inglés, manda JOIN HEEL, JOIN BACK o JOIN BOTH.")
        : Fallback(subscribed);

    /// <summary>
    /// A red-flag alert's advice in the language the text was written in. The Spanish says what the English says
    /// (<see cref="RedFlagCatalog"/>), level for level, with 911 named the same way. The crisis line chose its own
    /// language from the words that brought it (<see cref="CrisisWords"/>) and is kept; a sign's advice after a Spanish
    /// crisis line is given in Spanish too.
    /// </summary>
    public static string AlertAdvice(RedFlagAlert alert, SmsLanguage language)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (language != SmsLanguage.Spanish)
        {
            return alert.Message;
        }

        if (!alert.CrisisLine)
        {
            return SpanishAdvice(alert.Level);
        }

        // The crisis line chose its own language from the words that brought it; a sign's advice after a Spanish one is
        // Spanish too, and after an English one stays as the catalog words it.
        return alert.CrisisMessage == CrisisWords.SpanishMessage && alert.Sign is { } sign
            ? CrisisWords.SpanishMessage + " " + SpanishAdvice(sign.Level)
            : alert.Message;
    }

    private static string SpanishAdvice(AlertLevel level) => level switch
    {
        AlertLevel.Emergency => SpanishEmergencyAdvice,
        AlertLevel.Urgent => SpanishUrgentAdvice,
        _ => SpanishSeeClinicianAdvice,
    };

    /// <summary>The safety check (<see cref="SafetyCheck"/>) in the language the text was written in.</summary>
    public static string SafetyCheckIn(string check, SmsLanguage language) =>
        language == SmsLanguage.Spanish && SpanishSafetyChecks.TryGetValue(check, out var spanish) ? spanish : check;

    // Written without á, í, ó or ú, which GSM-7 lacks, like the other Spanish texts (docs/sms.md, "Language").
    internal const string SpanishEmergencyAdvice =
        "Llama al 911 o ve a la sala de emergencias ahora. Estas señales pueden ser un problema grave de los nervios o de la columna que se debe tratar en pocas horas.";

    internal const string SpanishUrgentAdvice =
        "Ve hoy a un médico o a urgencias. Estas señales se deben revisar hoy mismo. Si empeoras de repente, llama al 911.";

    internal const string SpanishSeeClinicianAdvice =
        "Pide una cita con un médico pronto, en una o dos semanas. Estas señales se deben revisar. Si empeoras de repente, busca ayuda antes.";

    private static readonly Dictionary<string, string> SpanishSafetyChecks = new(StringComparer.Ordinal)
    {
        [SafetyCheck.CaudaEquinaMessage] =
            "Pregunta de seguridad: ¿sientes dormida la zona entre las piernas o las nalgas? ¿O tienes problemas nuevos para orinar, para hacer popo o con el sexo? Si te pasa, llama al 911 ahora.",
        [SafetyCheck.SomeoneElsesEmergencyMessage] =
            "Pregunta de seguridad: ¿escribes por otra persona? Si tiene estos problemas ahora, llama al 911 por esa persona ahora.",
        [SafetyCheck.SomeoneElsesUrgentMessage] =
            "Pregunta de seguridad: ¿escribes por otra persona? Si tiene estos problemas ahora, debe ver a un médico hoy.",
    };

    public string EmptyMessage(bool subscribed) =>
        $"{Name}: text HELP for commands or ask a question." + (subscribed ? string.Empty : " " + JoinHint);

    public string Malformed(string hint) => $"{Name}: {hint}";

    /// <summary>
    /// Storage failed while handling a command. It may have failed after the change was saved (while replanning), so
    /// the text does not say "nothing changed"; every command is safe to send again.
    /// </summary>
    public string TryAgainLater => $"{Name}: sorry, we couldn't finish that right now. Please try again in a few minutes.";

    public string Prefixed(string text) => $"{Name}: {text}";

    private static string ZoneNote(Subscriber s) => s.TimeZoneIsGuess
        ? $"Times use {s.TimeZoneId}; text TZ ET, CT, MT or PT to change."
        : $"Times use {s.TimeZoneId}.";

    private static string KindName(ReminderKind kind) => kind == ReminderKind.Ice ? "ice" : "stretch";

    internal static string Clock(TimeOnly t)
    {
        var hour = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var suffix = t.Hour < 12 ? "am" : "pm";
        return t.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{t.Minute:00}{suffix}");
    }

    private static string Clocks(IReadOnlyList<TimeOnly> times) => string.Join(", ", times.Select(Clock));

    private static string ClocksOrOff(IReadOnlyList<TimeOnly> times) => times.Count == 0 ? "off" : string.Join(" ", times.Select(Clock));

    private static string LocalDate(DateTimeOffset at, Subscriber s) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(s.TimeZoneId)).ToString("MMM d", CultureInfo.InvariantCulture);

    private static string DayWord(DateTimeOffset at, DateTimeOffset now, Subscriber s)
    {
        var zone = TimeZones.Find(s.TimeZoneId);
        var days = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime).DayNumber -
                   DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).DayNumber;
        return days switch
        {
            0 => " today",
            1 => " tomorrow",
            _ => " " + TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d", CultureInfo.InvariantCulture),
        };
    }
}
