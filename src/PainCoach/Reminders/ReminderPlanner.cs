using PainCoach.Subscribers;

namespace PainCoach.Reminders;

/// <summary>
/// One repeating kind of message for one subscriber: "ice slot 1", "check-in", "day-14 follow-up". Id is short,
/// stable and key-safe: <c>ice0</c>..<c>ice3</c>, <c>str0</c>..<c>str3</c>, <c>chk</c>, <c>f14</c>, <c>f21</c>.
/// LocalTime is set for the daily series only (ice, stretching).
/// </summary>
public sealed record ReminderSeries(string Id, ReminderKind Kind, int Slot, TimeOnly? LocalTime)
{
    public bool IsDaily => LocalTime is not null;
}

/// <summary>
/// One occurrence of a series; OccurrenceId is what is claimed exactly once. Ordinal: for daily series the local
/// date's day number (so one occurrence per local day whatever DST does), for check-ins the n-th check-in, for
/// follow-ups 14 or 21.
/// </summary>
public sealed record ReminderOccurrence(string SeriesId, ReminderKind Kind, int Slot, long Ordinal, string OccurrenceId, DateTimeOffset DueAt);

/// <summary>The next reminder a person set a time for, as STATUS and GET show it.</summary>
public sealed record NextReminder(ReminderKind Kind, TimeOnly LocalTime, DateTimeOffset At);

/// <summary>
/// Decides what is due when, as a pure function of the subscriber's state and the options: local wall-clock times in
/// the subscriber's IANA zone, DST, the send window and the daily cap. No I/O, so every rule is unit-tested.
/// </summary>
public sealed class ReminderPlanner(ReminderOptions options)
{
    /// <summary>The pain check-in series: every active subscriber has one, every 3 days.</summary>
    public const string CheckInSeriesId = "chk";

    private const int MaxIceTimes = 4;
    private const int MaxStretchTimes = 4;
    private const int CheckInEveryDays = 3;
    private const int SearchLimit = 800;

    /// <summary>The subscriber's streams, in daily-cap priority order within each group (ice before stretching).</summary>
    public static IReadOnlyList<ReminderSeries> SeriesOf(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);

        // The subscriber record holds the times (program defaults are written at JOIN); empty means TIME … OFF.
        var ice = subscriber.IceTimes;
        var stretch = subscriber.StretchTimes;
        var streams = new List<ReminderSeries>();
        streams.AddRange(ice.Distinct().Order().Take(MaxIceTimes).Select((t, i) => new ReminderSeries($"ice{i}", ReminderKind.Ice, i, t)));
        streams.AddRange(stretch.Distinct().Order().Take(MaxStretchTimes).Select((t, i) => new ReminderSeries($"str{i}", ReminderKind.Stretch, i, t)));
        streams.Add(new ReminderSeries(CheckInSeriesId, ReminderKind.CheckIn, 0, null));
        streams.Add(new ReminderSeries("f14", ReminderKind.FollowUpDay14, 0, null));
        streams.Add(new ReminderSeries("f21", ReminderKind.FollowUpDay21, 0, null));
        return streams;
    }

    /// <summary>
    /// The next ice or stretch reminder after <paramref name="now"/> (or after a pause) for STATUS and GET: the same
    /// instants the engine will use (DST, send window, daily cap), named by the time the person set. Null when the
    /// person has no plan or no ice or stretch times.
    /// </summary>
    public NextReminder? NextSetReminder(Subscriber subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (!subscriber.HasReminderPlan(now))
        {
            return null;
        }

        return SeriesOf(subscriber)
            .Where(s => s.IsDaily)
            .Select(s => (Series: s, Next: Next(subscriber, s.Id, now.AddTicks(1))))
            .Where(x => x.Next is not null)
            .OrderBy(x => x.Next!.DueAt)
            .Select(x => new NextReminder(x.Series.Kind, x.Series.LocalTime!.Value, x.Next!.DueAt))
            .FirstOrDefault();
    }

    /// <summary>True for an id this planner makes (<c>ice0-20260115</c>, <c>chk-0007</c>, <c>f14</c>): short and key-safe.</summary>
    public static bool IsOccurrenceId(string? id) =>
        id is { Length: > 0 and <= 32 } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && KindOfOccurrence(id) is not null;

    /// <summary>
    /// The kind of an occurrence from its id (<c>{seriesId}-…</c> or the series id itself), as <see cref="SeriesOf"/>
    /// names series; null for an id no series of this planner makes.
    /// </summary>
    public static ReminderKind? KindOfOccurrence(string occurrenceId)
    {
        ArgumentNullException.ThrowIfNull(occurrenceId);
        var dash = occurrenceId.IndexOf('-', StringComparison.Ordinal);
        var seriesId = dash < 0 ? occurrenceId : occurrenceId[..dash];
        return seriesId switch
        {
            CheckInSeriesId => ReminderKind.CheckIn,
            "f14" => ReminderKind.FollowUpDay14,
            "f21" => ReminderKind.FollowUpDay21,
            ['i', 'c', 'e', >= '0' and <= '9'] => ReminderKind.Ice,
            ['s', 't', 'r', >= '0' and <= '9'] => ReminderKind.Stretch,
            _ => null,
        };
    }

    /// <summary>The next occurrence of every stream at or after <paramref name="notBefore"/>.</summary>
    public IReadOnlyList<ReminderOccurrence> Plan(Subscriber subscriber, DateTimeOffset notBefore) =>
        [.. SeriesOf(subscriber).Select(s => Next(subscriber, s.Id, notBefore)).OfType<ReminderOccurrence>()];

    /// <summary>
    /// The first occurrence of the stream due at or after <paramref name="notBefore"/> (and after any pause), with an
    /// ordinal of at least <paramref name="minOrdinal"/>; null when the stream has no more (a follow-up that is past).
    /// </summary>
    public ReminderOccurrence? Next(Subscriber subscriber, string seriesId, DateTimeOffset notBefore, long minOrdinal = long.MinValue)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var streams = SeriesOf(subscriber);
        var stream = streams.FirstOrDefault(s => s.Id == seriesId);
        if (stream is null || !TimeZoneInfo.TryFindSystemTimeZoneById(subscriber.TimeZoneId, out var zone))
        {
            return null;
        }

        // A daily slot ranked at or past the cap is over it on every day: no need to search 800 days to find that.
        var dailyRank = DailyRank(streams, stream);
        if (stream.IsDaily && dailyRank >= options.DailyCap)
        {
            return null;
        }

        if (subscriber.PausedUntil is { } pausedUntil && pausedUntil > notBefore)
        {
            notBefore = pausedUntil;
        }

        long first = stream.Kind switch
        {
            ReminderKind.FollowUpDay14 => 14,
            ReminderKind.FollowUpDay21 => 21,
            ReminderKind.CheckIn => Math.Max(1, (long)Math.Floor((notBefore - subscriber.ActiveSince).TotalDays / CheckInEveryDays) - 1),
            _ => LocalDate(notBefore, zone).DayNumber - 1L,
        };
        var ordinal = Math.Max(first, minOrdinal);
        var last = stream.Kind is ReminderKind.FollowUpDay14 or ReminderKind.FollowUpDay21 ? ordinal : ordinal + SearchLimit;
        for (; ordinal <= last; ordinal++)
        {
            var occurrence = Occurrence(subscriber, stream, dailyRank, ordinal, zone);
            if (occurrence is not null && occurrence.DueAt >= notBefore)
            {
                return occurrence;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the subscriber's current state still plans exactly this occurrence at this instant. A due entry
    /// written before a TIME, TZ or program change fails this and is not sent.
    /// </summary>
    public bool IsCurrent(Subscriber subscriber, string seriesId, long ordinal, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var streams = SeriesOf(subscriber);
        var stream = streams.FirstOrDefault(s => s.Id == seriesId);
        return stream is not null
            && TimeZoneInfo.TryFindSystemTimeZoneById(subscriber.TimeZoneId, out var zone)
            && Occurrence(subscriber, stream, DailyRank(streams, stream), ordinal, zone)?.DueAt == dueAt;
    }

    /// <summary>True when <paramref name="instant"/> is inside the send window in the subscriber's zone.</summary>
    public bool InSendWindow(DateTimeOffset instant, string timeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return false;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return local >= options.SendWindowStart && local < options.SendWindowEnd;
    }

    /// <summary>
    /// The wall-clock time on that local date as an instant. A time DST skips becomes the first valid instant after
    /// the gap; a time DST repeats is its first (earlier) instant, so it happens once.
    /// </summary>
    public static DateTimeOffset ResolveLocal(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 2 * 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    // dailyRank: the stream's place among the daily streams (DailyRank); the cap fills in this order.
    private ReminderOccurrence? Occurrence(Subscriber subscriber, ReminderSeries stream, int dailyRank, long ordinal, TimeZoneInfo zone)
    {
        switch (stream.Kind)
        {
            case ReminderKind.Ice or ReminderKind.Stretch:
                if (ordinal < DateOnly.MinValue.DayNumber || ordinal > DateOnly.MaxValue.DayNumber - 1)
                {
                    return null;
                }

                var date = DateOnly.FromDayNumber((int)ordinal);
                if (IsOverDailyCap(subscriber, dailyRank, date, zone))
                {
                    return null;
                }

                var due = ResolveLocal(date, ClampIntoWindow(stream.LocalTime!.Value), zone);
                return new ReminderOccurrence(stream.Id, stream.Kind, stream.Slot, ordinal, $"{stream.Id}-{date:yyyyMMdd}", due);
            case ReminderKind.CheckIn:
                return ordinal < 1 ? null : new ReminderOccurrence(stream.Id, stream.Kind, 0, ordinal, $"chk-{ordinal:D4}",
                    IntoWindow(subscriber.ActiveSince.AddDays(CheckInEveryDays * ordinal), zone));
            default:
                return new ReminderOccurrence(stream.Id, stream.Kind, 0, ordinal, stream.Id,
                    IntoWindow(subscriber.ActiveSince.AddDays(ordinal), zone));
        }
    }

    /// <summary>
    /// The cap is decided per local date from the plan itself, so no read is needed at send time: check-ins and
    /// follow-ups always go; ice then stretching slots fill what is left. Occurrence ids are per slot and date, so
    /// a TIME change during the day cannot send a slot twice.
    /// </summary>
    private bool IsOverDailyCap(Subscriber subscriber, int dailyRank, DateOnly date, TimeZoneInfo zone) =>
        dailyRank >= options.DailyCap - InstantOccurrencesOn(subscriber, date, zone);

    /// <summary>The stream's place among the daily streams, in <see cref="SeriesOf"/> order (ice before stretching); -1 when not daily.</summary>
    private static int DailyRank(IReadOnlyList<ReminderSeries> streams, ReminderSeries stream) =>
        streams.Where(s => s.IsDaily).ToList().FindIndex(s => s.Id == stream.Id);

    private int InstantOccurrencesOn(Subscriber subscriber, DateOnly date, TimeZoneInfo zone)
    {
        var count = 0;
        foreach (var days in new[] { 14, 21 })
        {
            if (LocalDate(IntoWindow(subscriber.ActiveSince.AddDays(days), zone), zone) == date)
            {
                count++;
            }
        }

        var daysIn = date.DayNumber - LocalDate(subscriber.ActiveSince, zone).DayNumber;
        for (var n = Math.Max(1, (daysIn / CheckInEveryDays) - 1); n <= (daysIn / CheckInEveryDays) + 1; n++)
        {
            if (LocalDate(IntoWindow(subscriber.ActiveSince.AddDays(CheckInEveryDays * n), zone), zone) == date)
            {
                count++;
            }
        }

        return count;
    }

    private TimeOnly ClampIntoWindow(TimeOnly time) =>
        time < options.SendWindowStart ? options.SendWindowStart
        : time >= options.SendWindowEnd ? options.SendWindowEnd.AddMinutes(-1)
        : time;

    /// <summary>Follow-ups and check-ins fall where the start date puts them; in quiet hours they move to the next allowed time.</summary>
    private DateTimeOffset IntoWindow(DateTimeOffset nominal, TimeZoneInfo zone)
    {
        var minute = new DateTimeOffset(nominal.UtcTicks - (nominal.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var local = TimeZoneInfo.ConvertTime(minute, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var date = DateOnly.FromDateTime(local.DateTime);
        return time >= options.SendWindowStart && time < options.SendWindowEnd ? minute
            : time < options.SendWindowStart ? ResolveLocal(date, options.SendWindowStart, zone)
            : ResolveLocal(date.AddDays(1), options.SendWindowStart, zone);
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
