using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PainCoach.Widget;

namespace PainCoach.Functions.Http;

/// <summary>
/// CORS for the routes the widget calls, answered by the function itself so the Functions host and the DevServer
/// behave alike (the host hands OPTIONS to a function only when its trigger lists "options"). The decision is
/// <see cref="WidgetCorsPolicy"/>'s; this writes it onto the response.
/// </summary>
internal static class WidgetCors
{
    /// <summary>
    /// Adds the CORS headers <paramref name="policy"/> decides for this request. For OPTIONS (a preflight or a
    /// plain one) returns the whole answer, 204; for any other method null, and the function answers as usual.
    /// </summary>
    public static IActionResult? Apply(HttpRequest request, WidgetCorsPolicy policy, IReadOnlyCollection<string> routeMethods)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        var headers = request.Headers;
        var answer = policy.Decide(headers.Origin.ToString(), request.Method, headers.AccessControlRequestMethod.ToString(), headers.AccessControlRequestHeaders.ToString(), routeMethods);
        foreach (var (name, value) in answer.Headers)
        {
            request.HttpContext.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        request.HttpContext.Response.Headers.Allow = string.Join(", ", routeMethods.Append("OPTIONS"));
        return new NoContentResult();
    }
}
