namespace PainCoach.Telephony;

/// <summary>Reads what people type after TZ: IANA ids (any case) or the US abbreviations, always giving an IANA id.</summary>
public static class TimeZones
{
    private static readonly Dictionary<string, string> UsAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = "America/New_York", ["EST"] = "America/New_York", ["EDT"] = "America/New_York", ["EASTERN"] = "America/New_York",
        ["CT"] = "America/Chicago", ["CST"] = "America/Chicago", ["CDT"] = "America/Chicago", ["CENTRAL"] = "America/Chicago",
        ["MT"] = "America/Denver", ["MST"] = "America/Denver", ["MDT"] = "America/Denver", ["MOUNTAIN"] = "America/Denver",
        ["PT"] = "America/Los_Angeles", ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles", ["PACIFIC"] = "America/Los_Angeles",
        ["AKT"] = "America/Anchorage", ["AKST"] = "America/Anchorage", ["AKDT"] = "America/Anchorage", ["ALASKA"] = "America/Anchorage",
        ["HT"] = "Pacific/Honolulu", ["HST"] = "Pacific/Honolulu", ["HAWAII"] = "Pacific/Honolulu",
    };

    // IANA ids are case-sensitive file names on Linux; people type "america/chicago". Built once from the zones this machine has.
    private static readonly Lazy<Dictionary<string, string>> IanaIds = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            var iana = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var converted) ? converted : null;
            if (iana is not null && iana.Contains('/', StringComparison.Ordinal))
            {
                ids.TryAdd(iana, iana);
            }
        }

        return ids;
    });

    /// <summary>The IANA id for <paramref name="input"/>, or null when it names no zone.</summary>
    public static string? Resolve(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return null;
        }

        var text = input.Trim().Replace(' ', '_');
        if (UsAbbreviations.TryGetValue(text, out var abbreviated))
        {
            return abbreviated;
        }

        if (IanaIds.Value.TryGetValue(text, out var canonical))
        {
            return canonical;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(text, out var found) && found.HasIanaId && text.Contains('/', StringComparison.Ordinal)
            ? found.Id
            : null;
    }

    /// <summary>The zone for a stored id; stored ids were resolved before they were saved.</summary>
    public static TimeZoneInfo Find(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);
}
