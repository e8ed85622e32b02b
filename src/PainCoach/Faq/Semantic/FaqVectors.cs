using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PainCoach.Language;

namespace PainCoach.Faq.Semantic;

/// <summary>One embedded text of an entry and its unit sentence vector.</summary>
public sealed record FaqTextVector(string EntryId, string Text, float[] Vector);

/// <summary>
/// The knowledge base's sentence vectors, computed ahead of time (<c>scripts/faq-vectors.sh</c>) and embedded in the
/// library as <c>Faq/Semantic/faq-vectors.json</c>: encoding every text takes seconds, which no start-up should pay.
/// The file names the model and its SHA-256 and a hash of the texts it was computed from, so a test can tell when
/// it is stale (the knowledge base or the model changed).
/// </summary>
public sealed class FaqVectors
{
    public const string ResourceName = "PainCoach.Faq.faq-vectors.json";
    public const string SourcePath = "src/PainCoach/Faq/Semantic/faq-vectors.json";

    public FaqVectors(string model, string modelSha256, string textsSha256, IReadOnlyList<FaqTextVector> texts)
    {
        Model = model;
        ModelSha256 = modelSha256;
        TextsSha256 = textsSha256;
        Texts = texts;
    }

    public string Model { get; }

    public string ModelSha256 { get; }

    /// <summary><see cref="HashTexts"/> of the knowledge base the vectors were computed from.</summary>
    public string TextsSha256 { get; }

    public IReadOnlyList<FaqTextVector> Texts { get; }

    /// <summary>
    /// The texts of an entry that are embedded: how the question is asked (the question and every phrasing). Adding
    /// the short answer changed the tuning figures within noise for 12–16 % more vectors (docs/faq.md), so it is left out.
    /// </summary>
    public static IEnumerable<string> TextsOf(KnowledgeBaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        yield return entry.Question;
        foreach (var alternate in entry.Alternates)
        {
            yield return alternate;
        }
    }

    /// <summary>SHA-256 (hex) over every entry's id and embedded texts, in order: changes whenever a vector would.</summary>
    public static string HashTexts(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in knowledgeBase.Entries)
        {
            foreach (var text in TextsOf(entry))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(entry.Id + "\n" + text + "\n"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string HashFile(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    public static FaqVectors LoadEmbedded() => EmbeddedData.Load(ResourceName, Load, "run scripts/faq-vectors.sh.");

    public static FaqVectors Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var texts = new List<FaqTextVector>();
        foreach (var item in root.GetProperty("texts").EnumerateArray())
        {
            var bytes = Convert.FromBase64String(item.GetProperty("vector").GetString()!);
            if (bytes.Length != SentenceEmbedder.Dimensions * sizeof(float))
            {
                throw new InvalidDataException($"A vector in {ResourceName} has {bytes.Length} bytes, not {SentenceEmbedder.Dimensions} floats.");
            }

            var vector = new float[SentenceEmbedder.Dimensions];
            Buffer.BlockCopy(bytes, 0, vector, 0, bytes.Length);
            texts.Add(new FaqTextVector(item.GetProperty("entry").GetString()!, item.GetProperty("text").GetString()!, vector));
        }

        return new FaqVectors(
            root.GetProperty("model").GetString()!,
            root.GetProperty("modelSha256").GetString()!,
            root.GetProperty("textsSha256").GetString()!,
            texts);
    }

    /// <summary>Encodes every embedded text of <paramref name="knowledgeBase"/> (the generator; seconds, never at start-up).</summary>
    public static FaqVectors Compute(KnowledgeBase knowledgeBase, SentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(embedder);
        var texts = new List<FaqTextVector>();
        foreach (var entry in knowledgeBase.Entries)
        {
            foreach (var text in TextsOf(entry))
            {
                texts.Add(new FaqTextVector(entry.Id, text, embedder.Embed(text)));
            }
        }

        return new FaqVectors(SentenceEmbedder.ModelName, HashFile(embedder.ModelPath), HashTexts(knowledgeBase), texts);
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
        writer.WriteStartArray("texts");
        foreach (var text in Texts)
        {
            var bytes = new byte[text.Vector.Length * sizeof(float)];
            Buffer.BlockCopy(text.Vector, 0, bytes, 0, bytes.Length);
            writer.WriteStartObject();
            writer.WriteString("entry", text.EntryId);
            writer.WriteString("text", text.Text);
            writer.WriteString("vector", Convert.ToBase64String(bytes));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
