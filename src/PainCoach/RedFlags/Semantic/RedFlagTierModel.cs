using System.Globalization;
using System.Numerics;
using System.Text.Json;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// A softmax over four classes (ordinary, see a clinician, urgent, emergency) on a sentence vector, with one threshold
/// per tier on P(that tier or higher). Fitted when the file is regenerated (scripts/redflag-semantic.sh, from seen
/// red-flag and ordinary sentences and their clauses), never at start-up; the file names the sentence model, its
/// SHA-256 and a hash of the texts, so a test tells when it is stale. Immutable: safe for concurrent readers.
/// </summary>
public sealed class RedFlagTierModel
{
    public const int Classes = 4;
    public const int Features = SentenceEmbedder.Dimensions + 1;
    public const int Iterations = 1500;
    public const float LearningRate = 2.0f;
    public const float L2 = 0.0001f;
    public const string ResourceName = "PainCoach.RedFlags.red-flag-semantic.json";
    public const string SourcePath = "src/PainCoach/RedFlags/Semantic/red-flag-semantic.json";

    public RedFlagTierModel(float[][] weights, double[] thresholds, string model, string modelSha256, string textsSha256, double slack, string fittedOn)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (weights.Length != Classes || weights.Any(w => w.Length != Features) || thresholds.Length != Classes - 1)
        {
            throw new InvalidDataException($"The red-flag tier model needs {Classes}x{Features} weights and {Classes - 1} thresholds.");
        }

        if (weights.Any(w => w.Any(v => !float.IsFinite(v))) || thresholds.Any(t => !(t > 0 && t < 1)) || model != SentenceEmbedder.ModelName)
        {
            throw new InvalidDataException($"The red-flag tier model needs finite weights, thresholds between 0 and 1, and the sentence model {SentenceEmbedder.ModelName}.");
        }

        Weights = weights;
        Thresholds = thresholds;
        Model = model;
        ModelSha256 = modelSha256;
        TextsSha256 = textsSha256;
        Slack = slack;
        FittedOn = fittedOn;
    }

    /// <summary>Per class (ordinary, then the tiers lowest first): the vector's weights, then the bias.</summary>
    public float[][] Weights { get; }

    /// <summary>Per tier (<see cref="AlertLevel"/> order): the least P(tier or higher) that raises it.</summary>
    public double[] Thresholds { get; }

    public string Model { get; }

    public string ModelSha256 { get; }

    public string TextsSha256 { get; }

    /// <summary>What was added to the highest out-of-fold ordinary score to make each threshold (chosen leaving each writer out).</summary>
    public double Slack { get; }

    public string FittedOn { get; }

    /// <summary>The class probabilities of a unit vector.</summary>
    public static double[] Probabilities(float[][] weights, ReadOnlySpan<float> x)
    {
        var p = new double[Classes];
        Probabilities(weights, x, p);
        return p;
    }

    /// <summary>The class probabilities of a unit vector, written into <paramref name="p"/>.</summary>
    public static void Probabilities(float[][] weights, ReadOnlySpan<float> x, Span<double> p)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var max = double.MinValue;
        for (var c = 0; c < Classes; c++)
        {
            p[c] = Dot(weights[c], x) + weights[c][^1];
            max = Math.Max(max, p[c]);
        }

        var total = 0.0;
        for (var c = 0; c < Classes; c++)
        {
            p[c] = Math.Exp(p[c] - max);
            total += p[c];
        }

        for (var c = 0; c < Classes; c++)
        {
            p[c] /= total;
        }
    }

    /// <summary>P(the tier or higher): the classes above ordinary from that tier on.</summary>
    public static double AtOrAbove(double[] probabilities, int tier)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var sum = 0.0;
        for (var c = tier + 1; c < Classes; c++)
        {
            sum += probabilities[c];
        }

        return sum;
    }

    /// <summary>The highest tier whose score (P(tier or higher), per tier) reaches its threshold; null when none.</summary>
    public static AlertLevel? LevelOf(ReadOnlySpan<double> score, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        for (var tier = Classes - 2; tier >= 0; tier--)
        {
            if (score[tier] >= thresholds[tier])
            {
                return (AlertLevel)tier;
            }
        }

        return null;
    }

    /// <summary>Highest tier first: the highest score of an ordinary text not raised yet, plus the slack (capped at 0.999).</summary>
    public static double[] ChooseThresholds(IReadOnlyList<bool> ordinary, IReadOnlyList<double[]> scores, Func<int, bool> included, double slack)
    {
        ArgumentNullException.ThrowIfNull(ordinary);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(included);
        var thresholds = new double[Classes - 1];
        var raised = new bool[ordinary.Count];
        for (var tier = Classes - 2; tier >= 0; tier--)
        {
            var highest = 0.0;
            for (var i = 0; i < ordinary.Count; i++)
            {
                if (included(i) && ordinary[i] && !raised[i])
                {
                    highest = Math.Max(highest, scores[i][tier]);
                }
            }

            thresholds[tier] = Math.Min(0.999, highest + slack);
            for (var i = 0; i < ordinary.Count; i++)
            {
                raised[i] |= scores[i][tier] >= thresholds[tier];
            }
        }

        return thresholds;
    }

    /// <summary>
    /// Maximum likelihood with a little L2, full-batch gradient descent from zero: deterministic. <paramref name="x"/>
    /// holds the exemplars' unit vectors one after another, <paramref name="y"/> their classes.
    /// </summary>
    public static float[][] Fit(float[] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        const int dims = SentenceEmbedder.Dimensions;
        if (x.Length != y.Length * dims || y.Length == 0)
        {
            throw new ArgumentException($"Need {dims} values per exemplar.", nameof(x));
        }

        var weights = new float[Classes][];
        var gradient = new float[Classes][];
        for (var c = 0; c < Classes; c++)
        {
            weights[c] = new float[Features];
            gradient[c] = new float[Features];
        }

        var p = new double[Classes];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            foreach (var g in gradient)
            {
                Array.Clear(g);
            }

            for (var n = 0; n < y.Length; n++)
            {
                var row = x.AsSpan(n * dims, dims);
                Probabilities(weights, row, p);
                for (var c = 0; c < Classes; c++)
                {
                    var error = (float)(p[c] - (c == y[n] ? 1 : 0));
                    AddScaled(gradient[c], row, error);
                    gradient[c][dims] += error;
                }
            }

            for (var c = 0; c < Classes; c++)
            {
                for (var k = 0; k < Features; k++)
                {
                    weights[c][k] -= LearningRate * ((gradient[c][k] / y.Length) + (k < dims ? L2 * weights[c][k] : 0));
                }
            }
        }

        return weights;
    }

    private static void AddScaled(float[] into, ReadOnlySpan<float> row, float scale)
    {
        var e = new Vector<float>(scale);
        var k = 0;
        for (; k <= row.Length - Vector<float>.Count; k += Vector<float>.Count)
        {
            (new Vector<float>(into, k) + (e * new Vector<float>(row[k..]))).CopyTo(into, k);
        }

        for (; k < row.Length; k++)
        {
            into[k] += scale * row[k];
        }
    }

    private static float Dot(float[] w, ReadOnlySpan<float> x)
    {
        var sum = Vector<float>.Zero;
        var k = 0;
        for (; k <= x.Length - Vector<float>.Count; k += Vector<float>.Count)
        {
            sum += new Vector<float>(w, k) * new Vector<float>(x[k..]);
        }

        var result = Vector.Sum(sum);
        for (; k < x.Length; k++)
        {
            result += w[k] * x[k];
        }

        return result;
    }

    public static RedFlagTierModel LoadEmbedded() => EmbeddedData.Load(ResourceName, Load, "run scripts/redflag-semantic.sh.");

    /// <summary>The built-in model, validated; null when the build has none.</summary>
    public static RedFlagTierModel? LoadEmbeddedIfPresent()
    {
        using var stream = typeof(RedFlagTierModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    public static RedFlagTierModel Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new RedFlagTierModel(
            [.. root.GetProperty("weights").EnumerateArray().Select(w => w.EnumerateArray().Select(x => x.GetSingle()).ToArray())],
            [.. root.GetProperty("thresholds").EnumerateArray().Select(x => x.GetDouble())],
            root.GetProperty("model").GetString()!,
            root.GetProperty("modelSha256").GetString()!,
            root.GetProperty("textsSha256").GetString()!,
            root.GetProperty("slack").GetDouble(),
            root.GetProperty("fittedOn").GetString()!);
    }

    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("model", Model);
        writer.WriteString("modelSha256", ModelSha256);
        writer.WriteString("textsSha256", TextsSha256);
        writer.WriteString("regenerate", "scripts/redflag-semantic.sh");
        writer.WriteString("fittedOn", FittedOn);
        writer.WriteString("classes", "ordinary, see_clinician, urgent, emergency; weights per class: 384 for the vector, then the bias");
        writer.WriteNumber("slack", Slack);
        writer.WriteStartArray("thresholds");
        foreach (var threshold in Thresholds)
        {
            writer.WriteNumberValue(threshold);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("weights");
        foreach (var weights in Weights)
        {
            writer.WriteStartArray();
            foreach (var weight in weights)
            {
                writer.WriteNumberValue(weight);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override string ToString() =>
        $"slack {Slack.ToString("F2", CultureInfo.InvariantCulture)}, thresholds " + string.Join(" ", Thresholds.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)));
}
