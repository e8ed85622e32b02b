namespace PainCoach.Faq;

/// <summary>
/// Splits text into lower-case words and reduces words to stems, in place and without allocating, so the same
/// code serves index build and the query path. Apostrophes join ("don't" → "dont"); any other non-letter, non-digit
/// character separates words.
/// </summary>
internal static class TextAnalysis
{
    public const int MaxWords = 96;
    public const int MaxWordLength = 32;

    /// <summary>Lower-cases the words of <paramref name="text"/> into <paramref name="buffer"/>; returns how many.</summary>
    public static int Split(ReadOnlySpan<char> text, Span<char> buffer, Span<int> starts, Span<int> lengths)
    {
        var count = 0;
        var written = 0;
        var wordStart = -1;
        foreach (var raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                if (wordStart < 0)
                {
                    if (count == starts.Length || written >= buffer.Length)
                    {
                        break;
                    }

                    wordStart = written;
                }

                if (written < buffer.Length && written - wordStart < MaxWordLength)
                {
                    buffer[written++] = char.ToLowerInvariant(raw);
                }
            }
            else if (raw is '\'' or '’' && wordStart >= 0)
            {
                // "don't", "child's": keep the word whole.
            }
            else if (wordStart >= 0)
            {
                starts[count] = wordStart;
                lengths[count++] = written - wordStart;
                wordStart = -1;
            }
        }

        if (wordStart >= 0 && count < starts.Length)
        {
            starts[count] = wordStart;
            lengths[count++] = written - wordStart;
        }

        return count;
    }

    /// <summary>
    /// A light suffix stripper for English (plurals, -ing, -ed, -ly, final e). Both the index and the query go
    /// through it, so it only has to be consistent, not linguistically perfect. Returns the stem's length.
    /// </summary>
    public static int Stem(Span<char> word)
    {
        var length = word.Length;
        if (length <= 3 || !char.IsAsciiLetter(word[length - 1]))
        {
            return length;
        }

        var w = word[..length];
        if (length > 4 && w.EndsWith("ies"))
        {
            w[length - 3] = 'y';
            length -= 2;
        }
        else if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes"))
        {
            length -= 2;
        }
        else if (w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            length -= 1;
        }

        w = word[..length];
        if (length >= 6 && w.EndsWith("ing"))
        {
            length = UndoubleConsonant(word, length - 3);
        }
        else if (length >= 5 && w.EndsWith("ed"))
        {
            length = UndoubleConsonant(word, length - 2);
        }
        else if (length >= 6 && w.EndsWith("ly"))
        {
            length -= 2;
        }

        if (length > 4 && word[length - 1] == 'e')
        {
            length -= 1;
        }

        return length;
    }

    // "running" → "runn" → "run"; keep ll, ss, zz ("pulled" → "pull").
    private static int UndoubleConsonant(Span<char> word, int length)
    {
        if (length >= 3 && word[length - 1] == word[length - 2] && word[length - 1] is not ('l' or 's' or 'z') && !IsVowel(word[length - 1]))
        {
            return length - 1;
        }

        return length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A 26-bit set of the letters in a word: two words within edit distance d differ in at most 2d bits.</summary>
    public static uint LetterMask(ReadOnlySpan<char> word)
    {
        uint mask = 0;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                mask |= 1u << (c - 'a');
            }
        }

        return mask;
    }
}
