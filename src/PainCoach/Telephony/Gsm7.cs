namespace PainCoach.Telephony;

/// <summary>
/// The GSM 03.38 default alphabet, the one definition used by SMS replies, reminder templates and the FAQ's short
/// answers. A message of only these characters is sent as GSM-7 (160 septets in one segment); one other character
/// (a curly quote, an em dash, an emoji) turns it into UCS-2 with 70.
/// </summary>
public static class Gsm7
{
    public const int SingleSegmentSeptets = 160;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Each costs two septets (escape + character).
    private const string Extension = "^{}\\[~]|€\f";

    public static bool IsEncodable(string text) => SeptetCount(text) is not null;

    public static bool IsEncodable(char c) => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal);

    public static IEnumerable<char> InvalidCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Where(c => !IsEncodable(c)).Distinct();
    }

    /// <summary>Septets the text needs (extension characters count twice), or null when it holds a character outside GSM-7.</summary>
    public static int? SeptetCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
            {
                count++;
            }
            else if (Extension.Contains(c, StringComparison.Ordinal))
            {
                count += 2;
            }
            else
            {
                return null;
            }
        }

        return count;
    }

    public static bool FitsOneSegment(string text) => SeptetCount(text) is <= SingleSegmentSeptets;
}
