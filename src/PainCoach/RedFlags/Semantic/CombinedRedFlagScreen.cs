namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// The free-text screen as registered: the phrase screen (<see cref="FreeTextRedFlagScreen"/>), which reads named
/// signs, areas and negations, and the semantic backup (<see cref="SemanticRedFlagChannel"/>), which can only add: the
/// higher level wins. When the phrases already say emergency the model is not run.
/// </summary>
public sealed class CombinedRedFlagScreen(FreeTextRedFlagScreen phrases, SemanticRedFlagChannel semantic) : IRedFlagScreen
{
    /// <summary>The flag id of an alert the semantic channel raised.</summary>
    public const string SemanticFlagId = "sounds_like_a_warning_sign";

    /// <summary>Where a semantic alert's flag says it comes from.</summary>
    public const string SemanticSource = "Semantic screen: close in meaning to red-flag messages seen before (docs/triage.md)";

    public RedFlagAlert? Screen(string text) => Screen(text, default);

    public RedFlagAlert? Screen(string text, ReadOnlySpan<float> sentenceVector)
    {
        var found = phrases.Screen(text);
        if (found?.Level == AlertLevel.Emergency || string.IsNullOrWhiteSpace(text)
            || semantic.Level(text, sentenceVector) is not { } raised || raised <= found?.Level)
        {
            return found;
        }

        var message = RedFlagCatalog.MessageFor(raised);
        var flag = new RedFlag(
            SemanticFlagId,
            raised,
            PainArea.Any,
            [],
            "Your message sounds like a warning sign that should be checked.",
            message,
            SemanticSource,
            []);
        return new RedFlagAlert(raised, message, [flag, .. found?.Flags ?? []]);
    }
}
