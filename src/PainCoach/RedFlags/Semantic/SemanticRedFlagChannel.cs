using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>When the channel raises a tier: the best red-flag exemplar of that tier or higher has at least this cosine
/// with the text, and beats the best ordinary exemplar by at least the margin.</summary>
public sealed record TierSetting(AlertLevel Level, float Threshold, float Margin);

/// <summary>
/// The red-flag screen's semantic backup: nearest neighbours among seen sentences (<see cref="RedFlagExemplars"/>). A
/// text is raised to tier T when its closest red-flag exemplar of tier T or higher is close enough and clearly closer
/// than any ordinary exemplar (<see cref="TierSetting"/>), so wordings no phrase list knows can still be caught while
/// everyday speech, which sits near the ordinary exemplars, stays quiet. Settings are chosen by cross-validation on
/// seen data only (docs/triage.md). Immutable: safe for concurrent readers.
/// </summary>
public sealed class SemanticRedFlagChannel
{
    /// <summary>
    /// Chosen by 5-fold cross-validation on the seen exemplars (PainCoach.FaqTuning <c>redflag-cv</c>, printed by
    /// SemanticRedFlagChannelTests): no false alert on any ordinary exemplar out of fold, then the most red flags.
    /// </summary>
    public static readonly IReadOnlyList<TierSetting> DefaultSettings =
    [
        new(AlertLevel.Emergency, 0.75f, 0.10f),
        new(AlertLevel.Urgent, 0.75f, 0.10f),
        new(AlertLevel.SeeClinician, 0.75f, 0.10f),
    ];

    private readonly RedFlagExemplars exemplars;
    private readonly IReadOnlyList<TierSetting> settings;

    public SemanticRedFlagChannel(RedFlagExemplars exemplars, IReadOnlyList<TierSetting>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(exemplars);
        this.exemplars = exemplars;
        this.settings = [.. (settings ?? DefaultSettings).OrderByDescending(s => s.Level)];
    }

    public IReadOnlyList<TierSetting> Settings => settings;

    /// <summary>The tier the text's vector is raised to, and the exemplar that decided it; null when none.</summary>
    public (AlertLevel Level, RedFlagExemplar Nearest)? Decide(ReadOnlySpan<float> vector)
    {
        var scores = Score(vector, exemplars.Exemplars, excludeFold: null, folds: 0);
        var level = Decide(scores, settings);
        return level is null ? null : (level.Value, exemplars.Exemplars[scores.Nearest[(int)level.Value]]);
    }

    /// <summary>Best cosines of one text: with any ordinary exemplar, and per tier with the red-flag exemplars of that tier or higher.</summary>
    public sealed record Scores(float Ordinary, float[] RedAtOrAbove, int[] Nearest);

    internal static Scores Score(ReadOnlySpan<float> vector, IReadOnlyList<RedFlagExemplar> all, int? excludeFold, int folds)
    {
        var ordinary = -1f;
        var red = new[] { -1f, -1f, -1f };
        var nearest = new[] { -1, -1, -1 };
        for (var i = 0; i < all.Count; i++)
        {
            var exemplar = all[i];
            if (excludeFold is { } fold && FoldOf(exemplar.Text, folds) == fold)
            {
                continue;
            }

            var cosine = SentenceEmbedder.Dot(vector, exemplar.Vector);
            if (exemplar.Level is not { } level)
            {
                ordinary = Math.Max(ordinary, cosine);
                continue;
            }

            for (var t = 0; t <= (int)level; t++)
            {
                if (cosine > red[t])
                {
                    red[t] = cosine;
                    nearest[t] = i;
                }
            }
        }

        return new Scores(ordinary, red, nearest);
    }

    internal static AlertLevel? Decide(Scores scores, IReadOnlyList<TierSetting> settings)
    {
        foreach (var setting in settings.OrderByDescending(s => s.Level))
        {
            var red = scores.RedAtOrAbove[(int)setting.Level];
            if (red >= setting.Threshold && red - scores.Ordinary >= setting.Margin)
            {
                return setting.Level;
            }
        }

        return null;
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

    /// <summary>Every exemplar's scores with the exemplars of its own fold removed (k-fold cross-validation).</summary>
    public static IReadOnlyList<Scores> OutOfFoldScores(IReadOnlyList<RedFlagExemplar> all, int folds)
    {
        ArgumentNullException.ThrowIfNull(all);
        return [.. all.Select(e => Score(e.Vector, all, FoldOf(e.Text, folds), folds))];
    }

    /// <summary>How the settings do on out-of-fold scores: false alerts on ordinary text, red flags caught at their tier or higher.</summary>
    public sealed record Figures(int Ordinary, int FalseAlerts, int RedFlags, int Caught, int Emergencies, int EmergenciesCaught, int SeeClinicianOrdinaryOnly);

    public static Figures Evaluate(IReadOnlyList<RedFlagExemplar> all, IReadOnlyList<Scores> scores, IReadOnlyList<TierSetting> settings)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(scores);
        int ordinary = 0, falseAlerts = 0, red = 0, caught = 0, emergencies = 0, emergenciesCaught = 0, mild = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var level = Decide(scores[i], settings);
            if (all[i].Level is not { } tier)
            {
                ordinary++;
                falseAlerts += level is null ? 0 : 1;
                mild += level == AlertLevel.SeeClinician ? 1 : 0;
                continue;
            }

            red++;
            caught += level >= tier ? 1 : 0;
            if (tier == AlertLevel.Emergency)
            {
                emergencies++;
                emergenciesCaught += level == AlertLevel.Emergency ? 1 : 0;
            }
        }

        return new Figures(ordinary, falseAlerts, red, caught, emergencies, emergenciesCaught, mild);
    }
}
