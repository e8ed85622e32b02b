using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace PainCoach.DevServer;

/// <summary>Maps each HTTP function to its route and methods under the host.json route prefix.</summary>
public static class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<HttpFunction> functions, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(functions);
        foreach (var function in functions)
        {
            var pattern = RoutePattern(routePrefix, function.Route);
            RequestDelegate handler = async context =>
            {
                var result = await FunctionInvoker.InvokeHttpAsync(function, context);
                await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            };

            // No auth-level check: like `func start`, keys are not required locally.
            var builder = function.Methods.Count == 0
                ? endpoints.Map(pattern, handler)
                : endpoints.MapMethods(pattern, function.Methods, handler);
            builder.WithDisplayName($"Functions.{function.Name}");
        }
    }

    public static string RoutePattern(string routePrefix, string route)
    {
        var prefix = (routePrefix ?? string.Empty).Trim('/');
        var path = route.Trim('/');
        return prefix.Length == 0 ? "/" + path : $"/{prefix}/{path}";
    }
}
