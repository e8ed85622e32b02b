using PainCoach.Sms;

namespace PainCoach.Subscriptions;

public sealed record NextReminder(ReminderKind Kind, TimeOnly LocalTime, DateTimeOffset At);

/// <summary>
/// The next reminder time for STATUS and GET: the earliest ice or stretch time after now (or after a pause) in the
/// subscriber's zone. A preview only; the reminder engine owns the real schedule, quiet hours and the daily cap.
/// </summary>
public static class ReminderPreview
{
    public static NextReminder? Next(Subscriber s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var status = s.EffectiveStatus(now);
        if (status is SubscriberStatus.Stopped or SubscriberStatus.Pending || s.UndeliverableReason is not null)
        {
            return null;
        }

        var from = status == SubscriberStatus.Paused && s.PausedUntil is { } until ? until : now;
        var zone = TimeZones.Find(s.TimeZoneId);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var times = s.IceTimes.Select(t => (Kind: ReminderKind.Ice, Time: t))
            .Concat(s.StretchTimes.Select(t => (Kind: ReminderKind.Stretch, Time: t)))
            .OrderBy(x => x.Time)
            .ToList();
        for (var day = 0; day < 3 && times.Count > 0; day++)
        {
            foreach (var (kind, time) in times)
            {
                var local = localDay.AddDays(day).ToDateTime(time);
                // A local time skipped by DST goes out at the first valid instant after it.
                while (zone.IsInvalidTime(local))
                {
                    local = local.AddMinutes(30);
                }

                var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
                if (at > from)
                {
                    return new NextReminder(kind, time, at);
                }
            }
        }

        return null;
    }
}
