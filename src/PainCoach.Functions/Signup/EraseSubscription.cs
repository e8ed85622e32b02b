using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Signup;

namespace PainCoach.Functions.Signup;

/// <summary>
/// <c>POST /api/subscriptions/erase</c> <c>{"phone"}</c>: erases everything held about a number (profile, schedule,
/// logs, markers, delivery records, outbox); 204 whether or not anything was held (idempotent).
/// </summary>
public sealed class EraseSubscription(SubscriptionService subscriptions)
{
    [Function(nameof(EraseSubscription))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/erase")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<PhoneRequest>(request, async body => SubscriptionResults.ToActionResult(await subscriptions.EraseAsync(body, cancellationToken)), cancellationToken);
}
