using PainCoach.Language;

namespace PainCoach.RedFlags;

/// <summary>
/// The second reading of words of self-harm, for a text <see cref="CrisisWords"/> reads nothing in and sets nothing
/// aside: its sentence vector (the shared model) is compared with the crisis sets' labelled messages (people's own
/// thoughts and someone else's, and tricky ordinary ones; <c>crisis-neighbours.bin</c>) and with every message of the
/// red-flag bank, none of which voices such thoughts. When the <see cref="Neighbours"/> nearest of all are crisis
/// messages and the nearest is at least <see cref="MinimumSimilarity"/> alike, the text gets the crisis line. Both
/// numbers were chosen with each crisis set left out of the bank in turn, before any new writer was scored
/// (docs/triage.md, "Words of self-harm").
/// </summary>
public sealed class CrisisReading(SentenceEmbedder embedder, LabelledMessages crisisBank, LabelledMessages redFlagBank) : ICrisisReading
{
    public const int Neighbours = 3;
    public const float MinimumSimilarity = 0.50f;

    /// <summary>The tier a crisis message carries in its bank (an ordinary one carries <see cref="LabelledMessages.Ordinary"/>).</summary>
    public const sbyte Crisis = 0;

    public const string ResourceName = "PainCoach.RedFlags.crisis-neighbours.bin";
    public const string SourcePath = "src/PainCoach/RedFlags/crisis-neighbours.bin";

    public static LabelledMessages LoadEmbeddedBank() => EmbeddedData.Load(
        ResourceName,
        LabelledMessages.Read,
        $"build it with scripts/second-reading.sh build-crisis, which writes {SourcePath}.");

    public bool Reads(string text) =>
        !string.IsNullOrWhiteSpace(text) && Reads(embedder.Embed(text), crisisBank, redFlagBank);

    /// <summary>
    /// The rule for a unit <paramref name="vector"/>, leaving crisis set <paramref name="excludedPart"/> and red-flag part
    /// <paramref name="excludedRedFlagPart"/> out (-1: none), so a bank's own messages can be measured against the rest.
    /// </summary>
    public static bool Reads(ReadOnlySpan<float> vector, LabelledMessages crisisBank, LabelledMessages redFlagBank, int excludedPart = -1, int excludedRedFlagPart = -1)
    {
        ArgumentNullException.ThrowIfNull(crisisBank);
        ArgumentNullException.ThrowIfNull(redFlagBank);
        Span<int> nearest = stackalloc int[Neighbours];
        Span<float> similarity = stackalloc float[Neighbours];
        if (crisisBank.Nearest(vector, excludedPart, nearest, similarity) < Neighbours || similarity[0] < MinimumSimilarity)
        {
            return false;
        }

        foreach (var message in nearest)
        {
            if (crisisBank.TierOf(message) != Crisis)
            {
                return false;
            }
        }

        // Only now the large bank: any red-flag or ordinary message nearer than the third crisis neighbour is a veto.
        Span<int> closest = stackalloc int[1];
        Span<float> closestSimilarity = stackalloc float[1];
        return redFlagBank.Nearest(vector, excludedRedFlagPart, closest, closestSimilarity) == 0 || closestSimilarity[0] < similarity[^1];
    }
}

/// <summary>A reading of words of self-harm asked when <see cref="CrisisWords"/> reads none (<see cref="FreeTextRedFlagScreen"/>).</summary>
public interface ICrisisReading
{
    bool Reads(string text);
}
