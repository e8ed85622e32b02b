namespace PainCoach.Reminders;

/// <summary>
/// The GSM 03.38 default alphabet. A message of only these characters is sent as GSM-7, where one segment holds
/// 160 septets; a single other character (a curly quote, an em dash, an emoji) turns it into UCS-2 with 70.
/// </summary>
public static class Gsm7
{
    public const int SingleSegmentSeptets = 160;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Each costs two septets (escape + character).
    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>Septets the text needs, or null when it holds a character outside GSM-7.</summary>
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
