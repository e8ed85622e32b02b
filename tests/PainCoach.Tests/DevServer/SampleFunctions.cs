using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace PainCoach.Tests.DevServer;

// Function classes shaped like the real ones, discovered by the tests through FunctionCatalog.Discover(types).

public sealed class SampleHttpFunctions
{
    [Function("Echo")]
    public IActionResult Echo([HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "echo/{id:int}")] HttpRequest request, int id) =>
        new OkObjectResult(new { id, method = request.Method });

    [Function("NoRoute")]
    public Task<IActionResult> NoRoute([HttpTrigger(AuthorizationLevel.Anonymous)] HttpRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IActionResult>(new OkResult());
}

public sealed class FunctionWithUnbindableParameter
{
    [Function("Unbindable")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequest request, SampleBody body) => new OkResult();
}

public sealed class FunctionWithRouteParameterNotInRoute
{
    [Function("MissingRouteValue")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "things")] HttpRequest request, string phone) => new OkResult();
}

public sealed class FunctionWithUnsupportedReturn
{
    [Function("ReturnsString")]
    public string Run([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => "hello";
}

public sealed class DuplicateNameA
{
    [Function("Same")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "a")] HttpRequest request) => new OkResult();
}

public sealed class DuplicateNameB
{
    [Function("Same")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "b")] HttpRequest request) => new OkResult();
}

public sealed record SampleBody(string Text);
