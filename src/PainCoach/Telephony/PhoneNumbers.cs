using System.Text;
using PhoneNumbers;

namespace PainCoach.Telephony;

/// <summary>A phone number that libphonenumber accepted, in E.164 (<c>+13125550123</c>).</summary>
public sealed record E164Number
{
    internal E164Number(string value, PhoneNumber parsed)
    {
        Value = value;
        Parsed = parsed;
    }

    public string Value { get; }

    internal PhoneNumber Parsed { get; }

    /// <summary>What logs and API answers show: country code, stars, last four digits (<c>+1******0123</c>).</summary>
    public string Masked => PhoneMask.Mask(Value, Parsed.CountryCode);

    public override string ToString() => Masked;
}

/// <summary>Parsing, validation and time-zone inference with libphonenumber; nothing hand-written about numbering plans.</summary>
public static class PhoneNumberReader
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Reads international (<c>+44...</c>) or national (read in <paramref name="defaultRegion"/>) forms; null when not a valid number.</summary>
    public static E164Number? TryRead(string? input, string defaultRegion)
    {
        // Only what people write in a phone number: "whatsapp:+1...", letters or extensions are not SMS numbers.
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40 || !input.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.'))
        {
            return null;
        }

        try
        {
            var parsed = Util.Parse(input.Trim(), defaultRegion);
            if (!Util.IsValidNumber(parsed))
            {
                return null;
            }

            return new E164Number(Util.Format(parsed, PhoneNumberFormat.E164), parsed);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>How people read the number: national form in <paramref name="homeRegion"/> (<c>(312) 555-0100</c>), international elsewhere.</summary>
    public static string FormatForReading(E164Number number, string homeRegion)
    {
        ArgumentNullException.ThrowIfNull(number);
        return Util.Format(number.Parsed, Util.GetRegionCodeForNumber(number.Parsed) == homeRegion ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /// <summary>The IANA zone when the number maps to exactly one zone this machine knows; otherwise null.</summary>
    public static string? InferTimeZone(E164Number number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var zones = PhoneNumberToTimeZonesMapper.GetInstance().GetTimeZonesForNumber(number.Parsed);
        if (zones.Count != 1 || zones[0] == "Etc/Unknown")
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(zones[0], out _) ? zones[0] : null;
    }

    /// <summary>
    /// A number read back from storage, where only numbers <see cref="TryRead"/> accepted were written. It is not
    /// validated again: a later libphonenumber release must not make a stored subscriber unreachable or unerasable.
    /// </summary>
    public static E164Number ReadStored(string e164)
    {
        ArgumentException.ThrowIfNullOrEmpty(e164);
        return new E164Number(e164, Util.Parse(e164, "ZZ"));
    }

    public static bool IsKnownRegion(string region) => Util.GetSupportedRegions().Contains(region);
}

/// <summary>Masks numbers for logs and answers. Works on any string so that a bad input can be logged safely too.</summary>
public static class PhoneMask
{
    public static string Mask(string? number, int? countryCode = null)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "(none)";
        }

        var digits = new StringBuilder();
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        if (digits.Length < 6)
        {
            return new string('*', Math.Max(3, digits.Length));
        }

        var prefix = countryCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? digits.ToString(0, 1);
        if (!digits.ToString().StartsWith(prefix, StringComparison.Ordinal) || prefix.Length + 4 >= digits.Length)
        {
            prefix = string.Empty;
        }

        var hidden = digits.Length - prefix.Length - 4;
        return "+" + prefix + new string('*', hidden) + digits.ToString(digits.Length - 4, 4);
    }
}
