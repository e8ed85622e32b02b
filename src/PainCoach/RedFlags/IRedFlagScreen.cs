namespace PainCoach.RedFlags;

/// <summary>What the free-text screen found: the most urgent level, the advice to give, and every flag that fired.</summary>
public sealed record RedFlagAlert(AlertLevel Level, string Message, IReadOnlyList<RedFlag> Flags);

/// <summary>
/// Screens free text (an FAQ question, an SMS) for the red flags of <see cref="RedFlagCatalog"/>. The FAQ and the
/// SMS conversation both call it, so a person gets the same safety advice whichever way they ask.
/// </summary>
public interface IRedFlagScreen
{
    /// <summary>Null when the text describes no red flag.</summary>
    RedFlagAlert? Screen(string text);

    /// <summary>
    /// The same, with the text's sentence vector already computed (the FAQ embeds each question for retrieval), so the
    /// sentence model does not run on it twice. A screen that reads no vectors ignores it.
    /// </summary>
    RedFlagAlert? Screen(string text, ReadOnlySpan<float> sentenceVector) => Screen(text);
}
