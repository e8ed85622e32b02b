using Quickenshtein;

namespace PainCoach.Faq;

/// <summary>One ranked entry: its position in the knowledge base, its BM25F score and its confidence in 0–1.</summary>
public readonly record struct FaqHit(int EntryIndex, double Score, double Confidence);

/// <summary>The best hits so far, best first, in a short span (at most 10): insertion into a sorted list.</summary>
internal static class TopHits
{
    /// <summary>Places <paramref name="hit"/> among the first <paramref name="count"/> hits, or drops it when the span is full of better ones.</summary>
    public static void Offer(Span<FaqHit> hits, ref int count, FaqHit hit)
    {
        if (count == hits.Length && hit.Score <= hits[count - 1].Score)
        {
            return;
        }

        var position = count < hits.Length ? count++ : count - 1;
        while (position > 0 && hits[position - 1].Score < hit.Score)
        {
            hits[position] = hits[position - 1];
            position--;
        }

        hits[position] = hit;
    }
}

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
    internal const int MaxPhraseWords = 4;

    // Plain arrays and word tables, never written after Build: concurrent reads are safe, and nothing here is a
    // framework generic over a value type, which would be JIT-compiled on every cold start (docs/faq.md).
    private readonly WordTable vocabulary;
    private readonly WordTable synonymPhrases;
    private readonly int[][] synonymTerms;
    private readonly WordTable stopWords;
    private readonly Posting[][] postings;
    private readonly PairTable pairs;
    private readonly double[] idealWeight;
    private readonly FuzzyWord[][] fuzzyWordsByLength;
    private readonly BodyArea[] entryTopics;
    private readonly double unknownWordWeight;

    internal FaqIndex(
        WordTable vocabulary,
        WordTable synonymPhrases,
        int[][] synonymTerms,
        WordTable stopWords,
        Posting[][] postings,
        PairTable pairs,
        double[] idealWeight,
        double unknownWordWeight,
        FuzzyWord[][] fuzzyWordsByLength,
        BodyArea[] entryTopics)
    {
        this.vocabulary = vocabulary;
        this.synonymPhrases = synonymPhrases;
        this.synonymTerms = synonymTerms;
        this.stopWords = stopWords;
        this.postings = postings;
        this.pairs = pairs;
        this.idealWeight = idealWeight;
        this.unknownWordWeight = unknownWordWeight;
        this.fuzzyWordsByLength = fuzzyWordsByLength;
        this.entryTopics = entryTopics;
    }

    /// <summary>
    /// Ranks entries for <paramref name="query"/> into <paramref name="hits"/> (best first) and returns how many were
    /// written. Entries with no matching term are left out. <paramref name="topic"/> keeps entries of that topic and
    /// those about both.
    /// </summary>
    public int Search(ReadOnlySpan<char> query, Span<FaqHit> hits, BodyArea? topic = null)
    {
        if (hits.IsEmpty)
        {
            return 0;
        }

        Span<double> scores = stackalloc double[entryTopics.Length];
        Span<double> confidences = stackalloc double[entryTopics.Length];
        return Score(query, scores, confidences) ? SelectTop(scores, confidences, hits, topic) : 0;
    }

    /// <summary>The number of entries: the length of the spans <see cref="Score"/> fills.</summary>
    public int EntryCount => entryTopics.Length;

    /// <summary>Every entry's topic, in entry order.</summary>
    public ReadOnlySpan<BodyArea> EntryTopics => entryTopics;

    /// <summary>Whether an entry is kept by a topic filter: its own topic, or about both.</summary>
    public bool InTopic(int entry, BodyArea? topic) =>
        topic is not { } wanted || wanted == BodyArea.Both || entryTopics[entry] == wanted || entryTopics[entry] == BodyArea.Both;

    /// <summary>
    /// Every entry's BM25F score (with word pairs) and lexical confidence (its word score over an ideal entry's, 0–1)
    /// for <paramref name="query"/>; false when no query word is known to the index (everything is then 0).
    /// </summary>
    public bool Score(ReadOnlySpan<char> query, Span<double> scores, Span<double> confidences)
    {
        scores.Clear();
        confidences.Clear();

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
                if (synonymPhrases.IndexOf(phrase) is var synonym and >= 0)
                {
                    foreach (var id in synonymTerms[synonym])
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
            if (vocabulary.IndexOf(stem) is var termId and >= 0)
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
            return false;
        }

        // Confidence compares the entry's score with an ideal entry that has every query word in its question.
        var wordScores = confidences;
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
            if (a < 0 || b < 0 || a == b || pairs.Find(a, b) is not (var pairId and >= 0) || Contains(pairsSeen[..pairCount], pairId))
            {
                continue;
            }

            pairsSeen[pairCount++] = pairId;
            foreach (var posting in postings[pairId])
            {
                scores[posting.Entry] += posting.Weight;
            }
        }

        for (var entry = 0; entry < wordScores.Length; entry++)
        {
            wordScores[entry] = Math.Clamp(wordScores[entry] / ideal, 0, 1);
        }

        return true;
    }

    private static bool Contains(Span<int> values, int value)
    {
        foreach (var v in values)
        {
            if (v == value)
            {
                return true;
            }
        }

        return false;
    }

    private static void Append(Span<int> sequence, ref int length, int termId)
    {
        if (length < sequence.Length)
        {
            sequence[length++] = termId;
        }
    }

    private int SelectTop(Span<double> scores, Span<double> confidences, Span<FaqHit> hits, BodyArea? topic)
    {
        var count = 0;
        for (var entry = 0; entry < scores.Length; entry++)
        {
            var score = scores[entry];
            if (score <= 0 || !InTopic(entry, topic))
            {
                continue;
            }

            TopHits.Offer(hits, ref count, new FaqHit(entry, score, confidences[entry]));
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
    /// The question with each misspelt word replaced by the known word the index would match it to ("achillies
    /// tendonitus" → "achilles tendonitis"), lower-cased, for the sentence model, whose word pieces do not forgive
    /// typos. Words the index knows, stop words and numbers are kept as written.
    /// </summary>
    public string CorrectTypos(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.AsSpan(0, Math.Min(question.Length, MaxQueryChars));
        Span<char> buffer = stackalloc char[MaxQueryChars];
        Span<int> starts = stackalloc int[TextAnalysis.MaxWords];
        Span<int> lengths = stackalloc int[TextAnalysis.MaxWords];
        Span<char> stem = stackalloc char[TextAnalysis.MaxWordLength];
        var wordCount = TextAnalysis.Split(text, buffer, starts, lengths);
        var result = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < wordCount; i++)
        {
            var word = buffer.Slice(starts[i], lengths[i]);
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            word.CopyTo(stem);
            var known = stopWords.Contains(word) || synonymPhrases.IndexOf(word) >= 0 || vocabulary.IndexOf(stem[..TextAnalysis.Stem(stem[..word.Length])]) >= 0;
            if (!known && FindTypoCorrection(word) is { } correction)
            {
                result.Append(correction.Word);
            }
            else
            {
                result.Append(word);
            }
        }

        return result.ToString();
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
        return new FaqIndexBuilder().Build(knowledgeBase.Entries);
    }

    internal readonly record struct Posting(int Entry, double Weight);

    internal sealed record FuzzyWord(string Word, uint LetterMask, int[] TermIds, int Frequency);

    /// <summary>
    /// Pairs of neighbouring terms, unordered: for the lower term id, the higher ids it pairs with and the pair's
    /// own term id. A term has a few dozen neighbours at most, so a scan beats hashing.
    /// </summary>
    internal sealed class PairTable(int[][] neighbours, int[][] pairIds)
    {
        public int Find(int a, int b)
        {
            var (low, high) = a < b ? (a, b) : (b, a);
            var candidates = neighbours[low];
            for (var k = 0; k < candidates.Length; k++)
            {
                if (candidates[k] == high)
                {
                    return pairIds[low][k];
                }
            }

            return -1;
        }
    }
}
