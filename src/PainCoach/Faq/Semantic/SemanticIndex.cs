using PainCoach.Language;

namespace PainCoach.Faq.Semantic;

/// <summary>
/// The knowledge base's precomputed sentence vectors in one flat array, with the entry each belongs to. An entry's
/// similarity to a question is the best cosine over its texts (the question and its phrasings). Immutable after
/// construction: safe for concurrent readers.
/// </summary>
public sealed class SemanticIndex
{
    private readonly float[] vectors;
    private readonly int[] textEntries;
    private readonly float[] centroids;

    public SemanticIndex(KnowledgeBase knowledgeBase, FaqVectors precomputed)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(precomputed);
        var byEntryAndText = new Dictionary<(string, string), float[]>();
        foreach (var text in precomputed.Texts)
        {
            byEntryAndText[(text.EntryId, text.Text)] = text.Vector;
        }

        var found = new List<float[]>();
        var entries = new List<int>();
        var missing = new List<string>();
        for (var e = 0; e < knowledgeBase.Entries.Count; e++)
        {
            var entry = knowledgeBase.Entries[e];
            foreach (var text in FaqVectors.TextsOf(entry))
            {
                if (byEntryAndText.TryGetValue((entry.Id, text), out var vector))
                {
                    found.Add(vector);
                    entries.Add(e);
                }
                else
                {
                    missing.Add($"{entry.Id}: {text}");
                }
            }
        }

        vectors = new float[found.Count * SentenceEmbedder.Dimensions];
        for (var t = 0; t < found.Count; t++)
        {
            found[t].CopyTo(vectors, t * SentenceEmbedder.Dimensions);
        }

        textEntries = [.. entries];
        EntryCount = knowledgeBase.Entries.Count;

        // Each entry's centroid: the mean direction of all the ways it is asked, steadier than any one phrasing.
        centroids = new float[EntryCount * SentenceEmbedder.Dimensions];
        for (var t = 0; t < textEntries.Length; t++)
        {
            var target = centroids.AsSpan(textEntries[t] * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions);
            var source = vectors.AsSpan(t * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions);
            for (var d = 0; d < SentenceEmbedder.Dimensions; d++)
            {
                target[d] += source[d];
            }
        }

        for (var e = 0; e < EntryCount; e++)
        {
            SentenceEmbedder.Normalise(centroids.AsSpan(e * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions));
        }
        MissingTexts = missing;
    }

    public int EntryCount { get; }

    /// <summary>Texts of the knowledge base without a precomputed vector (the file is stale); they take no part.</summary>
    public IReadOnlyList<string> MissingTexts { get; }

    /// <summary>
    /// Every entry's best cosine with <paramref name="query"/> (a unit vector) over its texts, and its cosine with the
    /// entry's centroid.
    /// </summary>
    public void Similarities(ReadOnlySpan<float> query, Span<double> similarities, Span<double> centroidSimilarities)
    {
        for (var e = 0; e < EntryCount; e++)
        {
            centroidSimilarities[e] = SentenceEmbedder.Dot(query, centroids.AsSpan(e * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions));
        }

        similarities.Fill(-1);
        for (var t = 0; t < textEntries.Length; t++)
        {
            var cosine = SentenceEmbedder.Dot(query, vectors.AsSpan(t * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions));
            ref var best = ref similarities[textEntries[t]];
            if (cosine > best)
            {
                best = cosine;
            }
        }
    }
}
