using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Widget;

namespace PainCoach.Functions.Widget;

/// <summary><c>GET /api/widget/demo[?topic=heel|back|both]</c>: a plain clinic page that embeds the widget's one tag.</summary>
public sealed class WidgetDemo(WidgetAssets assets)
{
    private const string Route = "widget/demo";

    [Function(nameof(WidgetDemo))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = BodyArea.Heel;
        if (request.Query.TryGetValue("topic", out var topics) && (topics.Count != 1 || !BodyAreas.TryParse(topics[0], out topic)))
        {
            return ProblemResults.BadRequest("Invalid topic", "topic must be heel, back or both, given once.");
        }

        // The script sits beside this route under the same prefix (/api/widget/demo → /api/widget.js).
        var path = $"{request.PathBase}{request.Path}";
        var at = path.LastIndexOf("/" + Route, StringComparison.OrdinalIgnoreCase);
        var scriptUrl = (at >= 0 ? path[..at] : string.Empty) + "/widget.js";

        var (page, policy) = assets.DemoPage(topic, scriptUrl);
        request.HttpContext.Response.Headers.ContentSecurityPolicy = policy;
        return WebAssetResults.Serve(request, page, "no-cache");
    }
}
