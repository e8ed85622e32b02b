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

    /// <summary>True when <paramref name="word"/> is an English word or an inflection of one (the test the sound reading uses).</summary>
    public bool IsWord(string word) => IsEnglish(word);

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
        if (word.Length == 0 || word.AsSpan().ContainsAnyExceptInRange('a', 'z'))
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

        s = SpokenEndings(s);
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

        // A silent "e" before a plural "s" after one vowel and one consonant ("heles", "nites", "minutes"), in a word of
        // one vowel sound or after a long "a", "i", "o" or "u"; not where the "es" is a syllable of its own ("boxes",
        // "buses", "pages", "achilles") or may be ("diabetes", "diabeetis").
        if (letters.Length > 4 && letters[^1] == 's' && letters[^2] == 'e' && letters[^3] is not ('s' or 'C' or 'j' or 'g' or 'h' or 'w' or 'y')
            && !IsVowel(letters[^3]) && IsVowel(letters[^4])
            && (letters[^4] is 'a' or 'i' or 'o' or 'u' && !IsVowel(letters[^5]) || OneVowelSound(letters.ToString(0, letters.Length - 3))))
        {
            letters.Remove(letters.Length - 2, 1);
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

    // Endings that are written one way and said another, in the spelling of both the key word and the word read:
    // a syllabic "le" is said "el" ("ankle", "ankel"; "needles", "needels"; "brittle", "brittel"), an "-ed" after a
    // voiceless sound is said "t" ("slipped", "slipt"; "popped", "popt"), "sure" and "ssur" are said "shur" ("pressure",
    // "presher", "presure"), and an "l" before "f", "v", "k" or "m" after an "a" is silent, as an "r" is there in most
    // of England ("calves", "carves"; "calf", "carf").
    private static string SpokenEndings(string s)
    {
        if (s.Length >= 5)
        {
            var end = s.EndsWith("les", StringComparison.Ordinal) || s.EndsWith("led", StringComparison.Ordinal) ? 3 : s.EndsWith("le", StringComparison.Ordinal) ? 2 : 0;
            if (end > 0 && s[^(end + 1)] is 'b' or 'c' or 'd' or 'f' or 'g' or 'k' or 'p' or 't' or 'z')
            {
                s = string.Concat(s.AsSpan(0, s.Length - end), "el", end == 3 ? s[^1..] : "");
            }

            if (s.EndsWith("ed", StringComparison.Ordinal)
                && (s[^3] is 'p' or 'k' or 'f' or 'x' || (s[^3] == 's' && !IsVowel(s[^4])) || (s[^3] == 'h' && s[^4] is 's' or 'c')))
            {
                s = string.Concat(s.AsSpan(0, s.Length - 2), "t");
            }
        }

        s = s.Replace("ssur", "shur", StringComparison.Ordinal).Replace("sure", "shure", StringComparison.Ordinal);
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] == 'l' && s[i - 1] == 'a' && s[i + 1] is 'f' or 'v' or 'k' or 'm')
            {
                s = string.Concat(s.AsSpan(0, i), "r", s.AsSpan(i + 1));
            }
        }

        return s;
    }

    private static bool OneVowelSound(string stem)
    {
        var groups = 0;
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i]) && (i == 0 || !IsVowel(stem[i - 1])))
            {
                groups++;
            }
        }

        return groups == 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
