using System.Collections.Frozen;
using Quickenshtein;

namespace PainCoach.Faq;

/// <summary>One ranked entry: its position in the knowledge base, its BM25F score and its confidence in 0–1.</summary>
public readonly record struct FaqHit(int EntryIndex, double Score, double Confidence);

/// <summary>
/// A precomputed BM25F index over the knowledge base: for every term, the entries that contain it with their final
/// weight (idf × saturated, length-normalised, field-weighted term frequency). A query only looks terms up and adds
/// weights, so it runs in microseconds without allocating. Built once; immutable afterwards, so any number of
/// threads may search it at once.
/// </summary>
public sealed class FaqIndex
{
    // BM25 constants (Robertson's usual values) and field weights: people ask the way questions are phrased, so
    // question and alternate phrasings count for more than the answer's words.
    internal const double K1 = 1.2;
    internal const double B = 0.75;
    internal const double QuestionWeight = 3.0;
    internal const double AlternatesWeight = 2.0;
    internal const double AnswerWeight = 1.0;

    /// <summary>A word matched only through a typo correction counts for this share of its weight.</summary>
    internal const double FuzzyMatchFactor = 0.75;

    /// <summary>A query word the index does not know weighs this share of the heaviest term in the confidence.</summary>
    internal const double UnknownWordShare = 0.5;

    private const int MaxQueryChars = 512;
    private const int MaxQueryTerms = 64;
    private const int MaxPhraseWords = 3;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> termIds;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> synonyms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords;
    private readonly Posting[][] postings;
    private readonly double[] maxWeight;
    private readonly FuzzyWord[][] fuzzyWordsByLength;
    private readonly FaqTopic[] entryTopics;
    private readonly double unknownWordWeight;

    private FaqIndex(
        FrozenDictionary<string, int> termIds,
        FrozenDictionary<string, int[]> synonyms,
        FrozenSet<string> stopWords,
        Posting[][] postings,
        FuzzyWord[][] fuzzyWordsByLength,
        FaqTopic[] entryTopics)
    {
        this.termIds = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        this.synonyms = synonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        this.stopWords = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        this.postings = postings;
        this.fuzzyWordsByLength = fuzzyWordsByLength;
        this.entryTopics = entryTopics;
        maxWeight = postings.Select(list => list.Length == 0 ? 0 : list.Max(p => p.Weight)).ToArray();
        unknownWordWeight = UnknownWordShare * maxWeight.Max();
        TermCount = termIds.Count;
    }

    public int EntryCount => entryTopics.Length;

    public int TermCount { get; }

    /// <summary>
    /// Ranks entries for <paramref name="query"/> into <paramref name="hits"/> (best first) and returns how many were
    /// written. Entries with no matching term are left out. <paramref name="topic"/> keeps entries of that topic and
    /// those about both.
    /// </summary>
    public int Search(ReadOnlySpan<char> query, Span<FaqHit> hits, FaqTopic? topic = null)
    {
        if (hits.IsEmpty)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[MaxQueryChars];
        Span<int> starts = stackalloc int[TextAnalysis.MaxWords];
        Span<int> lengths = stackalloc int[TextAnalysis.MaxWords];
        var wordCount = TextAnalysis.Split(query, buffer, starts, lengths);

        Span<int> terms = stackalloc int[MaxQueryTerms];
        Span<double> termFactors = stackalloc double[MaxQueryTerms];
        var termCount = 0;
        var unknownWords = 0;
        Span<char> scratch = stackalloc char[MaxPhraseWords * (TextAnalysis.MaxWordLength + 1)];

        for (var i = 0; i < wordCount;)
        {
            // Longest synonym phrase first: "pins and needles", "foot doctor", then single words.
            var matched = 0;
            for (var n = Math.Min(MaxPhraseWords, wordCount - i); n >= 1 && matched == 0; n--)
            {
                var phrase = JoinWords(buffer, starts, lengths, i, n, scratch);
                if (synonyms.TryGetValue(phrase, out var ids))
                {
                    foreach (var id in ids)
                    {
                        AddTerm(terms, termFactors, ref termCount, id, 1.0);
                    }

                    matched = n;
                }
            }

            if (matched > 0)
            {
                i += matched;
                continue;
            }

            var word = buffer.Slice(starts[i], lengths[i]);
            i++;
            if (stopWords.Contains(word))
            {
                continue;
            }

            var stem = scratch[..word.Length];
            word.CopyTo(stem);
            stem = stem[..TextAnalysis.Stem(stem)];
            if (termIds.TryGetValue(stem, out var termId))
            {
                AddTerm(terms, termFactors, ref termCount, termId, 1.0);
            }
            else if (FindTypoCorrection(word) is { } correction)
            {
                foreach (var id in correction.TermIds)
                {
                    AddTerm(terms, termFactors, ref termCount, id, FuzzyMatchFactor);
                }
            }
            else if (!IsNumber(word))
            {
                unknownWords++;
            }
        }

        if (termCount == 0)
        {
            return 0;
        }

        Span<double> scores = stackalloc double[entryTopics.Length];
        scores.Clear();
        var bestPossible = unknownWords * unknownWordWeight;
        for (var t = 0; t < termCount; t++)
        {
            var factor = termFactors[t];
            bestPossible += maxWeight[terms[t]];
            foreach (var posting in postings[terms[t]])
            {
                scores[posting.Entry] += factor * posting.Weight;
            }
        }

        return SelectTop(scores, bestPossible, hits, topic);
    }

    private int SelectTop(Span<double> scores, double bestPossible, Span<FaqHit> hits, FaqTopic? topic)
    {
        var count = 0;
        for (var entry = 0; entry < scores.Length; entry++)
        {
            var score = scores[entry];
            if (score <= 0 || (topic is { } wanted && wanted != FaqTopic.Both && entryTopics[entry] != wanted && entryTopics[entry] != FaqTopic.Both))
            {
                continue;
            }

            if (count == hits.Length && score <= hits[count - 1].Score)
            {
                continue;
            }

            // Insertion into a short sorted list (hits is at most 10 long).
            var position = count < hits.Length ? count++ : count - 1;
            while (position > 0 && hits[position - 1].Score < score)
            {
                hits[position] = hits[position - 1];
                position--;
            }

            hits[position] = new FaqHit(entry, score, Math.Clamp(score / bestPossible, 0, 1));
        }

        return count;
    }

    private static ReadOnlySpan<char> JoinWords(Span<char> buffer, Span<int> starts, Span<int> lengths, int first, int count, Span<char> scratch)
    {
        var written = 0;
        for (var k = 0; k < count; k++)
        {
            if (k > 0)
            {
                scratch[written++] = ' ';
            }

            buffer.Slice(starts[first + k], lengths[first + k]).CopyTo(scratch[written..]);
            written += lengths[first + k];
        }

        return scratch[..written];
    }

    private static void AddTerm(Span<int> terms, Span<double> factors, ref int count, int termId, double factor)
    {
        for (var k = 0; k < count; k++)
        {
            if (terms[k] == termId)
            {
                factors[k] = Math.Max(factors[k], factor);
                return;
            }
        }

        if (count < terms.Length)
        {
            terms[count] = termId;
            factors[count++] = factor;
        }
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The closest known word within one edit (two for words of eight letters or more), by Quickenshtein's
    /// Levenshtein distance. Candidates are narrowed by length and by their letter set first, so only a handful
    /// of distances are computed.
    /// </summary>
    private FuzzyWord? FindTypoCorrection(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > TextAnalysis.MaxWordLength)
        {
            return null;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        var mask = TextAnalysis.LetterMask(word);
        FuzzyWord? best = null;
        var bestDistance = int.MaxValue;
        var minLength = Math.Max(0, word.Length - maxDistance);
        var maxLength = Math.Min(fuzzyWordsByLength.Length - 1, word.Length + maxDistance);
        for (var length = minLength; length <= maxLength; length++)
        {
            foreach (var candidate in fuzzyWordsByLength[length])
            {
                if (System.Numerics.BitOperations.PopCount(candidate.LetterMask ^ mask) > 2 * maxDistance)
                {
                    continue;
                }

                var distance = Levenshtein.GetDistance(word, candidate.Word.AsSpan(), CalculationOptions.Default);
                if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && candidate.Frequency > best!.Frequency)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    /// <summary>Builds the index: tokenise, map synonyms, drop stop words, stem, then weigh every term per entry.</summary>
    public static FaqIndex Build(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var builder = new Builder();
        return builder.Build(knowledgeBase.Entries);
    }

    internal readonly record struct Posting(int Entry, double Weight);

    internal sealed record FuzzyWord(string Word, uint LetterMask, int[] TermIds, int Frequency);

    private sealed class Builder
    {
        private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int[]> synonyms = new(StringComparer.Ordinal);
        private readonly FrozenSet<string> stopWords = Lexicon.StopWords.ToFrozenSet(StringComparer.Ordinal);
        private readonly Dictionary<string, (int[] TermIds, int Frequency)> surfaceWords = new(StringComparer.Ordinal);

        public FaqIndex Build(IReadOnlyList<KnowledgeBaseEntry> entries)
        {
            foreach (var (phrase, canonical) in Lexicon.Synonyms)
            {
                synonyms[Normalise(phrase)] = StemAll(canonical);
            }

            // Term frequencies per field: [entry][field] → term → count; and each field's length.
            const int Fields = 3;
            var fieldWeights = new[] { QuestionWeight, AlternatesWeight, AnswerWeight };
            var counts = new Dictionary<int, int>[entries.Count, Fields];
            var fieldLengths = new int[entries.Count, Fields];
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                string[] texts = [entry.Question, string.Join(" . ", entry.Alternates), entry.Answer];
                for (var f = 0; f < Fields; f++)
                {
                    var terms = Analyse(texts[f]);
                    counts[e, f] = terms.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
                    fieldLengths[e, f] = terms.Count;
                }
            }

            var averageLengths = new double[Fields];
            for (var f = 0; f < Fields; f++)
            {
                double total = 0;
                for (var e = 0; e < entries.Count; e++)
                {
                    total += fieldLengths[e, f];
                }

                averageLengths[f] = Math.Max(1, total / entries.Count);
            }

            var perTerm = Enumerable.Range(0, termIds.Count).Select(_ => new List<Posting>()).ToArray();
            var documentFrequency = new int[termIds.Count];
            for (var e = 0; e < entries.Count; e++)
            {
                var termsOfEntry = new HashSet<int>();
                for (var f = 0; f < Fields; f++)
                {
                    termsOfEntry.UnionWith(counts[e, f].Keys);
                }

                foreach (var term in termsOfEntry)
                {
                    documentFrequency[term]++;
                }
            }

            for (var e = 0; e < entries.Count; e++)
            {
                var termsOfEntry = new HashSet<int>();
                for (var f = 0; f < Fields; f++)
                {
                    termsOfEntry.UnionWith(counts[e, f].Keys);
                }

                foreach (var term in termsOfEntry)
                {
                    double weightedFrequency = 0;
                    for (var f = 0; f < Fields; f++)
                    {
                        if (counts[e, f].TryGetValue(term, out var tf))
                        {
                            weightedFrequency += fieldWeights[f] * tf / (1 - B + (B * fieldLengths[e, f] / averageLengths[f]));
                        }
                    }

                    var df = documentFrequency[term];
                    var idf = Math.Log(1 + ((entries.Count - df + 0.5) / (df + 0.5)));
                    perTerm[term].Add(new Posting(e, idf * weightedFrequency * (K1 + 1) / (K1 + weightedFrequency)));
                }
            }

            foreach (var (phrase, ids) in synonyms.Where(s => !s.Key.Contains(' ', StringComparison.Ordinal)))
            {
                surfaceWords.TryAdd(phrase, (ids, 1));
            }

            var maxLength = surfaceWords.Keys.Max(w => w.Length);
            var byLength = Enumerable.Range(0, maxLength + 1)
                .Select(length => surfaceWords
                    .Where(w => w.Key.Length == length && w.Key.All(char.IsAsciiLetter))
                    .Select(w => new FuzzyWord(w.Key, TextAnalysis.LetterMask(w.Key), w.Value.TermIds, w.Value.Frequency))
                    .ToArray())
                .ToArray();

            return new FaqIndex(
                termIds.ToFrozenDictionary(StringComparer.Ordinal),
                synonyms.ToFrozenDictionary(StringComparer.Ordinal),
                stopWords,
                perTerm.Select(list => list.ToArray()).ToArray(),
                byLength,
                entries.Select(e => e.Topic).ToArray());
        }

        /// <summary>The same pipeline as <see cref="Search"/>, allocating freely (it runs once).</summary>
        private List<int> Analyse(string text)
        {
            var words = Words(text);
            var result = new List<int>();
            for (var i = 0; i < words.Count;)
            {
                var matched = 0;
                for (var n = Math.Min(MaxPhraseWords, words.Count - i); n >= 1 && matched == 0; n--)
                {
                    if (synonyms.TryGetValue(string.Join(' ', words.Skip(i).Take(n)), out var ids))
                    {
                        result.AddRange(ids);
                        matched = n;
                    }
                }

                if (matched > 0)
                {
                    i += matched;
                    continue;
                }

                var word = words[i++];
                if (stopWords.Contains(word))
                {
                    continue;
                }

                var id = TermId(StemOf(word));
                result.Add(id);
                if (word.Length >= 4)
                {
                    surfaceWords[word] = surfaceWords.TryGetValue(word, out var known) ? (known.TermIds, known.Frequency + 1) : ([id], 1);
                }
            }

            return result;
        }

        private int[] StemAll(string canonical) =>
            Words(canonical).Where(w => !stopWords.Contains(w)).Select(w => TermId(StemOf(w))).Distinct().ToArray();

        private int TermId(string stem)
        {
            if (!termIds.TryGetValue(stem, out var id))
            {
                id = termIds.Count;
                termIds[stem] = id;
            }

            return id;
        }

        private static string Normalise(string phrase) => string.Join(' ', Words(phrase));

        private static List<string> Words(string text)
        {
            var buffer = new char[text.Length];
            var starts = new int[text.Length + 1];
            var lengths = new int[text.Length + 1];
            var count = TextAnalysis.Split(text, buffer, starts, lengths);
            return Enumerable.Range(0, count).Select(i => new string(buffer, starts[i], lengths[i])).ToList();
        }

        private static string StemOf(string word)
        {
            var chars = word.ToCharArray();
            return new string(chars, 0, TextAnalysis.Stem(chars));
        }
    }
}
