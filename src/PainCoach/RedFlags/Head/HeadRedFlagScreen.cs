using PainCoach.Language;

namespace PainCoach.RedFlags.Head;

/// <summary>
/// The free-text screen with the red-flag head beside the phrases (docs/triage.md, fourth and fifth tries): the phrase
/// screen reads named signs, areas and negations; the head, trained on the sentence model's token states, may only add:
/// the higher level wins. The head is not run when the phrases already say emergency, nor on a text the guard keeps
/// from it (<see cref="RedFlagClauses"/>: negated, cleared, mentioned and not had, another person's or past). The head
/// reads the token states of <paramref name="modelText"/>(text), the text the FAQ embeds (FaqIndex.ModelText), on which
/// it was trained and thresholded; the FAQ hands in its own run's states, so it runs the model once.
/// </summary>
public sealed class HeadRedFlagScreen(FreeTextRedFlagScreen phrases, RedFlagHead head, SentenceEmbedder embedder, Func<string, string> modelText) : IRedFlagScreen
{
    /// <summary>The flag id of an alert the head raised.</summary>
    public const string HeadFlagId = "sounds_like_a_warning_sign";

    /// <summary>Where a head alert's flag says it comes from.</summary>
    public const string HeadSource = "Semantic screen: a model trained on red-flag and ordinary messages (docs/triage.md)";

    public RedFlagAlert? Screen(string text) => Screen(text, null);

    /// <inheritdoc />
    public RedFlagAlert? Screen(string text, TokenStates? modelRun)
    {
        var found = phrases.Screen(text);
        if (found?.Level == AlertLevel.Emergency || string.IsNullOrWhiteSpace(text) || HeadLevel(text, modelRun) is not { } raised || raised <= found?.Level)
        {
            return found;
        }

        var message = RedFlagCatalog.MessageFor(raised);
        var flag = new RedFlag(HeadFlagId, raised, PainArea.Any, [], "Your message sounds like a warning sign that should be checked.", message, HeadSource, []);
        return new RedFlagAlert(raised, message, [flag, .. found?.Flags ?? []]);
    }

    public string? SafetyCheckFor(string text) => phrases.SafetyCheckFor(text);

    /// <summary>
    /// The level the head alone gives the text; null when none or when the guard keeps the text from it.
    /// <paramref name="modelRun"/>: the token states of the text the FAQ embeds, when the caller has them; else the model is run here.
    /// </summary>
    public AlertLevel? HeadLevel(string text, TokenStates? modelRun = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text) || RedFlagClauses.Read(text, phrases).WholeGuarded)
        {
            return null;
        }

        return head.LevelOf(head.Probabilities(modelRun ?? embedder.Encode(modelText(text))));
    }
}
