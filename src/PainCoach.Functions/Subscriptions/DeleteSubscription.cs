using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Subscriptions;

namespace PainCoach.Functions.Subscriptions;

/// <summary>Erases everything held about a number: profile, schedule, logs, markers, delivery records, outbox.</summary>
public sealed class DeleteSubscription(SubscriptionService subscriptions)
{
    [Function(nameof(DeleteSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "subscriptions/{phone}")] HttpRequest request,
        string phone,
        CancellationToken cancellationToken)
    {
        var (result, rows) = await subscriptions.EraseAsync(phone, cancellationToken);
        if (result.Outcome is SubscriptionOutcome.Invalid or SubscriptionOutcome.Unavailable)
        {
            return SubscriptionResults.ToActionResult(result);
        }

        return rows == 0
            ? ProblemResults.Problem(StatusCodes.Status404NotFound, "Not found", "No subscription is held for this number.")
            : new NoContentResult();
    }
}
