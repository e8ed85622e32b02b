using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Subscriptions;

namespace PainCoach.Functions.Subscriptions;

/// <summary>Status and schedule of one number, masked; 404 when nothing is held.</summary>
public sealed class GetSubscription(SubscriptionService subscriptions)
{
    [Function(nameof(GetSubscription))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions/{phone}")] HttpRequest request,
        string phone,
        CancellationToken cancellationToken)
    {
        var result = await subscriptions.GetAsync(phone, cancellationToken);
        if (result.Outcome == SubscriptionOutcome.Existing && result.View is null)
        {
            return ProblemResults.Problem(StatusCodes.Status404NotFound, "Not found", "No subscription is held for this number.");
        }

        return result.View is null ? SubscriptionResults.ToActionResult(result) : new OkObjectResult(result.View);
    }
}
