using System.Text.RegularExpressions;

namespace PainCoach.Faq.Unanswered;

/// <summary>
/// Takes what identifies a person out of a question before it is kept for the clinic: e-mail addresses, phone numbers
/// (7 or more digits with the usual separators, an optional +country code) and any other run of 5 or more digits
/// (member numbers, dates of birth written as digits, ZIP codes).
/// </summary>
public static partial class QuestionRedaction
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Number = "[number]";

    public static string Redact(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = EmailPattern().Replace(question, Email);
        text = PhonePattern().Replace(text, match => CountDigits(match.ValueSpan) >= 7 ? Phone : match.Value);
        return DigitRunPattern().Replace(text, Number);
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Digits with spaces, dots, dashes or brackets between them, e.g. +1 (312) 555-0123, 312.555.0123.
    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{5,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\d{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRunPattern();
}
