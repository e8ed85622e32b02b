using PainCoach.Faq.Unanswered;

namespace PainCoach.Tests.Faq;

public sealed class UnansweredQuestionTests
{
    [Theory]
    [InlineData("call me at +1 (312) 555-0123 about my knee", "call me at [phone] about my knee")]
    [InlineData("my number is 312.555.0123", "my number is [phone]")]
    [InlineData("text 3125550123 pls", "text [phone] pls")]
    [InlineData("+44 20 7946 0958 is my work line", "[phone] is my work line")]
    [InlineData("email jane.doe+clinic@mail.example.org with the answer", "email [email] with the answer")]
    [InlineData("member id 88231 and zip 60614", "member id [number] and zip [number]")]
    [InlineData("claim 123456 was denied", "claim [number] was denied")]
    public void Phone_numbers_emails_and_digit_runs_of_five_or_more_are_redacted(string question, string expected)
    {
        Assert.Equal(expected, QuestionRedaction.Redact(question));
    }

    [Theory]
    [InlineData("knee hurt 2 days, 3 times a week, 101 fever")]
    [InlineData("is 1234 steps a day too much")]
    [InlineData("I'm 45 and my wrist hurts")]
    public void Short_numbers_that_identify_nobody_are_kept(string question)
    {
        Assert.Equal(question, QuestionRedaction.Redact(question));
    }

    [Fact]
    public void Questions_group_by_normalised_text_counted_with_the_most_recent_first()
    {
        var day = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        UnansweredQuestion[] questions =
        [
            new("Knee pain??", day),
            new("knee   pain", day.AddHours(5)),
            new("neck hurts", day.AddHours(2)),
            new("KNEE PAIN", day.AddHours(1)),
            new("wrist", day.AddHours(3)),
            new("?!", day.AddHours(6)),
        ];

        var groups = UnansweredGrouping.Group(questions);

        Assert.Equal(["knee pain", "wrist", "neck hurts"], groups.Select(g => g.Normalised));
        var knee = groups[0];
        Assert.Equal(3, knee.Count);
        Assert.Equal("knee   pain", knee.Question);
        Assert.Equal(day, knee.FirstAskedAt);
        Assert.Equal(day.AddHours(5), knee.LastAskedAt);
        Assert.All(groups.Skip(1), g => Assert.Equal(1, g.Count));
    }

    [Fact]
    public void Rows_are_partitioned_by_utc_day_and_sort_newest_first_within_a_day()
    {
        var morning = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(-6));
        var evening = morning.AddHours(10);

        Assert.Equal("20261201", UnansweredQuestionStore.DayKey(morning));
        Assert.Equal("20261202", UnansweredQuestionStore.DayKey(evening)); // 00:00 UTC on the 2nd
        Assert.True(string.CompareOrdinal(UnansweredQuestionStore.NewestFirstRowKey(morning.AddHours(1)), UnansweredQuestionStore.NewestFirstRowKey(morning)) < 0);
        Assert.NotEqual(UnansweredQuestionStore.NewestFirstRowKey(morning), UnansweredQuestionStore.NewestFirstRowKey(morning));
    }
}
