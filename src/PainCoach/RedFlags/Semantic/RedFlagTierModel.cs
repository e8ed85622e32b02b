using System.Globalization;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// A softmax over four classes (ordinary, see a clinician, urgent, emergency) on the sentence vector, fitted on the
/// seen exemplars, with one threshold per tier on P(that tier or higher). Each threshold is the highest probability
/// any ordinary exemplar gets out of fold (5-fold cross-validation), plus <see cref="Slack"/>: no seen ordinary
/// sentence is raised, with room for new ones. Nearest neighbours with a margin over the best ordinary exemplar were
/// tried first and caught half as many (docs/triage.md).
/// </summary>
public sealed class RedFlagTierModel
{
    public const int Classes = 4;
    public const int Folds = 5;
    public const double L2 = 0.0001;
    public const int Iterations = 1500;
    public const double LearningRate = 2.0;

    /// <summary>Added to each cross-validated threshold: at 0.08, nested cross-validation raised no ordinary sentence (docs/triage.md).</summary>
    public const double Slack = 0.08;

    private const int Features = SentenceEmbedder.Dimensions + 1;

    public RedFlagTierModel(double[][] weights, double[] thresholds)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (weights.Length != Classes || weights.Any(w => w.Length != Features) || thresholds.Length != Classes - 1)
        {
            throw new InvalidDataException($"The red-flag tier model needs {Classes}×{Features} weights and {Classes - 1} thresholds.");
        }

        Weights = weights;
        Thresholds = thresholds;
    }

    /// <summary>Per class (ordinary, then the tiers lowest first): the vector's weights, then the bias.</summary>
    public double[][] Weights { get; }

    /// <summary>Per tier (<see cref="AlertLevel"/> order): the least P(tier or higher) that raises it.</summary>
    public double[] Thresholds { get; }

    /// <summary>The highest tier whose P(tier or higher) reaches its threshold; null when none.</summary>
    public AlertLevel? Level(ReadOnlySpan<float> vector) => Level(Probabilities(Weights, vector), Thresholds);

    internal static AlertLevel? Level(double[] probabilities, double[] thresholds)
    {
        for (var tier = Classes - 2; tier >= 0; tier--)
        {
            if (AtOrAbove(probabilities, tier) >= thresholds[tier])
            {
                return (AlertLevel)tier;
            }
        }

        return null;
    }

    /// <summary>P(the tier or higher): the sum of the probabilities of the classes above ordinary from that tier on.</summary>
    internal static double AtOrAbove(double[] probabilities, int tier)
    {
        var sum = 0.0;
        for (var c = tier + 1; c < probabilities.Length; c++)
        {
            sum += probabilities[c];
        }

        return sum;
    }

    internal static double[] Probabilities(double[][] weights, ReadOnlySpan<float> vector)
    {
        var logits = new double[weights.Length];
        for (var c = 0; c < weights.Length; c++)
        {
            var w = weights[c];
            var sum = w[^1];
            for (var k = 0; k < vector.Length; k++)
            {
                sum += w[k] * vector[k];
            }

            logits[c] = sum;
        }

        var max = logits.Max();
        var total = 0.0;
        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] = Math.Exp(logits[c] - max);
            total += logits[c];
        }

        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] /= total;
        }

        return logits;
    }

    /// <summary>Maximum likelihood with a little L2, full-batch gradient descent from zero: deterministic.</summary>
    public static double[][] Fit(IReadOnlyList<RedFlagExemplar> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var weights = new double[Classes][];
        var gradient = new double[Classes][];
        for (var c = 0; c < Classes; c++)
        {
            weights[c] = new double[Features];
            gradient[c] = new double[Features];
        }

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            foreach (var g in gradient)
            {
                Array.Clear(g);
            }

            foreach (var exemplar in train)
            {
                var p = Probabilities(weights, exemplar.Vector);
                var y = ClassOf(exemplar);
                for (var c = 0; c < Classes; c++)
                {
                    var error = p[c] - (c == y ? 1 : 0);
                    var g = gradient[c];
                    for (var k = 0; k < Features - 1; k++)
                    {
                        g[k] += error * exemplar.Vector[k];
                    }

                    g[^1] += error;
                }
            }

            for (var c = 0; c < Classes; c++)
            {
                for (var k = 0; k < Features; k++)
                {
                    weights[c][k] -= LearningRate * ((gradient[c][k] / train.Count) + (k < Features - 1 ? L2 * weights[c][k] : 0));
                }
            }
        }

        return weights;
    }

    private static int ClassOf(RedFlagExemplar exemplar) => exemplar.Level is { } level ? (int)level + 1 : 0;

    /// <summary>Every exemplar's class probabilities from a model fitted without its fold.</summary>
    public static double[][] OutOfFold(IReadOnlyList<RedFlagExemplar> all, Func<RedFlagExemplar, int> foldOf, int folds)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(foldOf);
        var scores = new double[all.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var weights = Fit([.. all.Where(e => foldOf(e) != fold)]);
            for (var i = 0; i < all.Count; i++)
            {
                if (foldOf(all[i]) == fold)
                {
                    scores[i] = Probabilities(weights, all[i].Vector);
                }
            }
        }

        return scores;
    }

    /// <summary>Highest tier first: the highest out-of-fold P(tier or higher) of an ordinary exemplar not yet raised, plus the slack.</summary>
    public static double[] ChooseThresholds(IReadOnlyList<RedFlagExemplar> all, double[][] outOfFold, double slack)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(outOfFold);
        var thresholds = new double[Classes - 1];
        var raised = new bool[all.Count];
        for (var tier = Classes - 2; tier >= 0; tier--)
        {
            var highest = 0.0;
            for (var i = 0; i < all.Count; i++)
            {
                if (all[i].Level is null && !raised[i])
                {
                    highest = Math.Max(highest, AtOrAbove(outOfFold[i], tier));
                }
            }

            thresholds[tier] = Math.Min(0.999, highest + slack);
            for (var i = 0; i < all.Count; i++)
            {
                raised[i] |= AtOrAbove(outOfFold[i], tier) >= thresholds[tier];
            }
        }

        return thresholds;
    }

    /// <summary>The shipped model: fitted on every exemplar, thresholds from 5-fold out-of-fold probabilities.</summary>
    public static RedFlagTierModel FitWithThresholds(IReadOnlyList<RedFlagExemplar> all)
    {
        var outOfFold = OutOfFold(all, e => SemanticRedFlagChannel.FoldOf(e.Text, Folds), Folds);
        return new RedFlagTierModel(Fit(all), ChooseThresholds(all, outOfFold, Slack));
    }

    public override string ToString() =>
        "thresholds " + string.Join(" ", Thresholds.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)));
}
