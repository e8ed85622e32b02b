using PainCoach.Language;
using PainCoach.RedFlags.Semantic;

namespace PainCoach.RedFlags;

/// <summary>
/// The free-text screen as registered: the phrase screen (<see cref="FreeTextRedFlagScreen"/>), which reads named
/// signs and negations, and the semantic backup (<see cref="SemanticRedFlagChannel"/>), which can only add: the
/// higher level wins. When the phrases already say emergency the model is not run.
/// </summary>
public sealed class CombinedRedFlagScreen(FreeTextRedFlagScreen phrases, SemanticRedFlagChannel semantic, SentenceEmbedder embedder) : IRedFlagScreen
{
    /// <summary>Where a semantic alert's flag says it comes from.</summary>
    public const string SemanticSource = "Semantic screen: close to red-flag messages seen before (docs/triage.md)";

    public RedFlagAlert? Screen(string text)
    {
        var found = phrases.Screen(text);
        return found?.Level == AlertLevel.Emergency || string.IsNullOrWhiteSpace(text)
            ? found
            : Combine(found, embedder.Embed(RedFlagExemplars.Prepare(text)));
    }

    public RedFlagAlert? Screen(string text, ReadOnlySpan<float> sentenceVector)
    {
        var found = phrases.Screen(text);
        return found?.Level == AlertLevel.Emergency || sentenceVector.IsEmpty ? found : Combine(found, sentenceVector);
    }

    private RedFlagAlert? Combine(RedFlagAlert? found, ReadOnlySpan<float> vector)
    {
        if (semantic.Decide(vector) is not { } raised || raised.Level <= found?.Level)
        {
            return found;
        }

        // The tier's message from the catalog (the same words the phrase screen gives at that level).
        var message = RedFlagCatalog.MessageFor(raised.Level);
        var flag = new RedFlag(
            "sounds_like_" + raised.Nearest.Sign,
            raised.Level,
            PainArea.Any,
            [],
            "Your message sounds like a sign that should be checked.",
            message,
            SemanticSource,
            []);
        return new RedFlagAlert(raised.Level, message, [flag, .. found?.Flags ?? []]);
    }
}
