using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using PainCoach.Language;

namespace PainCoach.RedFlags.Head;

/// <summary>
/// The red-flag head (docs/triage.md, fourth try): a small network trained on the sentence model's token states
/// (one transformer encoder layer, mean and max pooling, three sigmoid outputs) that gives P(tier or higher) for see a
/// clinician, urgent and emergency. It is trained and exported by scripts/redflag-head/ and shipped as two files,
/// <c>red-flag-head.onnx</c> and <c>red-flag-head.json</c> (the thresholds, the ONNX file's SHA-256 and the sentence
/// model's name), embedded in the library. Thread-safe: ONNX Runtime sessions may be run from any number of threads.
/// </summary>
public sealed class RedFlagHead : IDisposable
{
    public const string OnnxResource = "PainCoach.RedFlags.red-flag-head.onnx";
    public const string SettingsResource = "PainCoach.RedFlags.red-flag-head.json";

    /// <summary>The tiers the outputs are for, in output order.</summary>
    public static readonly IReadOnlyList<AlertLevel> Tiers = [AlertLevel.SeeClinician, AlertLevel.Urgent, AlertLevel.Emergency];

    private static readonly string[] OutputNames = ["probabilities"];

    private readonly InferenceSession session;

    private RedFlagHead(InferenceSession session, IReadOnlyList<double?> thresholds)
    {
        this.session = session;
        Thresholds = thresholds;
    }

    /// <summary>Per tier (<see cref="Tiers"/>), the least P(tier or higher) at which the head alerts; null: never at that tier.</summary>
    public IReadOnlyList<double?> Thresholds { get; }

    /// <summary>The head built into the library, validated; null when it is not built in.</summary>
    public static RedFlagHead? LoadEmbeddedIfPresent()
    {
        var assembly = typeof(RedFlagHead).Assembly;
        using var onnx = assembly.GetManifestResourceStream(OnnxResource);
        using var settings = assembly.GetManifestResourceStream(SettingsResource);
        if (onnx is null || settings is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        onnx.CopyTo(buffer);
        return Load(buffer.ToArray(), settings);
    }

    /// <summary>
    /// The head from its two files, validated: the settings name this sentence model and the ONNX file's SHA-256,
    /// thresholds are in (0, 1] or null, and a probe run gives three probabilities. Throws <see cref="InvalidDataException"/>
    /// otherwise, so a broken head stops the host while it starts.
    /// </summary>
    public static RedFlagHead Load(byte[] onnx, Stream settings)
    {
        ArgumentNullException.ThrowIfNull(onnx);
        ArgumentNullException.ThrowIfNull(settings);
        HeadSettings parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<HeadSettings>(settings, JsonOptions) ?? throw new InvalidDataException("red-flag-head.json is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("red-flag-head.json is not valid: " + e.Message, e);
        }

        if (parsed.SentenceModel != SentenceEmbedder.ModelName)
        {
            throw new InvalidDataException($"red-flag-head.json was trained on '{parsed.SentenceModel}', not on {SentenceEmbedder.ModelName}.");
        }

        if (!string.Equals(parsed.OnnxSha256, Convert.ToHexStringLower(SHA256.HashData(onnx)), StringComparison.Ordinal))
        {
            throw new InvalidDataException("red-flag-head.onnx does not match the SHA-256 in red-flag-head.json.");
        }

        if (parsed.Thresholds is not { Count: 3 } thresholds || thresholds.Any(t => t is { } v && !(v > 0 && v <= 1)))
        {
            throw new InvalidDataException("red-flag-head.json needs three thresholds, each in (0, 1] or null.");
        }

        InferenceSession session;
        try
        {
            using var options = new SessionOptions
            {
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            session = new InferenceSession(onnx, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException("red-flag-head.onnx is not a model ONNX Runtime can load: " + e.Message, e);
        }

        var head = new RedFlagHead(session, thresholds);
        try
        {
            var probe = head.Probabilities(new TokenStates(new float[3 * SentenceEmbedder.Dimensions], 3));
            if (probe.Any(p => !(p >= 0 && p <= 1)))
            {
                throw new InvalidDataException("red-flag-head.onnx gives values that are not probabilities.");
            }
        }
        catch (Exception e) when (e is OnnxRuntimeException or ArgumentException or IndexOutOfRangeException)
        {
            head.Dispose();
            throw new InvalidDataException("red-flag-head.onnx does not take token states of the sentence model: " + e.Message, e);
        }

        return head;
    }

    /// <summary>P(see a clinician or higher), P(urgent or higher), P(emergency) for a text's token states.</summary>
    public double[] Probabilities(TokenStates states)
    {
        ArgumentNullException.ThrowIfNull(states);
        using var input = OrtValue.CreateTensorValueFromMemory(states.Rows, [1, states.Length, SentenceEmbedder.Dimensions]);
        var inputs = new Dictionary<string, OrtValue>(1, StringComparer.Ordinal) { ["states"] = input };
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, inputs, OutputNames);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        if (values.Length != Tiers.Count)
        {
            throw new InvalidDataException($"red-flag-head.onnx gave {values.Length} outputs, not {Tiers.Count}.");
        }

        return [values[0], values[1], values[2]];
    }

    /// <summary>The highest tier whose probability reaches its threshold; null when none does.</summary>
    public AlertLevel? LevelOf(IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        for (var k = Tiers.Count - 1; k >= 0; k--)
        {
            if (Thresholds[k] is { } threshold && probabilities[k] >= threshold)
            {
                return Tiers[k];
            }
        }

        return null;
    }

    public void Dispose() => session.Dispose();

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed record HeadSettings(string? SentenceModel, string? OnnxSha256, IReadOnlyList<double?>? Thresholds);
}
