using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
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
        return result.Outcome == SubscriptionOutcome.Existing ? new OkObjectResult(result.View) : SubscriptionResults.ToActionResult(result);
    }
}
