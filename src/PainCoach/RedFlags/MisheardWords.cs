using System.Text.Json;

namespace PainCoach.RedFlags;

/// <summary>
/// Real words a phone's speech-to-text put in place of a key word ("my heal" for heel, "any wait on it" for weight, "my
/// leg is so week" for weak), read as the key word only where a neighbour says which word was meant. The sound reading
/// (<see cref="SoundSpelling"/>) leaves English words alone, and these are English words, so each entry of the phrase
/// data's "spelling.heard" names the word, what it stands for, and the context that decides: the word just before it
/// ("after"), the word just after it ("before"), or a word within <see cref="Window"/> words either side ("near"); a word
/// just after it in "notBefore", or just before it in "notAfter", leaves it as it is ("a week off", "every week").
/// </summary>
internal sealed class MisheardWords
{
    /// <summary>How many words either side a "near" word may be.</summary>
    public const int Window = 4;

    private readonly Dictionary<string, Entry> entries;

    private MisheardWords(Dictionary<string, Entry> entries) => this.entries = entries;

    /// <summary>The entries of "spelling.heard", each with its examples both ways (read by the tests).</summary>
    public IReadOnlyCollection<Entry> Entries => entries.Values;

    public static MisheardWords FromJson(JsonElement heard)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var item in heard.GetProperty("words").EnumerateArray())
        {
            var entry = new Entry(
                item.GetProperty("heard").GetString()!,
                item.GetProperty("means").GetString()!,
                Set(item, "after"),
                Set(item, "before"),
                Set(item, "near"),
                Set(item, "notAfter"),
                Set(item, "notBefore"),
                item.TryGetProperty("anywhere", out var anywhere) && anywhere.GetBoolean(),
                Examples(item, "read"),
                Examples(item, "left"));
            if (!entries.TryAdd(entry.Heard, entry))
            {
                throw new InvalidDataException($"spelling.heard lists '{entry.Heard}' twice");
            }

            if (!entry.Anywhere && entry.After.Count + entry.Before.Count + entry.Near.Count == 0)
            {
                throw new InvalidDataException($"spelling.heard '{entry.Heard}' has no context and is not marked 'anywhere'");
            }
        }

        return new MisheardWords(entries);
    }

    /// <summary>
    /// Rewrites, in place, each listed word whose context says it was misheard; the context is read from the words as
    /// given (already spelt out and corrected), never from a word this pass changed. True when any word changed.
    /// </summary>
    public bool Rewrite(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string[]? heardAs = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!entries.TryGetValue(words[i], out var entry) || !entry.Meant(words, i))
            {
                continue;
            }

            heardAs ??= (string[])words.Clone();
            heardAs[i] = entry.Means;
        }

        if (heardAs is null)
        {
            return false;
        }

        heardAs.CopyTo(words, 0);
        return true;
    }

    private static HashSet<string> Set(JsonElement item, string name) =>
        item.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];

    private static string[] Examples(JsonElement item, string way) =>
        item.TryGetProperty("examples", out var examples) && examples.TryGetProperty(way, out var list)
            ? list.EnumerateArray().Select(w => w.GetString()!).ToArray()
            : [];

    internal sealed record Entry(
        string Heard,
        string Means,
        IReadOnlySet<string> After,
        IReadOnlySet<string> Before,
        IReadOnlySet<string> Near,
        IReadOnlySet<string> NotAfter,
        IReadOnlySet<string> NotBefore,
        bool Anywhere,
        IReadOnlyList<string> Read,
        IReadOnlyList<string> Left)
    {
        public bool Meant(string[] words, int i)
        {
            var previous = i > 0 ? words[i - 1] : null;
            var next = i + 1 < words.Length ? words[i + 1] : null;
            if ((next is not null && (NotBefore.Contains(next) || IsNumber(next) && NotBefore.Contains("#")))
                || (previous is not null && NotAfter.Contains(previous)))
            {
                return false;
            }

            if (Anywhere || (previous is not null && After.Contains(previous)) || (next is not null && Before.Contains(next)))
            {
                return true;
            }

            for (var j = Math.Max(0, i - Window); j <= Math.Min(words.Length - 1, i + Window); j++)
            {
                if (j != i && Near.Contains(words[j]))
                {
                    return true;
                }
            }

            return false;
        }

        // "#" in notBefore stands for any number written in digits ("week 3").
        private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);
    }
}
