using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Subscribers;

/// <summary>Subscriber records as JOIN (and PAUSE) leave them, for tests of what reads them.</summary>
internal static class SubscriberRecords
{
    public static Subscriber Joined(
        string key, string e164, BodyArea program, string zone, IReadOnlyList<TimeOnly> ice, IReadOnlyList<TimeOnly> stretch,
        DateTimeOffset joinedAt, DateTimeOffset? pausedUntil = null) => new()
    {
        Key = key,
        Phone = PhoneNumberReader.ReadStored(e164),
        Status = pausedUntil is null ? SubscriberStatus.Active : SubscriberStatus.Paused,
        Program = program,
        TimeZoneId = zone,
        IceTimes = ice,
        StretchTimes = stretch,
        PausedUntil = pausedUntil,
        ScheduleVersion = 1,
        Consent = [new ConsentEvent(joinedAt, "sms-join", string.Empty)],
        CreatedAt = joinedAt,
        UpdatedAt = joinedAt,
    };
}
