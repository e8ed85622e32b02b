using static PainCoach.Faq.FaqIndex;

namespace PainCoach.Faq;

/// <summary>
/// Builds the index once. Written with loops, arrays and lists of references rather than LINQ over value types:
/// every generic instantiation over a value type is JIT-compiled on a cold start, and this runs on every one.
/// </summary>
internal sealed class FaqIndexBuilder
{
    private const int Fields = 3;
    private const int InQuestion = 1;
    private const int InAlternates = 2;

    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> termList = [];
    private readonly Dictionary<string, int[]> synonyms = new(StringComparer.Ordinal);
    private readonly WordTable stopWords = new(Lexicon.StopWords);
    private readonly Dictionary<string, SurfaceWord> surfaceWords = new(StringComparer.Ordinal);

    public FaqIndex Build(IReadOnlyList<KnowledgeBaseEntry> entries)
    {
        foreach (var (phrase, canonical) in Lexicon.Synonyms)
        {
            synonyms[Normalise(phrase)] = StemAll(canonical);
        }

        var synonymPhrases = new List<string>(synonyms.Count);
        var synonymTerms = new List<int[]>(synonyms.Count);
        foreach (var (phrase, ids) in synonyms)
        {
            synonymPhrases.Add(phrase);
            synonymTerms.Add(ids);
        }

        // Every field as term ids, and each field's length. Question and alternates count a term once: five
        // phrasings that all say "plantar fasciitis" are no stronger a match for it than one. Alternates are
        // normalised by their mean length.
        var n = entries.Count;
        var questions = new List<int>[n];
        var alternates = new List<int>[n][];
        var answers = new List<int>[n];
        var fieldLengths = new int[n, Fields];
        for (var e = 0; e < n; e++)
        {
            var entry = entries[e];
            questions[e] = Analyse(entry.Question);
            alternates[e] = new List<int>[entry.Alternates.Count];
            var alternateWords = 0;
            for (var a = 0; a < alternates[e].Length; a++)
            {
                alternates[e][a] = Analyse(entry.Alternates[a]);
                alternateWords += alternates[e][a].Count;
            }

            answers[e] = Analyse(entry.Answer);
            fieldLengths[e, 0] = questions[e].Count;
            fieldLengths[e, 1] = (int)Math.Round((double)alternateWords / alternates[e].Length);
            fieldLengths[e, 2] = answers[e].Count;
        }

        var averageLengths = new double[Fields];
        for (var f = 0; f < Fields; f++)
        {
            double total = 0;
            for (var e = 0; e < n; e++)
            {
                total += fieldLengths[e, f];
            }

            averageLengths[f] = Math.Max(1, total / n);
        }

        // Per entry, each term's count in each field; reused across entries, cleared through the touched list.
        var termCount = termIds.Count;
        var counts = new int[Fields][];
        for (var f = 0; f < Fields; f++)
        {
            counts[f] = new int[termCount];
        }

        var touched = new List<int>();
        var documentFrequency = new int[termCount];
        for (var e = 0; e < n; e++)
        {
            CountTerms(questions[e], alternates[e], answers[e], counts, touched);
            foreach (var term in touched)
            {
                documentFrequency[term]++;
            }

            ClearCounts(counts, touched);
        }

        var postings = new Posting[termCount][];
        for (var t = 0; t < termCount; t++)
        {
            postings[t] = new Posting[documentFrequency[t]];
        }

        var filled = new int[termCount];
        double[] fieldWeights = [QuestionWeight, AlternatesWeight, AnswerWeight];
        for (var e = 0; e < n; e++)
        {
            CountTerms(questions[e], alternates[e], answers[e], counts, touched);
            foreach (var term in touched)
            {
                double weightedFrequency = 0;
                for (var f = 0; f < Fields; f++)
                {
                    var tf = counts[f][term];
                    if (tf > 0)
                    {
                        weightedFrequency += fieldWeights[f] * tf / (1 - B + (B * fieldLengths[e, f] / averageLengths[f]));
                    }
                }

                var weight = Idf(n, documentFrequency[term]) * Saturate(weightedFrequency);
                if (counts[0][term] == 0 && counts[1][term] == 0)
                {
                    // Found only in the answer's prose: weak evidence that the entry is what was asked.
                    weight *= AnswerOnlyFactor;
                }

                postings[term][filled[term]++] = new Posting(e, weight);
            }

            ClearCounts(counts, touched);
        }

        var (pairTable, pairPostings) = BuildPairs(n, termCount, questions, alternates);

        var idealWeight = new double[termCount];
        for (var t = 0; t < termCount; t++)
        {
            idealWeight[t] = Idf(n, documentFrequency[t]) * Saturate(QuestionWeight + AlternatesWeight);
        }

        var unknownWordWeight = UnknownWordShare * Idf(n, 0) * Saturate(QuestionWeight + AlternatesWeight);

        var topics = new BodyArea[n];
        for (var e = 0; e < n; e++)
        {
            topics[e] = entries[e].Topic;
        }

        var allPostings = new Posting[termCount + pairPostings.Count][];
        postings.CopyTo(allPostings, 0);
        pairPostings.CopyTo(allPostings, termCount);
        return new FaqIndex(
            new WordTable(termList),
            new WordTable(synonymPhrases),
            [.. synonymTerms],
            stopWords,
            allPostings,
            pairTable,
            idealWeight,
            unknownWordWeight,
            FuzzyWordsByLength(synonymPhrases, synonymTerms),
            topics);
    }

    /// <summary>
    /// Pairs of neighbouring words in questions and phrasings become terms of their own, numbered after the words,
    /// in the order they are first seen. A pair in both the question and a phrasing weighs as both.
    /// </summary>
    private static (PairTable Table, List<Posting[]> Postings) BuildPairs(int n, int termCount, List<int>[] questions, List<int>[][] alternates)
    {
        var neighbours = new List<int>[termCount];
        var pairIdsOf = new List<int>[termCount];
        for (var t = 0; t < termCount; t++)
        {
            neighbours[t] = [];
            pairIdsOf[t] = [];
        }

        var pairDocumentFrequency = new List<int>();
        var lastEntry = new List<int>();
        var entryPairs = new List<int>[n];
        var entryFields = new List<int>[n];
        for (var e = 0; e < n; e++)
        {
            entryPairs[e] = [];
            entryFields[e] = [];
            AddPairs(questions[e], InQuestion);
            foreach (var alternate in alternates[e])
            {
                AddPairs(alternate, InAlternates);
            }

            void AddPairs(List<int> terms, int field)
            {
                for (var k = 0; k + 1 < terms.Count; k++)
                {
                    var (a, b) = (terms[k], terms[k + 1]);
                    if (a == b)
                    {
                        continue;
                    }

                    var (low, high) = a < b ? (a, b) : (b, a);
                    var at = neighbours[low].IndexOf(high);
                    int pair;
                    if (at < 0)
                    {
                        pair = pairDocumentFrequency.Count;
                        neighbours[low].Add(high);
                        pairIdsOf[low].Add(termCount + pair);
                        pairDocumentFrequency.Add(0);
                        lastEntry.Add(-1);
                    }
                    else
                    {
                        pair = pairIdsOf[low][at] - termCount;
                    }

                    if (lastEntry[pair] != e)
                    {
                        lastEntry[pair] = e;
                        pairDocumentFrequency[pair]++;
                        entryPairs[e].Add(pair);
                        entryFields[e].Add(field);
                    }
                    else
                    {
                        var seen = entryPairs[e].IndexOf(pair);
                        entryFields[e][seen] |= field;
                    }
                }
            }
        }

        var postings = new List<Posting[]>(pairDocumentFrequency.Count);
        for (var p = 0; p < pairDocumentFrequency.Count; p++)
        {
            postings.Add(new Posting[pairDocumentFrequency[p]]);
        }

        var filled = new int[pairDocumentFrequency.Count];
        for (var e = 0; e < n; e++)
        {
            for (var k = 0; k < entryPairs[e].Count; k++)
            {
                var pair = entryPairs[e][k];
                var fields = entryFields[e][k];
                var fieldWeight = ((fields & InQuestion) != 0 ? QuestionWeight : 0) + ((fields & InAlternates) != 0 ? AlternatesWeight : 0);
                postings[pair][filled[pair]++] = new Posting(e, PairWeight * Idf(n, pairDocumentFrequency[pair]) * Saturate(fieldWeight));
            }
        }

        var neighbourArrays = new int[termCount][];
        var pairIdArrays = new int[termCount][];
        for (var t = 0; t < termCount; t++)
        {
            neighbourArrays[t] = [.. neighbours[t]];
            pairIdArrays[t] = [.. pairIdsOf[t]];
        }

        return (new PairTable(neighbourArrays, pairIdArrays), postings);
    }

    /// <summary>Words of the entries (and one-word synonyms) that a typo may be corrected to, by length.</summary>
    private FuzzyWord[][] FuzzyWordsByLength(List<string> synonymPhrases, List<int[]> synonymTerms)
    {
        for (var s = 0; s < synonymPhrases.Count; s++)
        {
            if (!synonymPhrases[s].Contains(' ', StringComparison.Ordinal))
            {
                surfaceWords.TryAdd(synonymPhrases[s], new SurfaceWord(synonymTerms[s]) { Frequency = 1 });
            }
        }

        var maxLength = 0;
        foreach (var word in surfaceWords.Keys)
        {
            maxLength = Math.Max(maxLength, word.Length);
        }

        var byLength = new List<FuzzyWord>[maxLength + 1];
        for (var length = 0; length <= maxLength; length++)
        {
            byLength[length] = [];
        }

        foreach (var (word, surface) in surfaceWords)
        {
            if (IsAsciiLetters(word))
            {
                byLength[word.Length].Add(new FuzzyWord(word, TextAnalysis.LetterMask(word), surface.TermIds, surface.Frequency));
            }
        }

        var result = new FuzzyWord[maxLength + 1][];
        for (var length = 0; length <= maxLength; length++)
        {
            result[length] = [.. byLength[length]];
        }

        return result;
    }

    private static void CountTerms(List<int> question, List<int>[] alternates, List<int> answer, int[][] counts, List<int> touched)
    {
        foreach (var term in question)
        {
            Touch(term, counts, touched);
            counts[0][term] = 1;
        }

        foreach (var alternate in alternates)
        {
            foreach (var term in alternate)
            {
                Touch(term, counts, touched);
                counts[1][term] = 1;
            }
        }

        foreach (var term in answer)
        {
            Touch(term, counts, touched);
            counts[2][term]++;
        }
    }

    private static void Touch(int term, int[][] counts, List<int> touched)
    {
        if (counts[0][term] == 0 && counts[1][term] == 0 && counts[2][term] == 0)
        {
            touched.Add(term);
        }
    }

    private static void ClearCounts(int[][] counts, List<int> touched)
    {
        foreach (var term in touched)
        {
            counts[0][term] = counts[1][term] = counts[2][term] = 0;
        }

        touched.Clear();
    }

    /// <summary>The same pipeline as <see cref="FaqIndex.Search"/>, allocating freely (it runs once).</summary>
    private List<int> Analyse(string text)
    {
        var words = Words(text);
        var result = new List<int>();
        for (var i = 0; i < words.Length;)
        {
            var matched = 0;
            for (var n = Math.Min(MaxPhraseWords, words.Length - i); n >= 1 && matched == 0; n--)
            {
                if (synonyms.TryGetValue(string.Join(' ', words, i, n), out var ids))
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
                if (surfaceWords.TryGetValue(word, out var known))
                {
                    known.Frequency++;
                }
                else
                {
                    surfaceWords[word] = new SurfaceWord([id]) { Frequency = 1 };
                }
            }
        }

        return result;
    }

    private static double Idf(int entryCount, int documentFrequency) =>
        Math.Log(1 + ((entryCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private static double Saturate(double weightedFrequency) => weightedFrequency * (K1 + 1) / (K1 + weightedFrequency);

    private int[] StemAll(string canonical)
    {
        var ids = new List<int>();
        foreach (var word in Words(canonical))
        {
            if (!stopWords.Contains(word) && TermId(StemOf(word)) is var id && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private int TermId(string stem)
    {
        if (!termIds.TryGetValue(stem, out var id))
        {
            id = termIds.Count;
            termIds[stem] = id;
            termList.Add(stem);
        }

        return id;
    }

    private static string Normalise(string phrase) => string.Join(' ', Words(phrase));

    private static string[] Words(string text)
    {
        var buffer = new char[text.Length];
        var starts = new int[text.Length + 1];
        var lengths = new int[text.Length + 1];
        var count = TextAnalysis.Split(text, buffer, starts, lengths);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = new string(buffer, starts[i], lengths[i]);
        }

        return words;
    }

    private static string StemOf(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, TextAnalysis.Stem(chars));
    }

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class SurfaceWord(int[] termIds)
    {
        public int[] TermIds { get; } = termIds;

        public int Frequency { get; set; }
    }
}
