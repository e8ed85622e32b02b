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
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/lookup")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<PhoneRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await subscriptions.LookupAsync(body!, cancellationToken);
        return result.Outcome == SubscriptionOutcome.Existing ? new OkObjectResult(result.View) : SubscriptionResults.ToActionResult(result);
    }
}
