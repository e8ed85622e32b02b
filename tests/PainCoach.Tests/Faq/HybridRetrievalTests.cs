using PainCoach.Faq.Ranking;
using PainCoach.Language;

namespace PainCoach.Tests.Faq;

public sealed class HybridRetrievalTests
{
    [Theory]
    [InlineData("wat r u supposed 2 do w PF", "what are you supposed to do with plantar fasciitis")]
    [InlineData("need new kicks lol", "need new shoes ")]
    [InlineData("Heel pain, any tips?", "Heel pain, any tips?")]
    [InlineData("Dr Scholls or hokas for PF", "insoles or cushioned running shoes for plantar fasciitis")]
    public void Texting_shorthand_is_spelled_out_for_the_sentence_model(string text, string expected)
    {
        Assert.Equal(expected, TextingShorthand.Expand(text));
    }

    [Fact]
    public void Misspelt_words_are_corrected_to_words_the_index_knows_and_known_words_are_kept()
    {
        Assert.Equal("achilles tendonitis hurts", FaqTestServices.Index.CorrectTypos("Achilles tendonitus hurts!"));
        Assert.Equal("my heel hurts", FaqTestServices.Index.CorrectTypos("my heel hurts"));
    }

    [Theory]
    [InlineData("my knee hurts going downstairs", true, false)]
    [InlineData("sciatica pain shooting past my knee", true, true)]
    [InlineData("heel pain every morning", false, true)]
    [InlineData("what is the weather tomorrow", false, false)]
    [InlineData("big toe joint stiff when i run", true, false)]
    [InlineData("best diet to lose 10 lbs fast", true, false)]
    [InlineData("trapped nerve in my ankle", false, true)]
    public void The_domain_check_sees_other_body_parts_and_ours(string question, bool other, bool ours)
    {
        var signal = DomainCheck.Classify(question);

        Assert.Equal(other, signal.OtherTopic);
        Assert.Equal(ours, signal.OurTopic);
        Assert.Equal(other && !ours, signal.OnlyOtherTopic);
        Assert.Equal(!other && !ours, signal.NoTopic);
    }

    [Theory]
    [InlineData("verruca on the bottom of my foot", true)]
    [InlineData("sciatica pain shooting past my knee", false)]
    [InlineData("itchy rash", false)]
    public void The_domain_check_sees_another_condition_named_beside_our_body_parts(string question, bool expected)
    {
        Assert.Equal(expected, DomainCheck.Classify(question).OtherConditionWithOurs);
    }

    [Fact]
    public void A_question_between_close_entries_is_answerable_by_their_sum_and_gets_them_all()
    {
        // "keep my back healthy as i get older" splits between prevention, exercise and lifting advice: no entry holds
        // the threshold alone, but together they hold the probability that the FAQ answers it.
        var hits = new PainCoach.Faq.FaqHit[10];
        var count = FaqTestServices.Ranker.Rank("how can I keep my back healthy as I get older", hits, out var answerable);

        var sum = hits[..count].ToArray().Sum(h => h.Confidence);
        Assert.True(answerable >= sum - 1e-9 && answerable <= 1 + 1e-9, $"answerable {answerable:F3}, top ten {sum:F3}");
        Assert.True(answerable >= FaqTestServices.Ranker.Threshold, $"answerable {answerable:F2}");
        Assert.Contains("prevention", FaqTestServices.Faq.Ask("how can I keep my back healthy as I get older").Answers.Select(a => a.Id));
    }

    [Fact]
    public void Confidences_are_a_softmax_with_a_none_option()
    {
        Span<double> logits = [2.0, 1.0, -1.0];
        FaqCalibration.ToConfidences(logits, noneLogit: 0.5);

        var total = Math.Exp(2) + Math.Exp(1) + Math.Exp(-1) + Math.Exp(0.5);
        Assert.Equal(Math.Exp(2) / total, logits[0], 9);
        Assert.Equal(Math.Exp(-1) / total, logits[2], 9);
        Assert.True(logits[0] + logits[1] + logits[2] < 1);
    }

    [Fact]
    public void A_question_about_a_knee_puts_its_weight_on_none()
    {
        var hits = new PainCoach.Faq.FaqHit[3];
        FaqTestServices.Ranker.Rank("my knee hurts when i go down stairs", hits, out var answerable);

        Assert.True(answerable < FaqTestServices.Ranker.Threshold, $"answerable {answerable:F2}, best {hits[0].Confidence:F2}");
    }
}
