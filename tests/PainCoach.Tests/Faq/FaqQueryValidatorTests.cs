using PainCoach.Faq;

namespace PainCoach.Tests.Faq;

/// <summary>The FAQ's input rules, in the library: what each refusal is called and what a valid query becomes.</summary>
public sealed class FaqQueryValidatorTests
{
    [Theory]
    [InlineData(null, null, null, "Missing question", "q (GET) or question (POST)")]
    [InlineData("   ", 3, null, "Missing question", "the question")]
    [InlineData("ice?", 0, null, "Invalid top", "1 to 10")]
    [InlineData("ice?", 11, null, "Invalid top", "1 to 10")]
    [InlineData("ice?", null, "knee", "Invalid topic", "heel or back")]
    [InlineData("ice?", null, "both", "Invalid topic", "left out for both")]
    public void Each_refusal_names_what_was_wrong(string? question, int? top, string? topic, string title, string detailPart)
    {
        var validation = FaqQueryValidator.Validate(new FaqQueryInput { Question = question, Top = top, Topic = topic });

        Assert.Null(validation.Query);
        Assert.Equal(title, validation.ProblemTitle);
        Assert.Contains(detailPart, validation.ProblemDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_over_the_limit_is_refused_with_its_length()
    {
        var validation = FaqQueryValidator.Validate(new FaqQueryInput { Question = new string('a', FaqService.MaxQuestionLength + 1) });

        Assert.Equal("Question too long", validation.ProblemTitle);
        Assert.Contains((FaqService.MaxQuestionLength + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), validation.ProblemDetail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  how long to ice?  ", null, null, "how long to ice?", 3, null)]
    [InlineData("ice", 10, " HEEL ", "ice", 10, BodyArea.Heel)]
    [InlineData("ice", 1, "back", "ice", 1, BodyArea.Back)]
    public void A_valid_query_is_trimmed_with_the_default_top_and_the_topic_read(string question, int? top, string? topic, string expected, int expectedTop, BodyArea? expectedTopic)
    {
        var validation = FaqQueryValidator.Validate(new FaqQueryInput { Question = question, Top = top, Topic = topic });

        Assert.Equal(new FaqQuery(expected, expectedTop, expectedTopic), validation.Query);
    }
}
