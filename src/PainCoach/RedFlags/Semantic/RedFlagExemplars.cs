using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// One seen sentence with its sentence vector: a red flag (<see cref="Level"/> set, with the sign it states) or an
/// ordinary sentence (<see cref="Level"/> null).
/// </summary>
public sealed record RedFlagExemplar(string Text, AlertLevel? Level, string? Sign, float[] Vector);

/// <summary>
/// The semantic channel's exemplars: seen red-flag sentences of the tuning corpora with their tier and sign, and seen
/// ordinary text (the ordinary corpora and the FAQ's in-scope tuning questions), with vectors computed ahead of time
/// (<c>scripts/faq-vectors.sh</c>) and embedded as <c>RedFlags/Semantic/red-flag-exemplars.json</c>. Like the FAQ's
/// vectors, the file names the model, its SHA-256 and a hash of the texts, so a test tells when it is stale.
/// </summary>
public sealed class RedFlagExemplars
{
    public const string ResourceName = "PainCoach.RedFlags.red-flag-exemplars.json";
    public const string SourcePath = "src/PainCoach/RedFlags/Semantic/red-flag-exemplars.json";

    /// <summary>The seen files the exemplars come from, relative to the repository root (never a held-out part).</summary>
    public static readonly string[] RedFlagSources =
    [
        "tests/PainCoach.Tests/RedFlags/corpus-red-flags.tuning.json",
        "tests/PainCoach.Tests/RedFlags/corpus-red-flags.heldout1.json",
    ];

    public static readonly string[] OrdinarySources =
    [
        "tests/PainCoach.Tests/RedFlags/corpus-ordinary.tuning.json",
        "tests/PainCoach.Tests/RedFlags/corpus-ordinary.heldout1.json",
    ];

    /// <summary>FAQ questions people ask about their heel and back pain: ordinary text (their in-scope part, less warning-sign questions).</summary>
    public static readonly string[] FaqSources =
    [
        "tests/PainCoach.Tests/Faq/faq-evaluation-v2.tuning.json",
        "tests/PainCoach.Tests/Faq/faq-evaluation-v2.tuning-more.json",
    ];

    /// <summary>FAQ entries about warning signs: questions answered by them may state a red flag, so they are not ordinary.</summary>
    public static readonly string[] WarningSignEntries = ["swollen-calf", "emergency-signs"];

    public RedFlagExemplars(string model, string modelSha256, string textsSha256, IReadOnlyList<RedFlagExemplar> exemplars, RedFlagTierModel tierModel)
    {
        Model = model;
        ModelSha256 = modelSha256;
        TextsSha256 = textsSha256;
        Exemplars = exemplars;
        TierModel = tierModel;
    }

    /// <summary>The tier model fitted on these exemplars when the file was made.</summary>
    public RedFlagTierModel TierModel { get; }

    public string Model { get; }

    public string ModelSha256 { get; }

    public string TextsSha256 { get; }

    public IReadOnlyList<RedFlagExemplar> Exemplars { get; }

    /// <summary>The text the model reads: texting shorthand spelled out, as for exemplars and queries alike.</summary>
    public static string Prepare(string text) => TextingShorthand.Expand(text);

    /// <summary>Reads the exemplar texts (no vectors yet) from the seen files under <paramref name="root"/>.</summary>
    public static IReadOnlyList<(string Text, AlertLevel? Level, string? Sign)> ReadSources(string root) =>
        ReadSources(path => File.OpenRead(Path.Combine(root, path)));

    /// <summary>Reads the exemplar texts from the seen files, each opened by its path relative to the repository root.</summary>
    public static IReadOnlyList<(string Text, AlertLevel? Level, string? Sign)> ReadSources(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var texts = new List<(string, AlertLevel?, string?)>();
        foreach (var path in RedFlagSources)
        {
            using var stream = open(path);
            using var document = JsonDocument.Parse(stream);
            foreach (var item in document.RootElement.GetProperty("sentences").EnumerateArray())
            {
                texts.Add((item.GetProperty("text").GetString()!, ParseTier(item.GetProperty("tier").GetString()!), item.GetProperty("sign").GetString()));
            }
        }

        foreach (var path in OrdinarySources)
        {
            using var stream = open(path);
            using var document = JsonDocument.Parse(stream);
            texts.AddRange(document.RootElement.GetProperty("sentences").EnumerateArray().Select(s => (s.GetString()!, (AlertLevel?)null, (string?)null)));
        }

        foreach (var path in FaqSources)
        {
            using var stream = open(path);
            using var document = JsonDocument.Parse(stream);
            texts.AddRange(document.RootElement.GetProperty("inScope").EnumerateArray()
                .Where(q => !q.GetProperty("expect").EnumerateArray().Any(e => WarningSignEntries.Contains(e.GetString())))
                .Select(q => (q.GetProperty("q").GetString()!, (AlertLevel?)null, (string?)null)));
        }

        return texts;
    }

    public static AlertLevel ParseTier(string tier) => tier switch
    {
        "emergency" => AlertLevel.Emergency,
        "urgent" => AlertLevel.Urgent,
        "see_clinician" => AlertLevel.SeeClinician,
        _ => throw new InvalidDataException($"Unknown tier '{tier}'."),
    };

    private static string TierName(AlertLevel? level) => level?.ToWireName() ?? "ordinary";

    /// <summary>SHA-256 (hex) over every exemplar's tier, sign and text, in order: changes whenever a vector or label would.</summary>
    public static string HashTexts(IEnumerable<(string Text, AlertLevel? Level, string? Sign)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (text, level, sign) in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(TierName(level) + "\n" + sign + "\n" + text + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static RedFlagExemplars LoadEmbedded()
    {
        using var stream = typeof(RedFlagExemplars).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded: run scripts/faq-vectors.sh.");
        return Load(stream);
    }

    public static RedFlagExemplars Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var exemplars = new List<RedFlagExemplar>();
        foreach (var item in root.GetProperty("exemplars").EnumerateArray())
        {
            var bytes = Convert.FromBase64String(item.GetProperty("vector").GetString()!);
            if (bytes.Length != SentenceEmbedder.Dimensions * sizeof(float))
            {
                throw new InvalidDataException($"A vector in {ResourceName} has {bytes.Length} bytes, not {SentenceEmbedder.Dimensions} floats.");
            }

            var vector = new float[SentenceEmbedder.Dimensions];
            Buffer.BlockCopy(bytes, 0, vector, 0, bytes.Length);
            var tier = item.GetProperty("tier").GetString()!;
            exemplars.Add(new RedFlagExemplar(
                item.GetProperty("text").GetString()!,
                tier == "ordinary" ? null : ParseTier(tier),
                item.TryGetProperty("sign", out var sign) ? sign.GetString() : null,
                vector));
        }

        var tierModel = root.GetProperty("tierModel");
        return new RedFlagExemplars(
            root.GetProperty("model").GetString()!,
            root.GetProperty("modelSha256").GetString()!,
            root.GetProperty("textsSha256").GetString()!,
            exemplars,
            new RedFlagTierModel(
                [.. tierModel.GetProperty("weights").EnumerateArray().Select(w => w.EnumerateArray().Select(x => x.GetDouble()).ToArray())],
                [.. tierModel.GetProperty("thresholds").EnumerateArray().Select(x => x.GetDouble())]));
    }

    /// <summary>Encodes every exemplar text and fits the tier model (the generator; seconds, never at start-up).</summary>
    public static RedFlagExemplars Compute(IReadOnlyList<(string Text, AlertLevel? Level, string? Sign)> texts, SentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(embedder);
        var exemplars = texts.Select(t => new RedFlagExemplar(t.Text, t.Level, t.Sign, embedder.Embed(Prepare(t.Text)))).ToList();
        using var model = File.OpenRead(embedder.ModelPath);
        return new RedFlagExemplars(SentenceEmbedder.ModelName, Convert.ToHexStringLower(SHA256.HashData(model)), HashTexts(texts), exemplars, RedFlagTierModel.FitWithThresholds(exemplars));
    }

    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("model", Model);
        writer.WriteString("modelSha256", ModelSha256);
        writer.WriteString("textsSha256", TextsSha256);
        writer.WriteNumber("dimensions", SentenceEmbedder.Dimensions);
        writer.WriteString("regenerate", "scripts/faq-vectors.sh");
        writer.WriteStartObject("tierModel");
        writer.WriteString("classes", "ordinary, see_clinician, urgent, emergency; weights per class: 384 for the vector, then the bias");
        writer.WriteStartArray("thresholds");
        foreach (var threshold in TierModel.Thresholds)
        {
            writer.WriteNumberValue(threshold);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("weights");
        foreach (var weights in TierModel.Weights)
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
        writer.WriteStartArray("exemplars");
        foreach (var exemplar in Exemplars)
        {
            var bytes = new byte[exemplar.Vector.Length * sizeof(float)];
            Buffer.BlockCopy(exemplar.Vector, 0, bytes, 0, bytes.Length);
            writer.WriteStartObject();
            writer.WriteString("tier", TierName(exemplar.Level));
            if (exemplar.Sign is not null)
            {
                writer.WriteString("sign", exemplar.Sign);
            }

            writer.WriteString("text", exemplar.Text);
            writer.WriteString("vector", Convert.ToBase64String(bytes));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
