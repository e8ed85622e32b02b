using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Faq.Unanswered;
using PainCoach.Functions.Http;
using PainCoach.Storage;

namespace PainCoach.Functions.Faq;

/// <summary>
/// <c>GET /api/faq/unanswered</c> (function key): the questions of the last 30 days that the FAQ could not answer,
/// redacted, grouped by their normalised text and counted, the most recently asked first, so the clinic sees what to
/// add. 503 with problem details when storage does not answer.
/// </summary>
public sealed class FaqUnanswered(UnansweredQuestionStore store)
{
    [Function(nameof(FaqUnanswered))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "faq/unanswered")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var questions = await store.ListAsync(cancellationToken);
            var groups = UnansweredGrouping.Group(questions);
            return new OkObjectResult(new
            {
                days = (int)UnansweredQuestionStore.Lifetime.TotalDays,
                total = questions.Count,
                questions = groups.Select(g => new { question = g.Question, normalised = g.Normalised, count = g.Count, firstAskedAt = g.FirstAskedAt, lastAskedAt = g.LastAskedAt }),
            });
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            return ProblemResults.ServiceUnavailable("Table Storage could not be reached, so the unanswered questions cannot be listed now. Try again later.");
        }
    }
}
