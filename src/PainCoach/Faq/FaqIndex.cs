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

    /// <summary>A term that an entry has only in its answer (not in how the question is asked) counts for this share.</summary>
    internal const double AnswerOnlyFactor = 0.5;

    /// <summary>
    /// Two query words next to each other that also stand next to each other in a question or phrasing (in either
    /// order) add this share of a term's weight: "back problems cause heel pain" is not "foot problems cause back pain".
    /// </summary>
    internal const double PairWeight = 0.5;

    /// <summary>A word matched only through a typo correction counts for this share of its weight.</summary>
    internal const double FuzzyMatchFactor = 0.75;

    /// <summary>A query word the index does not know weighs this share of an unseen word's ideal weight in the confidence.</summary>
    internal const double UnknownWordShare = 1.0;

    private const int MaxQueryChars = 512;
    private const int MaxQueryTerms = 64;
    private const int MaxPhraseWords = 4;

    // Plain dictionaries, never written after Build: concurrent reads are safe, and they cost less to create on a
    // cold start than frozen ones (which pay off only over many more lookups than one instance's lifetime sees).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> termIds;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> synonyms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords;
    private readonly Posting[][] postings;
    private readonly Dictionary<long, int> pairIds;
    private readonly double[] idealWeight;
    private readonly FuzzyWord[][] fuzzyWordsByLength;
    private readonly FaqTopic[] entryTopics;
    private readonly double unknownWordWeight;

    private FaqIndex(
        Dictionary<string, int> termIds,
        Dictionary<long, int> pairIds,
        double[] idealWeight,
        double unknownWordWeight,
        Dictionary<string, int[]> synonyms,
        HashSet<string> stopWords,
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
        this.pairIds = pairIds;
        this.idealWeight = idealWeight;
        this.unknownWordWeight = unknownWordWeight;
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
        Span<int> sequence = stackalloc int[MaxQueryTerms];
        var termCount = 0;
        var sequenceLength = 0;
        var unknownWords = 0;
        Span<char> scratch = stackalloc char[MaxPhraseWords * (TextAnalysis.MaxWordLength + 1)];

        for (var i = 0; i < wordCount && sequenceLength < MaxQueryTerms;)
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
                        Append(sequence, ref sequenceLength, id);
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
                Append(sequence, ref sequenceLength, termId);
            }
            else if (FindTypoCorrection(word) is { } correction)
            {
                foreach (var id in correction.TermIds)
                {
                    AddTerm(terms, termFactors, ref termCount, id, FuzzyMatchFactor);
                    Append(sequence, ref sequenceLength, id);
                }
            }
            else if (!IsNumber(word))
            {
                unknownWords++;
                Append(sequence, ref sequenceLength, -1);
            }
        }

        if (termCount == 0)
        {
            return 0;
        }

        // Confidence compares the entry's score with an ideal entry that has every query word in its question.
        Span<double> scores = stackalloc double[entryTopics.Length];
        Span<double> wordScores = stackalloc double[entryTopics.Length];
        wordScores.Clear();
        var ideal = unknownWords * unknownWordWeight;
        for (var t = 0; t < termCount; t++)
        {
            var factor = termFactors[t];
            ideal += idealWeight[terms[t]];
            foreach (var posting in postings[terms[t]])
            {
                wordScores[posting.Entry] += factor * posting.Weight;
            }
        }

        wordScores.CopyTo(scores);
        Span<int> pairsSeen = stackalloc int[MaxQueryTerms];
        var pairCount = 0;
        for (var k = 0; k + 1 < sequenceLength; k++)
        {
            var (a, b) = (sequence[k], sequence[k + 1]);
            if (a < 0 || b < 0 || a == b || !pairIds.TryGetValue(PairKey(a, b), out var pairId) || pairsSeen[..pairCount].Contains(pairId))
            {
                continue;
            }

            pairsSeen[pairCount++] = pairId;
            foreach (var posting in postings[pairId])
            {
                scores[posting.Entry] += posting.Weight;
            }
        }

        return SelectTop(scores, wordScores, ideal, hits, topic);
    }

    internal static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void Append(Span<int> sequence, ref int length, int termId)
    {
        if (length < sequence.Length)
        {
            sequence[length++] = termId;
        }
    }

    private int SelectTop(Span<double> scores, Span<double> wordScores, double ideal, Span<FaqHit> hits, FaqTopic? topic)
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

            hits[position] = new FaqHit(entry, score, Math.Clamp(wordScores[entry] / ideal, 0, 1));
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
    /// The closest known word within one edit (two for words of nine letters or more; none under five letters), by Quickenshtein's
    /// Levenshtein distance. Candidates are narrowed by length, by their first two letters (one must agree) and by
    /// their letter set first, so only a handful of distances are computed.
    /// </summary>
    private FuzzyWord? FindTypoCorrection(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word.Length > TextAnalysis.MaxWordLength)
        {
            return null;
        }

        var maxDistance = word.Length >= 9 ? 2 : 1;
        var mask = TextAnalysis.LetterMask(word);
        FuzzyWord? best = null;
        var bestDistance = int.MaxValue;
        var minLength = Math.Max(0, word.Length - maxDistance);
        var maxLength = Math.Min(fuzzyWordsByLength.Length - 1, word.Length + maxDistance);
        for (var length = minLength; length <= maxLength; length++)
        {
            foreach (var candidate in fuzzyWordsByLength[length])
            {
                // People rarely mistype both of the first two letters; this cheap test skips most candidates.
                if ((candidate.Word[0] != word[0] && candidate.Word[1] != word[1])
                    || System.Numerics.BitOperations.PopCount(candidate.LetterMask ^ mask) > 2 * maxDistance)
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
        private readonly HashSet<string> stopWords = new(Lexicon.StopWords, StringComparer.Ordinal);
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
            var pairsOfEntry = new List<(long Pair, double FieldWeight)>[entries.Count];
            var fieldLengths = new int[entries.Count, Fields];
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                // Question and alternates count a term once: five phrasings that all say "plantar fasciitis" are
                // no stronger a match for it than one. Alternates are normalised by their mean length.
                var question = Analyse(entry.Question);
                counts[e, 0] = question.Distinct().ToDictionary(t => t, _ => 1);
                fieldLengths[e, 0] = question.Count;
                var alternates = entry.Alternates.Select(Analyse).ToList();
                pairsOfEntry[e] = [.. PairsOf(question).Select(p => (p, QuestionWeight)), .. alternates.SelectMany(PairsOf).Select(p => (p, AlternatesWeight))];
                counts[e, 1] = alternates.SelectMany(a => a).Distinct().ToDictionary(t => t, _ => 1);
                fieldLengths[e, 1] = (int)Math.Round(alternates.Average(a => a.Count));
                var answer = Analyse(entry.Answer);
                counts[e, 2] = answer.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
                fieldLengths[e, 2] = answer.Count;
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

                    var weight = Idf(entries.Count, documentFrequency[term]) * Saturate(weightedFrequency);
                    if (!counts[e, 0].ContainsKey(term) && !counts[e, 1].ContainsKey(term))
                    {
                        // Found only in the answer's prose: weak evidence that the entry is what was asked.
                        weight *= AnswerOnlyFactor;
                    }

                    perTerm[term].Add(new Posting(e, weight));
                }
            }

            // Pairs of neighbouring words in questions and phrasings become terms of their own, after the words.
            var unigramCount = termIds.Count;
            var pairIds = new Dictionary<long, int>();
            var pairPostings = new List<List<Posting>>();
            var pairDocumentFrequency = pairsOfEntry.SelectMany(p => p.Select(x => x.Pair).Distinct()).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
            for (var e = 0; e < entries.Count; e++)
            {
                foreach (var group in pairsOfEntry[e].GroupBy(p => p.Pair))
                {
                    if (!pairIds.TryGetValue(group.Key, out var pairId))
                    {
                        pairId = unigramCount + pairIds.Count;
                        pairIds[group.Key] = pairId;
                        pairPostings.Add([]);
                    }

                    var fieldWeight = group.Select(p => p.FieldWeight).Distinct().Sum();
                    pairPostings[pairId - unigramCount].Add(new Posting(e, PairWeight * Idf(entries.Count, pairDocumentFrequency[group.Key]) * Saturate(fieldWeight)));
                }
            }

            var idealWeight = documentFrequency.Select(df => Idf(entries.Count, df) * Saturate(QuestionWeight + AlternatesWeight)).ToArray();
            var unknownWordWeight = UnknownWordShare * Idf(entries.Count, 0) * Saturate(QuestionWeight + AlternatesWeight);

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
                termIds,
                pairIds,
                idealWeight,
                unknownWordWeight,
                synonyms,
                stopWords,
                [.. perTerm.Select(list => list.ToArray()), .. pairPostings.Select(list => list.ToArray())],
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

        private static double Idf(int entryCount, int documentFrequency) =>
            Math.Log(1 + ((entryCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

        private static double Saturate(double weightedFrequency) => weightedFrequency * (K1 + 1) / (K1 + weightedFrequency);

        private static IEnumerable<long> PairsOf(List<int> terms) =>
            terms.Zip(terms.Skip(1)).Where(p => p.First != p.Second).Select(p => PairKey(p.First, p.Second));

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
