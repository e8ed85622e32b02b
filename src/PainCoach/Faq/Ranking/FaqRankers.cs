using PainCoach.Faq.Semantic;

namespace PainCoach.Faq.Ranking;

/// <summary>Ranks the knowledge base's entries for a question, best first, each with a confidence in 0–1.</summary>
public interface IFaqRanker
{
    /// <summary>Answers at or above this confidence are given; the rest is noMatch.</summary>
    double Threshold { get; }

    /// <summary>Writes the best entries into <paramref name="hits"/> (best first) and returns how many.</summary>
    int Rank(string question, Span<FaqHit> hits, FaqTopic? topic = null);
}

/// <summary>
/// The BM25F index alone, with its word confidence and threshold (0.4): what the FAQ did before the sentence model.
/// Kept to compare against (the evaluation tests print both) and as a fallback that needs no model.
/// </summary>
public sealed class LexicalFaqRanker(FaqIndex index) : IFaqRanker
{
    public double Threshold => 0.4;

    public int Rank(string question, Span<FaqHit> hits, FaqTopic? topic = null) => index.Search(question, hits, topic);
}

/// <summary>
/// Words and meaning together: the BM25F index's per-entry word confidence, the sentence model's per-entry cosine and
/// the topic check become <see cref="FaqFeatures"/>, and the fitted logistic score (<see cref="FaqCalibration"/>) ranks
/// the entries and is their confidence. Immutable; the model session is thread-safe, so any number of requests may
/// rank at once.
/// </summary>
public sealed class HybridFaqRanker(FaqIndex index, SemanticIndex semantic, SentenceEmbedder embedder, FaqCalibration calibration) : IFaqRanker
{
    public double Threshold => calibration.Threshold;

    public int Rank(string question, Span<FaqHit> hits, FaqTopic? topic = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (hits.IsEmpty || string.IsNullOrWhiteSpace(question))
        {
            return 0;
        }

        var n = index.EntryCount;
        Span<double> logits = stackalloc double[n];
        Score(question, logits);

        var count = 0;
        for (var entry = 0; entry < n; entry++)
        {
            var logit = logits[entry];
            if (!index.InTopic(entry, topic) || (count == hits.Length && logit <= hits[count - 1].Score))
            {
                continue;
            }

            var position = count < hits.Length ? count++ : count - 1;
            while (position > 0 && hits[position - 1].Score < logit)
            {
                hits[position] = hits[position - 1];
                position--;
            }

            hits[position] = new FaqHit(entry, logit, FaqCalibration.Confidence(logit));
        }

        return count;
    }

    /// <summary>Every entry's logit for <paramref name="question"/>.</summary>
    public void Score(string question, Span<double> logits)
    {
        var n = index.EntryCount;
        Span<double> features = stackalloc double[FaqFeatures.Count];
        var cosines = new double[n];
        var centroids = new double[n];
        var lexicalScores = new double[n];
        var lexical = new double[n];
        Features(question, cosines, centroids, lexicalScores, lexical, out var anyKnownWord, out var domain);
        var cosineTop = FaqFeatures.TopTwo(cosines);
        var centroidTop = FaqFeatures.TopTwo(centroids);
        var lexicalTop = FaqFeatures.TopTwo(lexical);
        for (var entry = 0; entry < n; entry++)
        {
            FaqFeatures.Compute(entry, cosines, cosineTop, centroids, centroidTop, lexical, lexicalTop, anyKnownWord, domain, features);
            logits[entry] = calibration.Logit(features);
        }
    }

    /// <summary>The raw per-entry signals the features are made of (also used by the generator to fit the weights).</summary>
    public void Features(string question, Span<double> cosines, Span<double> centroids, Span<double> lexicalScores, Span<double> lexical, out bool anyKnownWord, out DomainSignal domain)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > FaqService.MaxQuestionLength ? question[..FaqService.MaxQuestionLength] : question;
        semantic.Similarities(embedder.Embed(TextingShorthand.Expand(text)), cosines, centroids);
        anyKnownWord = index.Score(text, lexicalScores, lexical);
        domain = DomainCheck.Classify(text);
    }
}
