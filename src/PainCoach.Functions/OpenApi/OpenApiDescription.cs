using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Widget;

namespace PainCoach.Functions.OpenApi;

/// <summary>
/// <c>GET /api/openapi.json</c>: the hand-written OpenAPI 3.1 description of every route (docs/openapi.json,
/// compiled into this assembly). A test proves it names every function's route and method and that its
/// examples are what the endpoints answer.
/// </summary>
public sealed class OpenApiDescription
{
    private const string ResourceName = "PainCoach.Functions.openapi.json";

    private static readonly Lazy<WebAsset> Document = new(() =>
    {
        using var stream = typeof(OpenApiDescription).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing: build the Functions project.");
        using var reader = new StreamReader(stream);
        return WidgetAssets.Asset("application/json; charset=utf-8", reader.ReadToEnd());
    });

    [Function("OpenApi")]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        WebAssetResults.Serve(request, Document.Value, "public, max-age=300");
}
