namespace PainCoach.Faq.Ranking;

/// <summary>
/// What the calibrated score knows. Per entry: how close the sentence vectors are and how well the words match, and by
/// how much each beats the best other entry. Per question, for the "none of these" option: the topic check and
/// whether any word is known to the index. The generator (<c>tools/PainCoach.FaqTuning</c>) fits the weights on the
/// tuning part of the evaluation set with these same definitions, so there is one for fitting and serving.
/// </summary>
public static class FaqFeatures
{
    /// <summary>Entry feature names in order; the calibration file lists them too, and loading fails when they differ.</summary>
    public static IReadOnlyList<string> EntryNames { get; } =
    [
        "cosine",           // best cosine of the question with the entry's question or phrasings
        "cosineMargin",     // that cosine minus the best other entry's (negative when another is closer)
        "centroid",         // cosine with the mean of the entry's question and phrasings
        "centroidMargin",   // that cosine minus the best other entry's
        "lexical",          // BM25F word confidence (0–1: the entry's word score over an ideal entry's)
        "lexicalMargin",    // that confidence minus the best other entry's
        "leavesOutArea",    // the question names only the heel side or only the back side, and the entry is about the other
    ];

    /// <summary>Features of the "none of these" option, in order.</summary>
    public static IReadOnlyList<string> NoneNames { get; } =
    [
        "otherTopicOnly",   // the question names another body part or health matter and none of ours
        "otherTopicToo",    // it names another body part or health matter and one of ours
        "noKnownWord",      // no word of the question is in the index (only the vectors speak)
        "noTopic",          // it names no body part or health matter at all, ours or another
        "otherConditionToo", // it names another condition (skin, nails, bunion, gout, migraine) beside one of ours
    ];

    /// <summary>The best and second-best value of a per-entry score, for the margins.</summary>
    public static (double Best, int BestEntry, double Second) TopTwo(ReadOnlySpan<double> values)
    {
        var best = double.NegativeInfinity;
        var second = double.NegativeInfinity;
        var bestEntry = -1;
        for (var e = 0; e < values.Length; e++)
        {
            if (values[e] > best)
            {
                second = best;
                best = values[e];
                bestEntry = e;
            }
            else if (values[e] > second)
            {
                second = values[e];
            }
        }

        return (best, bestEntry, second);
    }

    /// <summary>The per-question signals the features are made of.</summary>
    public sealed class Signals(int entries)
    {
        public double[] Cosines { get; } = new double[entries];

        public double[] Centroids { get; } = new double[entries];

        public double[] LexicalScores { get; } = new double[entries];

        public double[] Lexical { get; } = new double[entries];

        public bool AnyKnownWord { get; set; }

        public DomainSignal Domain { get; set; }

        /// <summary>Every entry's topic (heel, back or both), for the area feature.</summary>
        public BodyArea[] EntryTopics { get; } = new BodyArea[entries];

        /// <summary>Every entry's features (rows of <see cref="EntryNames"/>) and the none option's.</summary>
        public (double[][] Entries, double[] None) Features()
        {
            var cosineTop = TopTwo(Cosines);
            var centroidTop = TopTwo(Centroids);
            var lexicalTop = TopTwo(Lexical);
            var rows = new double[Cosines.Length][];
            for (var e = 0; e < rows.Length; e++)
            {
                rows[e] =
                [
                    Cosines[e],
                    Cosines[e] - (cosineTop.BestEntry == e ? cosineTop.Second : cosineTop.Best),
                    Centroids[e],
                    Centroids[e] - (centroidTop.BestEntry == e ? centroidTop.Second : centroidTop.Best),
                    Lexical[e],
                    Lexical[e] - (lexicalTop.BestEntry == e ? lexicalTop.Second : lexicalTop.Best),
                    Domain.LeavesOutNamedArea(EntryTopics[e]) ? 1 : 0,
                ];
            }

            double[] none =
            [
                Domain.OnlyOtherTopic ? 1 : 0,
                Domain.OtherTopic && Domain.OurTopic ? 1 : 0,
                AnyKnownWord ? 0 : 1,
                Domain.NoTopic ? 1 : 0,
                Domain.OtherConditionWithOurs ? 1 : 0,
            ];
            return (rows, none);
        }
    }
}
