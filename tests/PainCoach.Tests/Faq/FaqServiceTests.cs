using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.RedFlags;

namespace PainCoach.Tests.Faq;

public sealed class FaqServiceTests
{
    private static readonly FaqService Faq = FaqTestServices.Faq;

    [Fact]
    public void How_long_to_ice_a_heel_answers_with_the_icing_entry_up_to_20_minutes()
    {
        var result = Faq.Ask("how long should i ice my heel");

        Assert.False(result.NoMatch);
        Assert.Null(result.Alert);
        Assert.Null(result.Message);
        var answer = result.Answers[0];
        Assert.Equal("ice-duration", answer.Id);
        Assert.Contains("up to 20 minutes", answer.Answer, StringComparison.Ordinal);
        Assert.InRange(answer.Confidence, Faq.ConfidenceThreshold, 1.0);
        Assert.NotEmpty(answer.FollowUps);
        Assert.All(answer.FollowUps, f => Assert.Equal(FaqTestServices.KnowledgeBase[f.Id].Question, f.Question));
    }

    [Theory]
    [InlineData("plantar fascitis", "plantar-fasciitis")]
    [InlineData("achilles tendonitus", "achilles-tendinitis")]
    [InlineData("slipped disc", "herniated-disc")]
    [InlineData("pins and needles in my heel", "nerve-symptoms")]
    [InlineData("is physio worth it", "physical-therapy")]
    [InlineData("sore heel causes", "heel-pain-causes")]
    public void Lay_words_synonyms_and_typos_find_the_entry(string question, string expected)
    {
        Assert.Equal(expected, Faq.Ask(question).Answers[0].Id);
    }

    [Fact]
    public void Answers_are_ordered_by_confidence_answerable_above_the_threshold_and_together_at_most_1()
    {
        var hits = new FaqHit[FaqService.MaxTop];
        var count = FaqTestServices.Ranker.Rank("which stretches and shoes help heel pain", hits);
        var confidences = hits[..count].Select(h => h.Confidence).ToList();

        Assert.Equal(FaqService.MaxTop, count);
        Assert.Equal(confidences.OrderByDescending(c => c), confidences);
        Assert.InRange(confidences.Sum(), 0.0, 1.0);
        FaqTestServices.Ranker.Rank("which stretches and shoes help heel pain", hits, out var answerable);
        Assert.InRange(answerable, Faq.ConfidenceThreshold, 1.0);
        var answers = Faq.Ask("which stretches and shoes help heel pain", top: 10).Answers;
        Assert.InRange(answers[0].Confidence, 0.0, 1.0);
        Assert.All(answers.Skip(1), a => Assert.InRange(a.Confidence, FaqCalibration.RunnerUpFloor, answers[0].Confidence));
    }

    [Fact]
    public void No_match_message_names_the_symptom_checker_in_plain_words()
    {
        Assert.Contains("symptom checker", FaqService.NoMatchMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("/api", FaqService.NoMatchMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("triage", FaqService.NoMatchMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("back went out lifting a box", "muscle-strain")]
    [InlineData("should i stay in bed with back pain", "bed-rest")]
    [InlineData("does prolotherapy actually work lol", "prolotherapy")]
    public void The_issues_examples_in_patients_words_find_their_entry(string question, string expected)
    {
        Assert.Equal(expected, Faq.Ask(question).Answers[0].Id);
    }

    [Fact]
    public void Morning_heel_pain_in_texting_words_is_answered_with_first_step_pain_among_the_answers()
    {
        // Ranked second after the causes of heel pain (0.57 against 0.33): both are fair answers to "kills in the morning".
        Assert.Contains("first-step-pain", Faq.Ask("my heel kills in the morning wat do").Answers.Select(a => a.Id));
    }

    [Theory]
    [InlineData("my shoulder clicks when i lift my arm")]
    [InlineData("my knee hurts when i run")]
    [InlineData("migraine for three days")]
    public void Other_joints_and_health_matters_are_no_match(string question)
    {
        Assert.True(Faq.Ask(question).NoMatch);
    }

    [Fact]
    public void The_word_index_alone_is_still_available_for_comparison()
    {
        Assert.Equal("ice-duration", FaqTestServices.LexicalFaq.Ask("how long should i ice my heel").Answers[0].Id);
        Assert.Equal(0.4, FaqTestServices.LexicalFaq.ConfidenceThreshold);
    }

    [Fact]
    public void Top_limits_the_number_of_answers()
    {
        Assert.Single(Faq.Ask("heel pain", top: 1).Answers);
        Assert.True(Faq.Ask("heel pain", top: 10).Answers.Count > 3);
        Assert.Equal(3, Faq.Ask("heel pain").Answers.Count);
    }

    [Theory]
    [InlineData(BodyArea.Heel, BodyArea.Back)]
    [InlineData(BodyArea.Back, BodyArea.Heel)]
    public void Topic_keeps_entries_of_that_topic_and_those_about_both(BodyArea topic, BodyArea excluded)
    {
        var answers = Faq.Ask("pain treatment stretches exercise", top: 10, topic: topic).Answers;

        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.NotEqual(excluded, a.Topic));
    }

    [Fact]
    public void Out_of_scope_questions_get_no_match_no_answers_and_a_fallback()
    {
        var result = Faq.Ask("what's the weather like in Chicago tomorrow");

        Assert.True(result.NoMatch);
        Assert.Empty(result.Answers);
        Assert.Equal(FaqService.NoMatchMessage, result.Message);
        Assert.Null(result.Alert);
    }

    [Fact]
    public void A_red_flag_sets_an_emergency_alert_naming_911_whatever_else_matched()
    {
        var result = Faq.Ask("I have a slipped disc and now I can't control my bladder");

        Assert.False(result.NoMatch);
        Assert.Equal(AlertLevel.Emergency, result.Alert!.Level);
        Assert.Contains("911", result.Alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_gives_the_same_answers_from_many_threads_at_once()
    {
        string[] questions = ["how long should i ice my heel", "slipped disc", "best shoes for plantar fasciitis", "prolotherapy"];
        var expected = questions.Select(q => Faq.Ask(q).Answers[0].Id).ToArray();

        var mismatches = 0;
        Parallel.For(0, 2000, i =>
        {
            if (Faq.Ask(questions[i % questions.Length]).Answers[0].Id != expected[i % questions.Length])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void The_sms_view_gives_the_short_answer_when_confident_and_null_otherwise()
    {
        var sms = Sms(Faq);

        var answer = sms.FindConfidentShortAnswer("how long do i ice my heel");
        Assert.NotNull(answer);
        Assert.Equal("ice-duration", answer.EntryId);
        Assert.Equal(FaqTestServices.KnowledgeBase["ice-duration"].ShortAnswer, answer.Text);
        Assert.InRange(answer.Confidence, Faq.ConfidenceThreshold, 1.0);

        Assert.Null(sms.FindConfidentShortAnswer("banana bread recipe"));
        Assert.Null(sms.FindConfidentShortAnswer("   "));
        Assert.Null(sms.FindConfidentShortAnswer(new string('x', 5000)));
    }

    private static IShortAnswerSource Sms(IShortAnswerSource source) => source;

    [Fact]
    public void Questions_with_only_stop_words_numbers_or_symbols_are_no_match()
    {
        Assert.True(Faq.Ask("what is it?").NoMatch);
        Assert.True(Faq.Ask("12345").NoMatch);
        Assert.True(Faq.Ask("?!?! 🙂").NoMatch);
    }

    [Fact]
    public void Very_long_and_many_word_questions_are_answered_without_failing()
    {
        var longQuestion = string.Join(' ', Enumerable.Repeat("heel pain ice stretch", 40));

        Assert.False(Faq.Ask(longQuestion[..500]).NoMatch);
        Assert.False(Faq.Ask(new string('a', 33) + " heel spur").NoMatch);
    }
}
