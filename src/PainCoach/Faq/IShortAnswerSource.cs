namespace PainCoach.Faq;

/// <summary>A confident FAQ answer short enough for SMS (at most 320 GSM-7 characters).</summary>
public sealed record ShortAnswer(string EntryId, string Text, double Confidence);

/// <summary>The SMS conversation's view of the FAQ: the short answer when the match is confident, else null.</summary>
public interface IShortAnswerSource
{
    ShortAnswer? FindConfidentShortAnswer(string question);
}
