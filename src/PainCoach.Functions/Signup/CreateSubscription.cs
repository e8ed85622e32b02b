using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Signup;

namespace PainCoach.Functions.Signup;

/// <summary>A clinic's web form: creates a pending subscriber and sends one SMS asking for YES (double opt-in).</summary>
public sealed class CreateSubscription(SubscriptionService subscriptions)
{
    [Function(nameof(CreateSubscription))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<SubscriptionRequest>(
            request, async body => SubscriptionResults.ToActionResult(await subscriptions.CreateAsync(body, cancellationToken)), cancellationToken);
}
