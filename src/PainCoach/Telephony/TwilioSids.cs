using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace PainCoach.Telephony;

/// <summary>Twilio resource ids: two letters and 32 hex digits (<c>SM…</c>, <c>MM…</c>). Validated before they become row keys.</summary>
public static class TwilioSids
{
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsMessageSid([NotNullWhen(true)] string? sid) =>
        sid is { Length: 34 } && char.IsAsciiLetterUpper(sid[0]) && char.IsAsciiLetterUpper(sid[1]) && !sid.AsSpan(2).ContainsAnyExcept(Hex);
}
