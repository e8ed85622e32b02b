using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PainCoach.Functions.Http;
using PainCoach.Signup;

namespace PainCoach.Functions.Signup;

internal static class SubscriptionResults
{
    /// <summary>Look-up answers 200 with the view; everything else as <see cref="ToActionResult"/>.</summary>
    public static IActionResult ToLookupResult(SubscriptionResult result) =>
        result.Outcome == SubscriptionOutcome.Existing ? new OkObjectResult(result.View) : ToActionResult(result);

    public static IActionResult ToActionResult(SubscriptionResult result) => result.Outcome switch
    {
        SubscriptionOutcome.Created or SubscriptionOutcome.Existing when result.View is not null =>
            new ObjectResult(result.View) { StatusCode = StatusCodes.Status202Accepted },
        SubscriptionOutcome.OptedOut =>
            ProblemResults.Problem(StatusCodes.Status409Conflict, "Opted out", result.Problem ?? "This number opted out."),
        SubscriptionOutcome.Unavailable =>
            ProblemResults.ServiceUnavailable(result.Problem ?? "Storage is not answering."),
        SubscriptionOutcome.NotFound =>
            ProblemResults.Problem(StatusCodes.Status404NotFound, "Not found", "No subscription is held for this number."),
        SubscriptionOutcome.Erased => new NoContentResult(),
        SubscriptionOutcome.Undeliverable =>
            ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "Undeliverable number", result.Problem ?? "This number cannot receive SMS."),
        _ => ProblemResults.BadRequest($"Invalid {result.Field ?? "request"}", result.Problem ?? "The request is not valid."),
    };
}
