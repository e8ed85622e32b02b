using System.Text;

namespace PainCoach.RedFlags;

/// <summary>
/// Words spelt the way they sound ("bak", "swolen", "feaver", "diabeetis", "imune"), read as the key word they sound like.
/// People who spell by ear (dyslexia, little schooling, a second language) write most key words in a form no list
/// holds, and a phrase that needs "back" or "fever" never sees them. A word is read by sound only when it is not an
/// English word (<see cref="PainCoach.Language.ModelVocabulary"/>: the sentence model's vocabulary, so "bake" and "book" stay as written) and its
/// sound key is that of exactly one key word of the phrase data ("spelling.bySound").
/// </summary>
internal sealed class SoundSpelling
{
    /// <summary>Shorter words are left alone: two letters sound like too many things.</summary>
    public const int MinLength = 3;

    private readonly Dictionary<string, string?> targetByKey = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> knownWords;

    public SoundSpelling(IEnumerable<string> targets, IReadOnlySet<string> knownWords)
    {
        ArgumentNullException.ThrowIfNull(targets);
        this.knownWords = knownWords;
        foreach (var target in targets)
        {
            var key = Key(target);
            if (key.Length == 0)
            {
                continue;
            }

            // Two key words that sound alike ("breath", "breathe") leave their key unread: no guess between them.
            targetByKey[key] = targetByKey.TryGetValue(key, out var other) && other != target ? null : target;
        }
    }

    /// <summary>The key word <paramref name="word"/> sounds like, or null (a known word, too short, or no single match).</summary>
    public string? KeyWordFor(string word)
    {
        if (word.Length < MinLength || IsEnglish(word))
        {
            return null;
        }

        var key = Key(word);
        return key.Length > 0 && targetByKey.TryGetValue(key, out var target) ? target : null;
    }

    // The vocabulary holds few inflected forms: "pies", "heals" and "pooped" are English when "pie", "heal", "poop" are.
    private static readonly (string Suffix, string Restore)[] Endings =
        [("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("ers", "")];

    // ... but "weting" is not, as a one-syllable word ending in one vowel and a consonant doubles it ("wetting").
    private bool IsEnglish(string word) => knownWords.Contains(word) || Endings.Any(ending =>
        word.Length - ending.Suffix.Length >= MinLength
        && word.EndsWith(ending.Suffix, StringComparison.Ordinal)
        && knownWords.Contains(string.Concat(word.AsSpan(0, word.Length - ending.Suffix.Length), ending.Restore))
        && !(ending.Restore.Length == 0 && IsVowel(ending.Suffix[0]) && DoublesItsLastLetter(word[..^ending.Suffix.Length])));

    private static bool DoublesItsLastLetter(string stem) =>
        stem.Length >= 3
        && !IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y')
        && IsVowel(stem[^2]) && !IsVowel(stem[^3])
        && stem[..^2].All(c => !IsVowel(c));

    /// <summary>
    /// A rough English sound key: silent letters dropped ("kn", "wr", final "mb", "gh", a final "e"), letters that
    /// sound alike merged ("ph" f, "ck" and hard "c" k, soft "c" s, "z" s, "x" ks, "tion" shun, "dge" j), doubled
    /// letters once, the first vowel sound kept by its first letter and every later one as a single "a" (unstressed
    /// vowels are where spellers differ: "diabeetis", "diabetes"). Empty for anything but lower-case letters.
    /// </summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || word.Any(c => c is < 'a' or > 'z'))
        {
            return "";
        }

        var s = word;
        if (s.Length > 2 && (s.StartsWith("kn", StringComparison.Ordinal) || s.StartsWith("wr", StringComparison.Ordinal) || s.StartsWith("gn", StringComparison.Ordinal)))
        {
            s = s[1..];
        }

        if (s.Length > 3 && s.EndsWith("mb", StringComparison.Ordinal))
        {
            s = s[..^1];
        }

        s = s.Replace("tion", "shan", StringComparison.Ordinal).Replace("sion", "shan", StringComparison.Ordinal)
            .Replace("tch", "ch", StringComparison.Ordinal).Replace("dge", "j", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal).Replace("gh", "", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal).Replace("wh", "w", StringComparison.Ordinal)
            .Replace("q", "k", StringComparison.Ordinal).Replace("x", "ks", StringComparison.Ordinal)
            .Replace("z", "s", StringComparison.Ordinal);

        // "ch" stays a sound of its own; any other "c" is soft before e, i, y and hard elsewhere.
        var letters = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == 'c')
            {
                var next = i + 1 < s.Length ? s[i + 1] : '\0';
                letters.Append(next == 'h' ? 'C' : next is 'e' or 'i' or 'y' ? 's' : 'k');
                if (next == 'h')
                {
                    i++;
                }

                continue;
            }

            letters.Append(c);
        }

        // A final silent "e" after a consonant ("hele", "nite"), not in short words ("she").
        if (letters.Length > 3 && letters[^1] == 'e' && !IsVowel(letters[^2]))
        {
            letters.Length--;
        }

        var key = new StringBuilder(letters.Length);
        var vowelGroups = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var vowel = IsVowel(c) && !(c == 'y' && i == 0);
            if (vowel)
            {
                if (i > 0 && IsVowel(letters[i - 1]) && !(letters[i - 1] == 'y' && i - 1 == 0))
                {
                    continue;
                }

                key.Append(vowelGroups++ == 0 ? c : 'a');
                continue;
            }

            if (key.Length > 0 && key[^1] == c)
            {
                continue;
            }

            key.Append(c);
        }

        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
