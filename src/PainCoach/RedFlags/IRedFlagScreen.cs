namespace PainCoach.RedFlags;

/// <summary>What the free-text screen found: the most urgent level, the advice to give, and every flag that fired.</summary>
public sealed record RedFlagAlert(AlertLevel Level, string Message, IReadOnlyList<RedFlag> Flags)
{
    /// <summary>The crisis line that leads <see cref="Message"/> (in the words' own language); null without one.</summary>
    public string? CrisisMessage { get; init; }

    /// <summary>The text voiced thoughts of suicide or self-harm, so <see cref="Message"/> leads with a crisis line (<see cref="CrisisWords"/>).</summary>
    public bool CrisisLine => CrisisMessage is not null;

    /// <summary>
    /// The sign the same text raised, at its own level, when a crisis line leads; null without one. An SMS reply in
    /// another language words the sign's advice from its level, not from the composed <see cref="Message"/>.
    /// </summary>
    public RedFlagAlert? Sign { get; init; }
}

/// <summary>
/// Screens free text (an FAQ question, an SMS) for the red flags of <see cref="RedFlagCatalog"/>. The FAQ and the
/// SMS conversation both call it, so a person gets the same safety advice whichever way they ask.
/// </summary>
public interface IRedFlagScreen
{
    /// <summary>
    /// Null when the text describes no red flag. <paramref name="program"/> is what the sender subscribed for (an SMS
    /// from someone with a record): that pain area counts when the text names none, so "fever since last night" from a
    /// back-pain subscriber is fever with back pain. The FAQ has no sender and passes none.
    /// </summary>
    RedFlagAlert? Screen(string text, BodyArea? program = null);

    /// <summary>
    /// Conditional safety advice for a message that touches a sign's topic without stating it (<see cref="SafetyCheck"/>);
    /// null when none is due, including when the text already raises an emergency alert. A back-pain subscriber's
    /// <paramref name="program"/> counts as back pain named, as for <see cref="Screen"/>.
    /// </summary>
    string? SafetyCheckFor(string text, BodyArea? program = null) => null;
}
