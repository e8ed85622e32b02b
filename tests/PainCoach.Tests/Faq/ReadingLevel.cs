using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PainCoach.Tests.Faq;

/// <summary>
/// The Flesch-Kincaid grade of plain English text: 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
/// Syllables are estimated the usual way (vowel groups; "ia" is two, as in "tri-al", except in "-cia-" and "-tia-";
/// minus a silent final e and silent -ed / -es endings), which is close enough to hold answers at or below a grade.
/// </summary>
internal static partial class ReadingLevel
{
    /// <summary>
    /// Medical words counted as 2 syllables. The knowledge base has to name conditions and treatments, and a patient
    /// asking about plantar fasciitis already knows the word; counting its 6 syllables would push writers to avoid the
    /// word people search for. Everything else is counted as it is spelled.
    /// </summary>
    public static FrozenSet<string> MedicalWords { get; } = FrozenSet.ToFrozenSet(
        [
            "plantar", "fascia", "fasciitis", "achilles", "tendinitis", "tendonitis", "tendinopathy",
            "sciatica", "sciatic", "stenosis", "herniated", "arthritis", "bursitis", "bursa", "tarsal", "sever's",
            "physiotherapy", "physiotherapist", "physio", "podiatrist", "podiatry", "orthotic", "orthotics",
            "chiropractor", "chiropractic", "osteopath", "osteopathy", "acupuncture", "prolotherapy", "shockwave",
            "ibuprofen", "paracetamol", "acetaminophen", "naproxen", "nsaid", "nsaids", "steroid", "steroids", "cortisone",
            "dextrose", "diabetes", "clinician", "clinicians",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Fernández-Huerta, the Spanish Flesch: 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words.
    /// 60–70 is "standard" (about grade 7–8), 70+ easier. Spanish syllables are close to vowel groups.
    /// </summary>
    public static double FernandezHuerta(string text)
    {
        var words = Regex.Matches(text, "[A-Za-zÁÉÍÓÚÑÜáéíóúñü]+").Select(m => m.Value).ToList();
        var syllables = words.Sum(w => Math.Max(1, Regex.Count(w.ToLowerInvariant(), "[aeiouáéíóúü]+")));
        var sentences = Math.Max(1, Regex.Count(text, @"[.!?]+(\s|$)"));
        return 206.84 - (0.60 * 100.0 * syllables / words.Count) - (1.02 * 100.0 * sentences / words.Count);
    }

    /// <summary>The grade of <paramref name="text"/>; an empty text is grade 0.</summary>
    public static double Grade(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }

        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / Sentences(text)) + (11.8 * syllables / words.Count) - 15.59;
    }

    /// <summary>Words are runs of letters (with inner apostrophes) or digits; hyphens and slashes separate words.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value)];

    /// <summary>Sentences end with '.', '!' or '?' followed by a space or the end; a text is at least one sentence.</summary>
    public static int Sentences(string text) => Math.Max(1, SentenceEnd().Count(text.Trim()));

    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Replace("\u2019", "'", StringComparison.Ordinal);
        if (MedicalWords.Contains(w))
        {
            return 2;
        }

        w = w.Replace("'", "", StringComparison.Ordinal);
        if (w.All(char.IsAsciiDigit))
        {
            // "20" is twen-ty, "911" nine-one-one: about one syllable a digit.
            return w.Length;
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        var groups = 0;
        var previousWasVowel = false;
        for (var i = 0; i < w.Length; i++)
        {
            var isVowel = IsVowel(w[i]) && !(w[i] == 'y' && i == 0);
            var startsSyllable = !previousWasVowel || (w[i] == 'a' && w[i - 1] == 'i' && i >= 2 && w[i - 2] is not ('c' or 't'));
            if (isVowel && startsSyllable)
            {
                groups++;
            }

            previousWasVowel = isVowel;
        }

        var beforeEnding = w[^3];
        if (w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal) && !(w.EndsWith("le", StringComparison.Ordinal) && !IsVowel(beforeEnding)))
        {
            groups--; // silent e: "take", "shoe"; but "ta-ble", "sim-ple"
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && beforeEnding is not ('t' or 'd'))
        {
            groups--; // "walked", "used"; but "rest-ed", "need-ed"
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && beforeEnding is not ('s' or 'x' or 'z' or 'c' or 'g')
            && !w.EndsWith("ches", StringComparison.Ordinal) && !w.EndsWith("shes", StringComparison.Ordinal))
        {
            groups--; // "makes", "times"; but "box-es", "chang-es", "stretch-es"
        }

        return Math.Max(1, groups);
    }

    private static bool IsVowel(char c) => "aeiouy".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
