using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using PainCoach.Language;

namespace PainCoach.RedFlags;

/// <summary>
/// The second reading of a text the phrase reading finds no sign in: the text's sentence vector (the shared model,
/// <see cref="SentenceEmbedder"/>) is compared with every labelled message of the read corpora
/// (<see cref="LabelledMessages"/>). When its <see cref="Neighbours"/> nearest are all red-flag messages and the nearest
/// is at least <see cref="MinimumSimilarity"/> alike, the text gets the tier that weighs most among them. One
/// ordinary message among the nearest is a veto: people write "no numbness" close to "numbness", so the bar is that
/// nothing like the text was ever written without a sign. The rule and its two numbers were chosen by leaving each
/// corpus part out of the bank in turn, before any fresh text was scored (docs/triage.md, "Second reading"); the
/// screen asks it only where the phrases read no sign and the text sets nothing aside.
/// A text said with a negation cue ("not performing like before", "zero weight on it") is read against neighbours that
/// say it with one too: of its <see cref="NegatedNeighbours"/> nearest, all red flags and at least
/// <see cref="NegatedAgreeing"/> written with a cue. A sentence vector hardly carries the "no", so "no numbness at all"
/// sits among numbness; a "no" in how the sign was said is what tells the two apart (round 23).
/// <c>readsTextsSaidWithNegation</c> false leaves such texts unread, as before round 23.
/// The screen asks about its English rendering of a text (<see cref="FreeTextRedFlagScreen.EnglishRendering"/>), not
/// the text as written: the model is English, and a Spanish text rendered word by word sits near the English messages
/// that say the same sign. The bank keeps the messages as written (round 24 measured both and chose this).
/// </summary>
public sealed class SecondReading : ISecondReading
{
    public const int Neighbours = 12;
    public const float MinimumSimilarity = 0.70f;

    /// <summary>How many nearest messages a text said with a negation cue is read against.</summary>
    public const int NegatedNeighbours = 16;

    /// <summary>How many of those must have been written with a negation cue too.</summary>
    public const int NegatedAgreeing = 8;

    /// <summary>The flag a second-reading alert carries: no catalog rule fired, so it names how the level was found.</summary>
    public const string FlagId = "second_reading";

    private static readonly RedFlag[] Flags = [.. Enum.GetValues<AlertLevel>().Select(level => new RedFlag(
        FlagId,
        level,
        PainArea.Any,
        [],
        "Your message reads like messages that describe a warning sign.",
        RedFlagCatalog.MessageFor(level),
        "The nearest labelled messages of the read corpora (docs/triage.md, \"Second reading\")",
        []))];

    private readonly LabelledMessages bank;
    private readonly int partLeftOut;
    private readonly Func<string, float[]> vectorOf;
    private readonly bool readsTextsSaidWithNegation;

    /// <summary>The second reading as shipped: every part of the bank, each text embedded by the shared model.</summary>
    public SecondReading(SentenceEmbedder embedder, LabelledMessages bank, bool readsTextsSaidWithNegation = true)
        : this(bank, partLeftOut: -1, EmbeddingBy(embedder), readsTextsSaidWithNegation)
    {
    }

    /// <summary>
    /// The second reading with part <paramref name="partLeftOut"/> of the bank left out (-1: none): how the rule does on
    /// a part it has not seen (scripts/second-reading.sh measure and SecondReadingLeftOutTests). <paramref name="vectorOf"/>
    /// embeds a rendering: the shipped model's <see cref="SentenceEmbedder.Embed"/>, or a fixed vector in a test.
    /// </summary>
    public SecondReading(LabelledMessages bank, int partLeftOut, Func<string, float[]> vectorOf, bool readsTextsSaidWithNegation = true)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(vectorOf);
        this.bank = bank;
        this.partLeftOut = partLeftOut;
        this.vectorOf = vectorOf;
        this.readsTextsSaidWithNegation = readsTextsSaidWithNegation;
    }

    public LabelledMessages Bank => bank;

    /// <summary>The alert for a level the second reading gives: the tier's catalog message and <see cref="FlagId"/>.</summary>
    public static RedFlagAlert AlertFor(AlertLevel level) => new(level, RedFlagCatalog.MessageFor(level), [Flags[(int)level]]);

    /// <summary>The tier the nearest labelled messages give <paramref name="rendering"/>; null when they do not agree on a sign.</summary>
    public AlertLevel? LevelFor(string rendering, bool saidWithNegation)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        if (string.IsNullOrWhiteSpace(rendering) || (saidWithNegation && !readsTextsSaidWithNegation))
        {
            return null;
        }

        return bank.LevelNear(vectorOf(rendering), partLeftOut, saidWithNegation);
    }

    private static Func<string, float[]> EmbeddingBy(SentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        return embedder.Embed;
    }
}

/// <summary>A reading asked about a text the phrases read no sign in (<see cref="FreeTextRedFlagScreen"/>).</summary>
public interface ISecondReading
{
    /// <summary>
    /// The tier a text reads at; null for none. <paramref name="rendering"/>: the text as the screen reads it, in English
    /// (<see cref="FreeTextRedFlagScreen.EnglishRendering"/>); <paramref name="saidWithNegation"/>: the text has a
    /// negation cue word (<see cref="FreeTextRedFlagScreen.SaidWithNegation"/>).
    /// </summary>
    AlertLevel? LevelFor(string rendering, bool saidWithNegation);
}

/// <summary>
/// The labelled messages the project has read (the read corpus parts and the helpers' probe sets) as sentence vectors,
/// computed ahead of time (<c>scripts/second-reading.sh build</c>) and embedded as <c>RedFlags/red-flag-neighbours.bin</c>:
/// encoding 35,000 texts takes minutes, which no start-up should pay. Each vector is kept as 384 signed bytes and a
/// scale (14 MB in memory, a quarter of floats, and the scan reads a quarter of the memory), beside its tier and whether
/// it was written with a negation cue; the header names the model and its SHA-256, the parts and a hash of their
/// labelled texts, so a test can tell when the file is stale.
/// </summary>
public sealed class LabelledMessages
{
    public const string ResourceName = "PainCoach.RedFlags.red-flag-neighbours.bin";
    public const string SourcePath = "src/PainCoach/RedFlags/red-flag-neighbours.bin";
    private const string Magic = "PainCoach second reading v2";

    /// <summary>Ordinary messages carry this tier: no sign.</summary>
    public const sbyte Ordinary = -1;

    private readonly sbyte[] vectors;
    private readonly float[] scales;
    private readonly sbyte[] tiers;
    private readonly bool[] saidWithNegation;
    private readonly ushort[] partOf;

    public LabelledMessages(string model, string modelSha256, string textsSha256, IReadOnlyList<string> parts, sbyte[] vectors, float[] scales, sbyte[] tiers, bool[] saidWithNegation, ushort[] partOf)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(saidWithNegation);
        ArgumentNullException.ThrowIfNull(partOf);
        if (vectors.Length != scales.Length * SentenceEmbedder.Dimensions || tiers.Length != scales.Length || saidWithNegation.Length != scales.Length || partOf.Length != scales.Length)
        {
            throw new ArgumentException("Every message needs one vector, one scale, one tier, one negation mark and one part.", nameof(vectors));
        }

        Model = model;
        ModelSha256 = modelSha256;
        TextsSha256 = textsSha256;
        Parts = parts;
        this.vectors = vectors;
        this.scales = scales;
        this.tiers = tiers;
        this.saidWithNegation = saidWithNegation;
        this.partOf = partOf;
    }

    public string Model { get; }

    public string ModelSha256 { get; }

    /// <summary><see cref="HashTexts"/> of the labelled messages the vectors were computed from.</summary>
    public string TextsSha256 { get; }

    /// <summary>The corpus parts the messages come from, in order (a message's part is an index into this list).</summary>
    public IReadOnlyList<string> Parts { get; }

    public int Count => scales.Length;

    public sbyte TierOf(int message) => tiers[message];

    /// <summary>Whether message <paramref name="message"/> was written with a negation cue (<see cref="FreeTextRedFlagScreen.SaidWithNegation"/>).</summary>
    public bool SaidWithNegation(int message) => saidWithNegation[message];

    public int PartOf(int message) => partOf[message];

    /// <summary>Message <paramref name="message"/>'s vector as stored (for the staleness test).</summary>
    public float[] VectorOf(int message)
    {
        var vector = new float[SentenceEmbedder.Dimensions];
        var stored = vectors.AsSpan(message * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions);
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = stored[d] * scales[message];
        }

        return vector;
    }

    /// <summary>
    /// The tier of <see cref="SecondReading"/>'s rule for a unit <paramref name="vector"/>, leaving out the messages of
    /// part <paramref name="excludedPart"/> (-1: none), so a part can be measured against the others;
    /// <paramref name="queryIsNegated"/>: the text was said with a negation cue, so its neighbours must say theirs with one.
    /// </summary>
    public AlertLevel? LevelNear(ReadOnlySpan<float> vector, int excludedPart, bool queryIsNegated = false)
    {
        var (query, queryScale) = Quantise(vector);
        var neighbours = queryIsNegated ? SecondReading.NegatedNeighbours : SecondReading.Neighbours;
        Span<int> nearest = stackalloc int[neighbours];
        Span<float> nearestSimilarity = stackalloc float[neighbours];
        var found = 0;
        var queryVector = query.AsSpan();
        for (var m = 0; m < scales.Length; m++)
        {
            if (partOf[m] == excludedPart)
            {
                continue;
            }

            var similarity = Dot(queryVector, vectors.AsSpan(m * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions)) * queryScale * scales[m];
            if (found == nearest.Length && similarity <= nearestSimilarity[found - 1])
            {
                continue;
            }

            // Insertion into the short sorted list of the nearest so far.
            var at = found < nearest.Length ? found++ : found - 1;
            while (at > 0 && nearestSimilarity[at - 1] < similarity)
            {
                nearest[at] = nearest[at - 1];
                nearestSimilarity[at] = nearestSimilarity[at - 1];
                at--;
            }

            nearest[at] = m;
            nearestSimilarity[at] = similarity;
        }

        if (found < nearest.Length || nearestSimilarity[0] < SecondReading.MinimumSimilarity)
        {
            return null;
        }

        Span<float> weightByTier = stackalloc float[3];
        var negated = 0;
        for (var i = 0; i < found; i++)
        {
            var tier = tiers[nearest[i]];
            if (tier == Ordinary)
            {
                return null;
            }

            weightByTier[tier] += nearestSimilarity[i];
            negated += saidWithNegation[nearest[i]] ? 1 : 0;
        }

        if (queryIsNegated && negated < SecondReading.NegatedAgreeing)
        {
            return null;
        }

        var best = 0;
        for (var tier = 1; tier < weightByTier.Length; tier++)
        {
            if (weightByTier[tier] > weightByTier[best])
            {
                best = tier;
            }
        }

        return (AlertLevel)best;
    }

    /// <summary>A unit vector as signed bytes and the scale that brings them back (the largest component maps to 127).</summary>
    public static (sbyte[] Values, float Scale) Quantise(ReadOnlySpan<float> vector)
    {
        var largest = 0f;
        foreach (var component in vector)
        {
            largest = MathF.Max(largest, MathF.Abs(component));
        }

        var scale = largest > 0 ? largest / 127f : 1f;
        var values = new sbyte[vector.Length];
        for (var d = 0; d < vector.Length; d++)
        {
            values[d] = (sbyte)Math.Clamp(MathF.Round(vector[d] / scale), -127, 127);
        }

        return (values, scale);
    }

    /// <summary>SHA-256 (hex) over every message's part, tier and text, in order: changes whenever the bank would.</summary>
    public static string HashTexts(IEnumerable<(string Part, sbyte Tier, string Text)> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (part, tier, text) in messages)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{part}\u001f{tier}\u001f{text}\u001e"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static LabelledMessages LoadEmbedded() => EmbeddedData.Load(
        ResourceName,
        Read,
        $"build it with scripts/second-reading.sh build, which writes {SourcePath}.");

    public static LabelledMessages Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a second-reading bank.");
        }

        var model = reader.ReadString();
        var modelSha256 = reader.ReadString();
        var textsSha256 = reader.ReadString();
        var parts = new string[reader.ReadInt32()];
        for (var p = 0; p < parts.Length; p++)
        {
            parts[p] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        var tiers = new sbyte[count];
        var saidWithNegation = new bool[count];
        var partOf = new ushort[count];
        var scales = new float[count];
        var vectors = new sbyte[count * SentenceEmbedder.Dimensions];
        for (var m = 0; m < count; m++)
        {
            tiers[m] = reader.ReadSByte();
            saidWithNegation[m] = reader.ReadBoolean();
            partOf[m] = reader.ReadUInt16();
            scales[m] = reader.ReadSingle();
            var read = reader.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan(m * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions)));
            if (read != SentenceEmbedder.Dimensions)
            {
                throw new InvalidDataException("The second-reading bank ends early.");
            }
        }

        return new LabelledMessages(model, modelSha256, textsSha256, parts, vectors, scales, tiers, saidWithNegation, partOf);
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Model);
        writer.Write(ModelSha256);
        writer.Write(TextsSha256);
        writer.Write(Parts.Count);
        foreach (var part in Parts)
        {
            writer.Write(part);
        }

        writer.Write(Count);
        for (var m = 0; m < Count; m++)
        {
            writer.Write(tiers[m]);
            writer.Write(saidWithNegation[m]);
            writer.Write(partOf[m]);
            writer.Write(scales[m]);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan(m * SentenceEmbedder.Dimensions, SentenceEmbedder.Dimensions)));
        }
    }

    /// <summary>Integer dot product of two signed-byte vectors, widened so no product or sum overflows.</summary>
    private static int Dot(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        var sum = 0;
        var d = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var accumulator = Vector<int>.Zero;
            for (; d <= left.Length - Vector<sbyte>.Count; d += Vector<sbyte>.Count)
            {
                Vector.Widen(new Vector<sbyte>(left[d..]), out var leftLow, out var leftHigh);
                Vector.Widen(new Vector<sbyte>(right[d..]), out var rightLow, out var rightHigh);

                // 127 × 127 fits a short; the pairs are summed as ints.
                Vector.Widen(leftLow * rightLow, out var a, out var b);
                Vector.Widen(leftHigh * rightHigh, out var c, out var e);
                accumulator += a + b + c + e;
            }

            sum = Vector.Sum(accumulator);
        }

        for (; d < left.Length; d++)
        {
            sum += left[d] * right[d];
        }

        return sum;
    }
}
