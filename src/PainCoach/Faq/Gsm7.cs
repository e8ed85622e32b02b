namespace PainCoach.Faq;

/// <summary>
/// The GSM 03.38 default alphabet: what one SMS segment can carry without switching to UCS-2 (which cuts a
/// segment from 160 to 70 characters). Characters of the extension table take two septets.
/// </summary>
public static class Gsm7
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public static bool IsEncodable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal));
    }

    public static IEnumerable<char> InvalidCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Where(c => !Basic.Contains(c, StringComparison.Ordinal) && !Extension.Contains(c, StringComparison.Ordinal)).Distinct();
    }

    /// <summary>Length in septets: extension characters (such as <c>[</c> or <c>€</c>) count twice.</summary>
    public static int SeptetCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Sum(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1);
    }
}
