using PainCoach.Faq;
using PainCoach.Tests.Faq;

namespace PainCoach.Tests.RedFlags;

/// <summary>The FAQ's warning-signs entry names the catalog's emergency and urgent signs, in plain words.</summary>
public sealed class EmergencySignsEntryTests
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
        Assert.InRange(ReadingLevel.Grade(Entry.Answer), 0, 8);
        Assert.InRange(ReadingLevel.Grade(Entry.ShortAnswer), 0, 8);
        Assert.Contains("911", Entry.ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("same day", Entry.ShortAnswer, StringComparison.Ordinal);
    }
}
