namespace PainCoach.Faq.Unanswered;

/// <summary>One question the FAQ had no confident answer for, already redacted.</summary>
public sealed record UnansweredQuestion(string Text, DateTimeOffset AskedAt)
{
    /// <summary>
    /// The grouping key: lower-case words separated by single spaces, without punctuation, so "Knee pain??" and
    /// "knee  pain" count as one question.
    /// </summary>
    public string Normalised => Normalise(Text);

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        var starts = new int[TextAnalysis.MaxWords];
        var lengths = new int[TextAnalysis.MaxWords];
        var count = TextAnalysis.Split(text, buffer, starts, lengths);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = new string(buffer, starts[i], lengths[i]);
        }

        return string.Join(' ', words);
    }
}

/// <summary>Questions that normalise to the same text, counted, with the most recent wording as asked.</summary>
public sealed record UnansweredGroup(string Question, string Normalised, int Count, DateTimeOffset FirstAskedAt, DateTimeOffset LastAskedAt);

/// <summary>Groups questions by their normalised text; the most recently asked group first.</summary>
public static class UnansweredGrouping
{
    public static IReadOnlyList<UnansweredGroup> Group(IEnumerable<UnansweredQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return questions
            .Where(q => q.Normalised.Length > 0)
            .GroupBy(q => q.Normalised, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(q => q.AskedAt)!;
                return new UnansweredGroup(latest.Text, g.Key, g.Count(), g.Min(q => q.AskedAt), latest.AskedAt);
            })
            .OrderByDescending(g => g.LastAskedAt)
            .ThenByDescending(g => g.Count)
            .ToList();
    }
}
