using System.Text.Json;

namespace PainCoach.Faq.Ranking;

/// <summary>
/// The calibrated score: a softmax over every entry and a "none of these" option (a conditional logit). Entry e scores
/// zₑ = Σ wᵢ·featureᵢ(e); none scores z₀ = bias + Σ vⱼ·noneFeatureⱼ; an entry's confidence is e^zₑ / (e^z₀ + Σ e^z).
/// So confidences are probabilities that add up to at most 1 across entries: two entries cannot both be sure, and a
/// question about a knee puts its mass on "none". Fitted on the tuning part of the evaluation set by
/// <c>scripts/faq-vectors.sh</c> (<c>tools/PainCoach.FaqTuning</c>) and embedded as <c>faq-calibration.json</c>.
/// One <see cref="Threshold"/> on the probability that some entry answers (1 − P(none)) separates answers from noMatch.
/// </summary>
public sealed class FaqCalibration
{
    public const string ResourceName = "PainCoach.Faq.faq-calibration.json";
    public const string SourcePath = "src/PainCoach/Faq/Ranking/faq-calibration.json";

    public FaqCalibration(IReadOnlyList<double> entryWeights, IReadOnlyList<double> noneWeights, double noneBias, double threshold, string fittedOn)
    {
        ArgumentNullException.ThrowIfNull(entryWeights);
        ArgumentNullException.ThrowIfNull(noneWeights);
        if (entryWeights.Count != FaqFeatures.EntryNames.Count || noneWeights.Count != FaqFeatures.NoneNames.Count)
        {
            throw new ArgumentException("The weights do not match the features.", nameof(entryWeights));
        }

        EntryWeights = [.. entryWeights];
        NoneWeights = [.. noneWeights];
        NoneBias = noneBias;
        Threshold = threshold;
        FittedOn = fittedOn;
    }

    public double[] EntryWeights { get; }

    public double[] NoneWeights { get; }

    public double NoneBias { get; }

    /// <summary>A question whose entries' confidences add up to less than this (1 − P(none)) is noMatch.</summary>
    public double Threshold { get; }

    /// <summary>
    /// Once the question clears <see cref="Threshold"/>, the list is filled from the ranking (up to the caller's
    /// <c>top</c>) with the next entries down to this confidence. The fitted softmax is sharp: a right second answer
    /// often holds only 0.01–0.05 beside a confident first one (measured on the tuning parts: 0.05 lost 3 of 580 right
    /// answers from the top 3), while entries under 0.01 are noise.
    /// </summary>
    public const double RunnerUpFloor = 0.01;

    /// <summary>What the weights were fitted on (file and counts), for the record.</summary>
    public string FittedOn { get; }

    public double EntryLogit(ReadOnlySpan<double> features) => Dot(EntryWeights, features);

    public double NoneLogit(ReadOnlySpan<double> features) => NoneBias + Dot(NoneWeights, features);

    /// <summary>Turns entry logits into confidences in place (softmax with the none option).</summary>
    public static void ToConfidences(Span<double> logits, double noneLogit)
    {
        var max = noneLogit;
        foreach (var z in logits)
        {
            max = Math.Max(max, z);
        }

        var sum = Math.Exp(noneLogit - max);
        for (var e = 0; e < logits.Length; e++)
        {
            logits[e] = Math.Exp(logits[e] - max);
            sum += logits[e];
        }

        for (var e = 0; e < logits.Length; e++)
        {
            logits[e] /= sum;
        }
    }

    public static FaqCalibration LoadEmbedded() => EmbeddedData.Load(ResourceName, Load, "run scripts/faq-vectors.sh.");

    public static FaqCalibration Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var entry = Weights(root.GetProperty("entryWeights"), FaqFeatures.EntryNames);
        var none = Weights(root.GetProperty("noneWeights"), FaqFeatures.NoneNames);
        return new FaqCalibration(entry, none, root.GetProperty("noneBias").GetDouble(), root.GetProperty("threshold").GetDouble(), root.GetProperty("fittedOn").GetString() ?? "");
    }

    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("fittedOn", FittedOn);
        writer.WriteString("regenerate", "scripts/faq-vectors.sh");
        writer.WriteStartObject("entryWeights");
        for (var i = 0; i < EntryWeights.Length; i++)
        {
            writer.WriteNumber(FaqFeatures.EntryNames[i], Math.Round(EntryWeights[i], 6));
        }

        writer.WriteEndObject();
        writer.WriteNumber("noneBias", Math.Round(NoneBias, 6));
        writer.WriteStartObject("noneWeights");
        for (var i = 0; i < NoneWeights.Length; i++)
        {
            writer.WriteNumber(FaqFeatures.NoneNames[i], Math.Round(NoneWeights[i], 6));
        }

        writer.WriteEndObject();
        writer.WriteNumber("threshold", Threshold);
        writer.WriteEndObject();
    }

    private static List<double> Weights(JsonElement element, IReadOnlyList<string> expected)
    {
        var names = new List<string>();
        var weights = new List<double>();
        foreach (var feature in element.EnumerateObject())
        {
            names.Add(feature.Name);
            weights.Add(feature.Value.GetDouble());
        }

        if (!names.SequenceEqual(expected))
        {
            throw new InvalidDataException(
                $"{ResourceName} has weights for [{string.Join(", ", names)}] but the code computes [{string.Join(", ", expected)}]: run scripts/faq-vectors.sh.");
        }

        return weights;
    }

    private static double Dot(double[] weights, ReadOnlySpan<double> features)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * features[i];
        }

        return z;
    }
}
