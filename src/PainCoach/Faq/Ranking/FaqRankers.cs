using PainCoach.Faq.Semantic;
using PainCoach.Language;

namespace PainCoach.Faq.Ranking;

/// <summary>Ranks the knowledge base's entries for a question, best first, each with a confidence in 0–1.</summary>
public interface IFaqRanker
{
    /// <summary>A question whose answerability (see <see cref="Rank(string, Span{FaqHit}, out double, BodyArea?)"/>) is below this is noMatch.</summary>
    double Threshold { get; }

    /// <summary>When the question is answered, the entries after the best are given down to this confidence.</summary>
    double RunnerUpFloor { get; }

    /// <summary>Writes the best entries into <paramref name="hits"/> (best first) and returns how many.</summary>
    int Rank(string question, Span<FaqHit> hits, BodyArea? topic = null);

    /// <summary>
    /// Writes the best entries into <paramref name="hits"/> (best first) and returns how many; <paramref name="answerable"/>
    /// is how sure the ranker is that some entry answers the question, compared with <see cref="Threshold"/>.
    /// </summary>
    int Rank(string question, Span<FaqHit> hits, out double answerable, BodyArea? topic = null);
}

/// <summary>
/// The BM25F index alone, with its word confidence and threshold (0.4): what the FAQ did before the sentence model.
/// Kept to compare against (the evaluation tests print both) and as a fallback that needs no model.
/// </summary>
public sealed class LexicalFaqRanker(FaqIndex index) : IFaqRanker
{
    public double Threshold => 0.4;

    public double RunnerUpFloor => Threshold;

    public int Rank(string question, Span<FaqHit> hits, BodyArea? topic = null) => Rank(question, hits, out _, topic);

    /// <summary>Answerable when the best entry's word confidence clears the threshold, as before the sentence model.</summary>
    public int Rank(string question, Span<FaqHit> hits, out double answerable, BodyArea? topic = null)
    {
        var count = index.Search(question, hits, topic);
        answerable = count > 0 ? hits[0].Confidence : 0;
        return count;
    }
}

/// <summary>
/// Words and meaning together: the BM25F index's per-entry word confidence, the sentence model's per-entry cosines
/// and the topic check become <see cref="FaqFeatures"/>, and the fitted softmax (<see cref="FaqCalibration"/>) ranks
/// the entries and gives their confidence. Immutable; the model session is thread-safe, so any number of requests may
/// rank at once.
/// </summary>
public sealed class HybridFaqRanker(FaqIndex index, SemanticIndex semantic, SentenceEmbedder embedder, FaqCalibration calibration) : IFaqRanker
{
    public double Threshold => calibration.Threshold;

    public double RunnerUpFloor => Math.Min(FaqCalibration.RunnerUpFloor, calibration.Threshold);

    public int Rank(string question, Span<FaqHit> hits, BodyArea? topic = null) => Rank(question, hits, out _, topic);

    /// <summary>
    /// Answerable is the probability that some entry answers the question: 1 − P(none), the sum of every entry's
    /// confidence. A question between two or three close entries (0.26, 0.18, 0.15) is still clearly ours and gets
    /// its best entries; a question about a knee puts its mass on none. Chosen over the best entry's own confidence on
    /// the tuning parts, out of fold: top-3 98.8 % against 97.9 %, with more out-of-scope questions refused (docs/faq.md).
    /// </summary>
    public int Rank(string question, Span<FaqHit> hits, out double answerable, BodyArea? topic = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        answerable = 0;
        if (hits.IsEmpty || string.IsNullOrWhiteSpace(question))
        {
            return 0;
        }

        var n = index.EntryCount;
        Span<double> confidences = stackalloc double[n];
        Confidences(question, confidences, topic);

        var count = 0;
        for (var entry = 0; entry < n; entry++)
        {
            if (index.InTopic(entry, topic))
            {
                answerable += confidences[entry];
                TopHits.Offer(hits, ref count, new FaqHit(entry, confidences[entry], confidences[entry]));
            }
        }

        return count;
    }

    /// <summary>
    /// Every entry's confidence for <paramref name="question"/> (they add up to at most 1). With a topic, the
    /// probability is shared among that topic's entries (and those about both) and "none" only: the caller asked
    /// about heels, so back entries do not take a share.
    /// </summary>
    public void Confidences(string question, Span<double> confidences, BodyArea? topic = null)
    {
        var (entries, none) = Signals(question).Features();
        for (var entry = 0; entry < entries.Length; entry++)
        {
            confidences[entry] = index.InTopic(entry, topic) ? calibration.EntryLogit(entries[entry]) : double.NegativeInfinity;
        }

        FaqCalibration.ToConfidences(confidences, calibration.NoneLogit(none));
    }

    /// <summary>The raw signals the features are made of (the generator fits the weights on them too).</summary>
    public FaqFeatures.Signals Signals(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > FaqService.MaxQuestionLength ? question[..FaqService.MaxQuestionLength] : question;
        var signals = new FaqFeatures.Signals(index.EntryCount);
        semantic.Similarities(embedder.Embed(index.CorrectTypos(TextingShorthand.Expand(text))), signals.Cosines, signals.Centroids);
        signals.AnyKnownWord = index.Score(text, signals.LexicalScores, signals.Lexical);
        signals.Domain = DomainCheck.Classify(text);
        index.EntryTopics.CopyTo(signals.EntryTopics);
        return signals;
    }
}
