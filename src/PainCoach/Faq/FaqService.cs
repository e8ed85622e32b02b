using PainCoach.Faq.Ranking;
using PainCoach.RedFlags;

namespace PainCoach.Faq;

public sealed record FaqFollowUp(string Id, string Question);

public sealed record FaqAnswer(
    string Id,
    string Question,
    string Answer,
    string ShortAnswer,
    double Confidence,
    BodyArea Topic,
    string Source,
    IReadOnlyList<FaqFollowUp> FollowUps);

public sealed record FaqAlert(AlertLevel Level, string Message);

/// <summary>The answer to one question (DESIGN.md, <c>GET /api/faq</c>). <see cref="Message"/> is set with <see cref="NoMatch"/>.</summary>
public sealed record FaqResult(string Query, bool NoMatch, IReadOnlyList<FaqAnswer> Answers, FaqAlert? Alert, string? Message);

/// <summary>
/// Answers a question from the knowledge base, and screens its text for red flags first: the alert is set whatever
/// else matched. Entries are ranked by <see cref="IFaqRanker"/> (words and meaning: <see cref="HybridFaqRanker"/>); a
/// question whose answerability (for the hybrid ranker 1 − P(none)) is below its one threshold is noMatch, and after
/// the best answer the next ones are given down to the ranker's runner-up floor.
/// </summary>
public sealed class FaqService(KnowledgeBase knowledgeBase, IFaqRanker ranker, IRedFlagScreen redFlagScreen) : IShortAnswerSource
{
    /// <summary>The one threshold that separates answers from noMatch (on the ranker's answerability), fitted on the tuning parts.</summary>
    public double ConfidenceThreshold => ranker.Threshold;

    public const int DefaultTop = 3;
    public const int MaxTop = 10;
    public const int MaxQuestionLength = 500;

    // Follow-ups depend only on the immutable knowledge base: resolved once, by entry index, not per answer.
    private readonly FaqFollowUp[][] followUps = [.. knowledgeBase.Entries.Select(entry =>
        entry.FollowUps.Select(id => new FaqFollowUp(id, knowledgeBase[id].Question)).ToArray())];

    public const string NoMatchMessage =
        "Sorry, I don't have an answer to that. For advice about your heel or back pain, try our symptom checker, or ask a doctor, physical therapist or pharmacist.";

    public FaqResult Ask(string question, int top = DefaultTop, BodyArea? topic = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, MaxTop);

        var alert = redFlagScreen.Screen(question) is { } found ? new FaqAlert(found.Level, found.Message) : null;
        Span<FaqHit> hits = stackalloc FaqHit[MaxTop];
        var count = ranker.Rank(question, hits[..top], out var answerable, topic);
        var answers = new List<FaqAnswer>(count);
        if (count > 0 && answerable >= ConfidenceThreshold)
        {
            foreach (var hit in hits[..count])
            {
                if (answers.Count == 0 || hit.Confidence >= ranker.RunnerUpFloor)
                {
                    answers.Add(ToAnswer(hit.EntryIndex, hit.Confidence));
                }
            }
        }

        return answers.Count == 0
            ? new FaqResult(question, true, [], alert, NoMatchMessage)
            : new FaqResult(question, false, answers, alert, null);
    }

    /// <inheritdoc />
    public ShortAnswer? FindConfidentShortAnswer(string question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        Span<FaqHit> hits = stackalloc FaqHit[1];
        if (ranker.Rank(question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question, hits, out var answerable) == 0 || answerable < ConfidenceThreshold)
        {
            return null;
        }

        var entry = knowledgeBase.Entries[hits[0].EntryIndex];
        return new ShortAnswer(entry.Id, entry.ShortAnswer, Math.Round(hits[0].Confidence, 2));
    }

    private FaqAnswer ToAnswer(int entryIndex, double confidence)
    {
        var entry = knowledgeBase.Entries[entryIndex];
        return new(
            entry.Id,
            entry.Question,
            entry.Answer,
            entry.ShortAnswer,
            Math.Round(confidence, 2),
            entry.Topic,
            entry.Source,
            followUps[entryIndex]);
    }
}
