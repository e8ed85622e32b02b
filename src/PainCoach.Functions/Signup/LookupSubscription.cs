using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Signup;

namespace PainCoach.Functions.Signup;

/// <summary><c>POST /api/subscriptions/lookup</c> <c>{"phone"}</c>: status and schedule of one number, masked; 404 when nothing is held.</summary>
public sealed class LookupSubscription(SubscriptionService subscriptions)
{
    [Function(nameof(LookupSubscription))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/lookup")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<PhoneRequest>(request, async body => SubscriptionResults.ToLookupResult(await subscriptions.LookupAsync(body, cancellationToken)), cancellationToken);
}
