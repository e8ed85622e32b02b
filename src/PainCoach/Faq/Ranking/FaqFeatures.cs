namespace PainCoach.Faq.Ranking;

/// <summary>
/// What the calibrated score knows about one entry for one question: how close the sentence vectors are, how well
/// the words match, by how much each beats the best other entry, and the topic check. The generator
/// (<c>tools/PainCoach.FaqTuning</c>) fits the weights on the tuning part of the evaluation set with these same
/// features, so there is one definition for fitting and serving.
/// </summary>
public static class FaqFeatures
{
    /// <summary>Names in order; the calibration file lists them too, and loading fails when they differ.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "cosine",               // best cosine of the question with the entry's question or phrasings
        "cosineMargin",         // that cosine minus the best other entry's (negative when another is closer)
        "centroid",             // cosine with the mean of the entry's question and phrasings
        "centroidMargin",       // that cosine minus the best other entry's
        "lexical",              // BM25F word confidence (0–1: the entry's word score over an ideal entry's)
        "lexicalMargin",        // that confidence minus the best other entry's
        "otherTopicOnly",       // 1 when the question names another body part or health matter and none of ours
        "otherTopicOnlyCosine", // the cosine again when otherTopicOnly: a knee question close to a heel entry
        "otherTopicToo",        // 1 when the question names another body part or health matter and one of ours
        "noKnownWord",          // 1 when no word of the question is in the index (only the vectors speak)
    ];

    public static int Count => Names.Count;

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

    /// <summary>The features of <paramref name="entry"/> into <paramref name="features"/> (length <see cref="Count"/>).</summary>
    public static void Compute(
        int entry,
        ReadOnlySpan<double> cosines,
        (double Best, int BestEntry, double Second) cosineTop,
        ReadOnlySpan<double> centroids,
        (double Best, int BestEntry, double Second) centroidTop,
        ReadOnlySpan<double> lexical,
        (double Best, int BestEntry, double Second) lexicalTop,
        bool anyKnownWord,
        DomainSignal domain,
        Span<double> features)
    {
        var cosine = cosines[entry];
        var otherTopicOnly = domain.OnlyOtherTopic ? 1.0 : 0.0;
        features[0] = cosine;
        features[1] = cosine - (cosineTop.BestEntry == entry ? cosineTop.Second : cosineTop.Best);
        features[2] = centroids[entry];
        features[3] = centroids[entry] - (centroidTop.BestEntry == entry ? centroidTop.Second : centroidTop.Best);
        features[4] = lexical[entry];
        features[5] = lexical[entry] - (lexicalTop.BestEntry == entry ? lexicalTop.Second : lexicalTop.Best);
        features[6] = otherTopicOnly;
        features[7] = otherTopicOnly * cosine;
        features[8] = domain.OtherTopic && domain.OurTopic ? 1.0 : 0.0;
        features[9] = anyKnownWord ? 0.0 : 1.0;
    }
}
