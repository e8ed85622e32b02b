using System.Text.Json;

namespace PainCoach.Faq.Ranking;

/// <summary>
/// The logistic score that ranks entries and says how sure it is: confidence = 1 / (1 + e^-(bias + Σ wᵢ·featureᵢ)),
/// the probability that the entry is a right answer, fitted on the tuning part of the evaluation set by
/// <c>scripts/faq-vectors.sh</c> (<c>tools/PainCoach.FaqTuning</c>) and embedded as <c>faq-calibration.json</c>.
/// One <see cref="Threshold"/> separates answers from noMatch.
/// </summary>
public sealed class FaqCalibration
{
    public const string ResourceName = "PainCoach.Faq.faq-calibration.json";
    public const string SourcePath = "src/PainCoach/Faq/Ranking/faq-calibration.json";

    public FaqCalibration(IReadOnlyList<double> weights, double bias, double threshold, string fittedOn)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != FaqFeatures.Count)
        {
            throw new ArgumentException($"{weights.Count} weights for {FaqFeatures.Count} features.", nameof(weights));
        }

        Weights = [.. weights];
        Bias = bias;
        Threshold = threshold;
        FittedOn = fittedOn;
    }

    public double[] Weights { get; }

    public double Bias { get; }

    /// <summary>Answers at or above this confidence are given; below it the question is noMatch.</summary>
    public double Threshold { get; }

    /// <summary>What the weights were fitted on (file and counts), for the record.</summary>
    public string FittedOn { get; }

    public double Logit(ReadOnlySpan<double> features)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return z;
    }

    public static double Confidence(double logit) => 1 / (1 + Math.Exp(-logit));

    public static FaqCalibration LoadEmbedded()
    {
        using var stream = typeof(FaqCalibration).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded: run scripts/faq-vectors.sh.");
        return Load(stream);
    }

    public static FaqCalibration Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var names = new List<string>();
        var weights = new List<double>();
        foreach (var feature in root.GetProperty("weights").EnumerateObject())
        {
            names.Add(feature.Name);
            weights.Add(feature.Value.GetDouble());
        }

        if (!names.SequenceEqual(FaqFeatures.Names))
        {
            throw new InvalidDataException(
                $"{ResourceName} has weights for [{string.Join(", ", names)}] but the code computes [{string.Join(", ", FaqFeatures.Names)}]: run scripts/faq-vectors.sh.");
        }

        return new FaqCalibration(weights, root.GetProperty("bias").GetDouble(), root.GetProperty("threshold").GetDouble(), root.GetProperty("fittedOn").GetString() ?? "");
    }

    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("fittedOn", FittedOn);
        writer.WriteString("regenerate", "scripts/faq-vectors.sh");
        writer.WriteNumber("bias", Math.Round(Bias, 6));
        writer.WriteStartObject("weights");
        for (var i = 0; i < Weights.Length; i++)
        {
            writer.WriteNumber(FaqFeatures.Names[i], Math.Round(Weights[i], 6));
        }

        writer.WriteEndObject();
        writer.WriteNumber("threshold", Threshold);
        writer.WriteEndObject();
    }
}
