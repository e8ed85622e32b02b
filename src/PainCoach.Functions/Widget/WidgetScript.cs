using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Widget;

namespace PainCoach.Functions.Widget;

/// <summary>
/// <c>GET /api/widget.js</c>: the embeddable widget (its CSS inside), with this clinic's settings written in. A
/// clinic pastes <c>&lt;script src=".../api/widget.js" data-topic="heel" data-lang="en" async&gt;&lt;/script&gt;</c>.
/// </summary>
public sealed class WidgetScript(WidgetAssets assets)
{
    [Function(nameof(WidgetScript))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "widget.js")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Any site may load the script (that is its purpose); CORS still decides which sites may call the API.
        request.HttpContext.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        return WebAssetResults.Serve(request, assets.Script, "public, max-age=300");
    }
}
