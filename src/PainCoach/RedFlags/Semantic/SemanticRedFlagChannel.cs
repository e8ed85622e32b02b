using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// The red-flag screen's semantic backup: a text's sentence vector is read by <see cref="RedFlagTierModel"/>, fitted
/// on seen red-flag and ordinary sentences (<see cref="RedFlagExemplars"/>), so a red flag said in words no phrase list
/// knows can still be caught while everyday speech stays quiet. Its thresholds come from cross-validation on seen data
/// only (docs/triage.md). The nearest seen red-flag sentence of the raised tier names the sign it sounds like.
/// Immutable: safe for concurrent readers.
/// </summary>
public sealed class SemanticRedFlagChannel(RedFlagExemplars exemplars)
{
    /// <summary>The tier the text's vector is raised to, and the nearest seen red-flag sentence of that tier or higher; null when none.</summary>
    public (AlertLevel Level, RedFlagExemplar Nearest)? Decide(ReadOnlySpan<float> vector)
    {
        if (exemplars.TierModel.Level(vector) is not { } level)
        {
            return null;
        }

        RedFlagExemplar? nearest = null;
        var best = float.MinValue;
        foreach (var exemplar in exemplars.Exemplars)
        {
            if (exemplar.Level >= level && SentenceEmbedder.Dot(vector, exemplar.Vector) is var cosine && cosine > best)
            {
                best = cosine;
                nearest = exemplar;
            }
        }

        return (level, nearest!);
    }

    /// <summary>A text's fold: FNV-1a of its lower-cased text, so a sentence and its duplicates fall in one fold.</summary>
    public static int FoldOf(string text, int folds)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text.ToLowerInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }
}
