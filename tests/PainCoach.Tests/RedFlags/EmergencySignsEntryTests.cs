using System.Text.RegularExpressions;
using PainCoach.Faq;

namespace PainCoach.Tests.RedFlags;

/// <summary>The FAQ's warning-signs entry names the catalog's emergency and urgent signs, in plain words.</summary>
public sealed partial class EmergencySignsEntryTests
{
    private static readonly KnowledgeBaseEntry Entry = KnowledgeBase.LoadEmbedded()["emergency-signs"];

    [Theory]
    // Emergency.
    [InlineData("911")]
    [InlineData("numb between your legs")]
    [InlineData("bladder or bowels")]
    [InlineData("problems with sex")]
    [InlineData("both legs")]
    [InlineData("chest pain")]
    [InlineData("car crash")]
    // Urgent.
    [InlineData("same day")]
    [InlineData("fever")]
    [InlineData("red, hot, swollen foot")]
    [InlineData("redness that spreads")]
    [InlineData("Diabetes")]
    [InlineData("ulcer")]
    [InlineData("changed shape")]
    [InlineData("Heel pain after a fall")]
    [InlineData("snap or pop")]
    [InlineData("any weight on your foot")]
    [InlineData("calf")]
    [InlineData("weaker")]
    [InlineData("cancer")]
    [InlineData("weight loss")]
    [InlineData("immune system")]
    public void The_answer_names_every_emergency_and_urgent_sign(string words)
    {
        Assert.Contains(words, Entry.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answer_and_short_answer_read_at_grade_8_or_below()
    {
        Assert.InRange(FleschKincaidGrade(Entry.Answer), 0, 8);
        Assert.InRange(FleschKincaidGrade(Entry.ShortAnswer), 0, 8);
        Assert.Contains("911", Entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("Same day", Entry.ShortAnswer, StringComparison.Ordinal);
    }

    /// <summary>0.39 words per sentence + 11.8 syllables per word - 15.59, with vowel-group syllable counting.</summary>
    internal static double FleschKincaidGrade(string text)
    {
        var sentences = SentenceEnd().Split(text).Count(s => !string.IsNullOrWhiteSpace(s));
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    private static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, string.Empty);
        return Math.Max(1, VowelGroup().Count(w));
    }

    [GeneratedRegex("[.!?:]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[A-Za-z0-9']+")]
    private static partial Regex Word();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
