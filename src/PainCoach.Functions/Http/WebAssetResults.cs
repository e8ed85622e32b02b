using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PainCoach.Widget;

namespace PainCoach.Functions.Http;

/// <summary>Answers with a <see cref="WebAsset"/>: gzipped when the browser accepts it, 304 when it has this version.</summary>
internal static class WebAssetResults
{
    public static IActionResult Serve(HttpRequest request, WebAsset asset, string cacheControl)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(asset);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = cacheControl;
        headers.ETag = asset.ETag;
        headers.Vary = "Accept-Encoding";
        headers.XContentTypeOptions = "nosniff";
        if (request.Headers.IfNoneMatch.Any(tag => tag is not null && tag.Split(',').Any(t => t.Trim() == asset.ETag || t.Trim() == "*")))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        var acceptsGzip = request.Headers.AcceptEncoding.Any(value => value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase));
        if (acceptsGzip)
        {
            headers.ContentEncoding = "gzip";
        }

        return new FileContentResult(acceptsGzip ? asset.Gzipped : asset.Content, MediaTypeHeaderValue.Parse(asset.ContentType).ToString());
    }
}
