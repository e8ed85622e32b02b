using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.Language;
using PainCoach.RedFlags;

namespace PainCoach.Tests.Faq;

/// <summary>
/// One sentence-model run per FAQ question (docs/triage.md, fifth try): the ranker's run of the text it embeds
/// (<see cref="FaqIndex.ModelText"/>) is handed to the red-flag screen and back to the ranker, and the vector the ranker
/// reads from it is the one it read before the run was shared.
/// </summary>
public sealed class FaqModelRunTests
{
    [Fact]
    public void The_faq_runs_the_model_once_and_hands_that_run_to_the_screen_and_the_ranker()
    {
        var ranker = new CountingRanker(FaqTestServices.Ranker);
        var screen = new RecordingScreen();
        var faq = new FaqService(FaqTestServices.KnowledgeBase, ranker, screen);

        var result = faq.Ask("how long should i ice my heel");

        Assert.Equal("ice-duration", result.Answers[0].Id);
        Assert.Equal(1, ranker.ModelRuns);
        Assert.NotNull(screen.Received);
        Assert.Same(screen.Received, ranker.RankedWith);
    }

    [Theory]
    [InlineData("plantar fascitis pain when i wake up")]
    [InlineData("ur advice 4 my lower back plz, its killin me")]
    public void The_shared_run_gives_the_vector_the_faq_embedded_before(string question)
    {
        var index = FaqTestServices.Index;
        var before = FaqTestServices.Embedder.Embed(index.CorrectTypos(TextingShorthand.Expand(question)));

        var shared = SentenceEmbedder.MeanPooled(FaqTestServices.Ranker.ModelRun(question)!);

        Assert.Equal(before, shared);
    }

    [Fact]
    public void The_model_text_is_cut_at_the_faqs_question_length()
    {
        var longQuestion = string.Concat(Enumerable.Repeat("heel ", 150)) + "numbness";

        Assert.DoesNotContain("numbness", FaqTestServices.Index.ModelText(longQuestion), StringComparison.Ordinal);
        Assert.Equal(FaqTestServices.Index.ModelText(longQuestion[..FaqService.MaxQuestionLength]), FaqTestServices.Index.ModelText(longQuestion));
    }

    private sealed class CountingRanker(HybridFaqRanker inner) : IFaqRanker
    {
        public int ModelRuns { get; private set; }

        public TokenStates? RankedWith { get; private set; }

        public double Threshold => inner.Threshold;

        public double RunnerUpFloor => inner.RunnerUpFloor;

        public int Rank(string question, Span<FaqHit> hits, BodyArea? topic = null) => throw new InvalidOperationException("the FAQ must rank with its model run");

        public int Rank(string question, Span<FaqHit> hits, out double answerable, BodyArea? topic = null) => throw new InvalidOperationException("the FAQ must rank with its model run");

        public TokenStates? ModelRun(string question)
        {
            ModelRuns++;
            return inner.ModelRun(question);
        }

        public int Rank(string question, TokenStates? modelRun, Span<FaqHit> hits, out double answerable, BodyArea? topic = null)
        {
            RankedWith = modelRun ?? throw new InvalidOperationException("no model run handed in");
            return inner.Rank(question, modelRun, hits, out answerable, topic);
        }
    }

    private sealed class RecordingScreen : IRedFlagScreen
    {
        public TokenStates? Received { get; private set; }

        public RedFlagAlert? Screen(string text) => throw new InvalidOperationException("the FAQ must hand in its model run");

        public RedFlagAlert? Screen(string text, TokenStates? modelRun)
        {
            Received = modelRun;
            return null;
        }
    }
}
