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
        if (!wholeGuarded)
        {
            Raise(score, wholeVector.IsEmpty ? embedder.Embed(SemanticRedFlagTraining.Prepare(text)) : wholeVector);
        }

        if (clauses.Count > 1)
        {
            for (var k = 0; k < clauses.Count; k++)
            {
                if (!guarded[k])
                {
                    Raise(score, embedder.Embed(SemanticRedFlagTraining.Prepare(clauses[k])));
                }
            }
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
