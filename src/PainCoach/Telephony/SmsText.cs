using System.Text;

namespace PainCoach.Telephony;

/// <summary>GSM-7 checks, segment counting and trimming, so replies stay within what we promise (at most 3 segments).</summary>
public static class SmsText
{
    public const int MaxReplySegments = 3;

    public static bool IsGsm7(string text) => Gsm7.IsEncodable(text);

    /// <summary>Septets for GSM-7 (extension characters take two), UTF-16 code units otherwise.</summary>
    public static int Segments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        if (Gsm7.SeptetCount(text) is { } septets)
        {
            return septets <= Gsm7.SingleSegmentSeptets ? 1 : (septets + 152) / 153;
        }

        return text.Length <= 70 ? 1 : (text.Length + 66) / 67;
    }

    /// <summary>Replaces typographic characters (curly quotes, dashes, ellipsis) with GSM-7 ones and drops the rest.</summary>
    public static string ToGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var replacement = c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => "\"",
                '\u2013' or '\u2014' or '\u2212' => "-",
                '\u2026' => "...",
                '\u00A0' or '\u2009' or '\u202F' or '\t' => " ",
                '\u2022' => "-",
                _ => null,
            };
            if (replacement is not null)
            {
                builder.Append(replacement);
            }
            else if (Gsm7.IsEncodable(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Trims at a word boundary, ending with "...", until the text fits <paramref name="maxSegments"/>.</summary>
    public static string Fit(string text, int maxSegments = MaxReplySegments)
    {
        var gsm = ToGsm7(text);
        if (Segments(gsm) <= maxSegments)
        {
            return gsm;
        }

        var limit = maxSegments == 1 ? 160 : 153 * maxSegments;
        var cut = gsm[..Math.Min(gsm.Length, limit - 3)];
        while (Segments(cut + "...") > maxSegments)
        {
            cut = cut[..^1];
        }

        var space = cut.LastIndexOf(' ');
        if (space > cut.Length / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':') + "...";
    }
}
