using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
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
        return SubscriptionResults.ToActionResult(await subscriptions.EraseAsync(phone, cancellationToken));
    }
}
