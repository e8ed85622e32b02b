namespace PainCoach.Faq;

/// <summary>
/// A fixed set of words, looked up by a span of characters without allocating; answers the word's position in the
/// list it was built from. Open addressing over a power-of-two table with an ordinal FNV-1a hash. Plain arrays and
/// no generic instantiations over spans: the framework's span lookups are JIT-compiled on every cold start, this is
/// precompiled with the rest of the assembly. Immutable after construction, so safe to read from many threads.
/// </summary>
internal sealed class WordTable
{
    private readonly string[] words;
    private readonly int[] slots;
    private readonly int mask;

    public WordTable(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = new string[words.Count];
        var size = 4;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        slots = new int[size];
        slots.AsSpan().Fill(-1);
        mask = size - 1;
        for (var i = 0; i < words.Count; i++)
        {
            this.words[i] = words[i];
            var slot = Hash(words[i]) & mask;
            while (slots[slot] >= 0)
            {
                if (string.Equals(this.words[slots[slot]], words[i], StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The word '{words[i]}' is listed twice.", nameof(words));
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = i;
        }
    }

    public int Count => words.Length;

    /// <summary>The position of <paramref name="word"/> in the list the table was built from, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        var slot = Hash(word) & mask;
        while (slots[slot] is var index and >= 0)
        {
            if (word.Equals(words[index], StringComparison.Ordinal))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
