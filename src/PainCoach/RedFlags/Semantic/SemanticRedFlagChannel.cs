using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// The red-flag screen's semantic backup: the text and each of its clauses are read by <see cref="RedFlagTierModel"/>
/// (fitted on seen red-flag and ordinary sentences and their clauses), so a red flag said in words no phrase knows can
/// still be caught; a clause the phrase screen reads as negated or cleared is never read
/// (<see cref="RedFlagClauses.Guarded"/>). The level is the highest tier any read part reaches. Its thresholds were
/// chosen so that no ordinary sentence of a writer the model never saw was raised (docs/triage.md). Thread-safe.
/// </summary>
public sealed class SemanticRedFlagChannel(RedFlagTierModel model, FreeTextRedFlagScreen screen, SentenceEmbedder embedder)
{
    /// <summary>The level the text is raised to; null when none.</summary>
    /// <param name="text">The text as sent.</param>
    /// <param name="wholeVector">The whole text's sentence vector when the caller has it already (the FAQ embeds each
    /// question for retrieval); empty to have it computed here.</param>
    public AlertLevel? Level(string text, ReadOnlySpan<float> wholeVector = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (clauses, guarded, wholeGuarded) = RedFlagClauses.Read(text, screen);
        Span<double> score = stackalloc double[RedFlagTierModel.Classes - 1];
        if (!wholeGuarded && !wholeVector.IsEmpty)
        {
            Raise(score, wholeVector);
        }

        // Every part still to read in one model run: the clauses (when there are several) and the whole text when no
        // caller computed its vector.
        var parts = new List<string>(clauses.Count + 1);
        if (!wholeGuarded && wholeVector.IsEmpty)
        {
            parts.Add(SemanticRedFlagTraining.Prepare(text));
        }

        if (clauses.Count > 1)
        {
            parts.AddRange(clauses.Where((_, k) => !guarded[k]).Select(SemanticRedFlagTraining.Prepare));
        }

        foreach (var vector in embedder.EmbedMany(parts))
        {
            Raise(score, vector);
        }

        return RedFlagTierModel.LevelOf(score, model.Thresholds);
    }

    private void Raise(Span<double> score, ReadOnlySpan<float> vector)
    {
        var p = RedFlagTierModel.Probabilities(model.Weights, vector);
        for (var tier = 0; tier < score.Length; tier++)
        {
            score[tier] = Math.Max(score[tier], RedFlagTierModel.AtOrAbove(p, tier));
        }
    }
}
