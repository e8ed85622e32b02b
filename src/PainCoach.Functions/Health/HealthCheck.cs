using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Health;

namespace PainCoach.Functions.Health;

public sealed class HealthCheck(StorageHealthProbe probe)
{
    [Function(nameof(HealthCheck))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var result = await probe.CheckAsync(cancellationToken);
        return result.IsHealthy
            ? new OkObjectResult(new { status = "healthy" })
            : ProblemResults.ServiceUnavailable(result.Problem ?? "Storage is not answering.");
    }
}
