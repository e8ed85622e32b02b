using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using PainCoach.Telephony;

namespace PainCoach.Subscribers;

/// <summary>Maps <see cref="Subscriber"/> to the <c>profile</c> row. Lists are JSON or comma-separated text columns.</summary>
internal static class SubscriberEntityMapper
{
    public const string ProfileRowKey = "profile";
    public const string OptInRequestInFlightUntilColumn = "OptInRequestInFlightUntil";
    private const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(Subscriber s) => new(s.Key, ProfileRowKey)
    {
        ["SchemaVersion"] = SchemaVersion,
        ["PhoneE164"] = s.Phone.Value,
        ["Status"] = s.Status.ToString(),
        ["Program"] = s.Program.ToString(),
        ["TimeZoneId"] = s.TimeZoneId,
        ["TimeZoneIsGuess"] = s.TimeZoneIsGuess,
        ["IceTimes"] = FormatTimes(s.IceTimes),
        ["StretchTimes"] = FormatTimes(s.StretchTimes),
        ["PausedUntil"] = s.PausedUntil,
        ["ScheduleVersion"] = s.ScheduleVersion,
        ["ConsentJson"] = JsonSerializer.Serialize(s.Consent, Json),
        ["PainLogJson"] = JsonSerializer.Serialize(s.PainLog, Json),
        ["DoneLogJson"] = JsonSerializer.Serialize(s.DoneLog, Json),
        ["LastInboundAt"] = s.LastInboundAt,
        ["UndeliverableReason"] = s.UndeliverableReason,
        [OptInRequestInFlightUntilColumn] = s.OptInRequestInFlightUntil,
        ["CreatedAt"] = s.CreatedAt,
        ["UpdatedAt"] = s.UpdatedAt,
    };

    public static Subscriber FromEntity(TableEntity e) => new()
    {
        Key = e.PartitionKey,
        Phone = PhoneNumberReader.ReadStored(e.GetString("PhoneE164") ?? string.Empty),
        Status = Enum.TryParse<SubscriberStatus>(e.GetString("Status"), out var status) ? status : SubscriberStatus.Stopped,
        Program = Enum.TryParse<BodyArea>(e.GetString("Program"), out var program) ? program : BodyArea.Both,
        TimeZoneId = e.GetString("TimeZoneId") ?? "Etc/UTC",
        TimeZoneIsGuess = e.GetBoolean("TimeZoneIsGuess") ?? true,
        IceTimes = ParseTimes(e.GetString("IceTimes")),
        StretchTimes = ParseTimes(e.GetString("StretchTimes")),
        PausedUntil = e.GetDateTimeOffset("PausedUntil"),
        ScheduleVersion = e.GetInt64("ScheduleVersion") ?? 0,
        Consent = Deserialize<ConsentEvent>(e.GetString("ConsentJson")),
        PainLog = Deserialize<PainEntry>(e.GetString("PainLogJson")),
        DoneLog = Deserialize<DoneEntry>(e.GetString("DoneLogJson")),
        LastInboundAt = e.GetDateTimeOffset("LastInboundAt"),
        UndeliverableReason = e.GetString("UndeliverableReason"),
        OptInRequestInFlightUntil = e.GetDateTimeOffset(OptInRequestInFlightUntilColumn),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
    };

    /// <summary>"08:00,13:30": readable in Storage Explorer and cheap for the reminder engine to parse.</summary>
    public static string FormatTimes(IReadOnlyList<TimeOnly> times) =>
        string.Join(',', times.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)));

    public static IReadOnlyList<TimeOnly> ParseTimes(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : (TimeOnly?)null)
                .OfType<TimeOnly>()
                .ToList();

    private static List<T> Deserialize<T>(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
