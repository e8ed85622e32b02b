using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace PainCoach.DevServer;

/// <summary>
/// Creates a function class through DI (constructor injection, as in the worker) and calls its method with the
/// parameters the DevServer can supply: the HTTP request or context, route values, <see cref="TimerInfo"/> and a
/// <see cref="CancellationToken"/>. Anything else is refused at start, not at the first request.
/// </summary>
internal static class FunctionInvoker
{
    public static void EnsureBindable(MethodInfo method, string name, string? routeTemplate)
    {
        var routeNames = routeTemplate is null ? [] : RouteParameterNames(routeTemplate);
        foreach (var parameter in method.GetParameters())
        {
            var type = parameter.ParameterType;
            var ok = type == typeof(CancellationToken)
                || (routeTemplate is not null && FunctionCatalog.IsHttpContextType(type))
                || (routeTemplate is null && type == typeof(TimerInfo))
                || (routeTemplate is not null && FunctionCatalog.IsRouteBindable(type) && routeNames.Contains(parameter.Name ?? string.Empty));
            if (!ok)
            {
                throw new DevServerConfigurationException(
                    $"Function '{name}': parameter '{parameter.Name}' of type {type.Name} cannot be bound by the DevServer; read it from the request instead.");
            }
        }

        var returns = method.ReturnType;
        var valid = routeTemplate is null
            ? returns == typeof(void) || returns == typeof(Task) || returns == typeof(ValueTask)
            : typeof(IActionResult).IsAssignableFrom(returns)
              || (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>) && typeof(IActionResult).IsAssignableFrom(returns.GetGenericArguments()[0]));
        if (!valid)
        {
            throw new DevServerConfigurationException($"Function '{name}' returns {returns.Name}, which the DevServer cannot answer with.");
        }
    }

    public static async Task<IActionResult> InvokeHttpAsync(HttpFunction function, HttpContext context)
    {
        var instance = CreateInstance(function.Method, context.RequestServices);
        var arguments = function.Method.GetParameters().Select(p => BindHttp(p, context)).ToArray();
        var result = await InvokeAsync(function.Method, instance, arguments);
        return (IActionResult)result!;
    }

    public static async Task InvokeTimerAsync(TimerFunction function, IServiceProvider services, TimerInfo timer, CancellationToken cancellationToken)
    {
        var instance = CreateInstance(function.Method, services);
        var arguments = function.Method.GetParameters()
            .Select(p => p.ParameterType == typeof(TimerInfo) ? timer : (object)cancellationToken)
            .ToArray();
        await InvokeAsync(function.Method, instance, arguments);
    }

    private static object? CreateInstance(MethodInfo method, IServiceProvider services) =>
        method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);

    private static object? BindHttp(ParameterInfo parameter, HttpContext context)
    {
        var type = parameter.ParameterType;
        if (type == typeof(HttpRequest))
        {
            return context.Request;
        }

        if (type == typeof(HttpContext))
        {
            return context;
        }

        if (type == typeof(CancellationToken))
        {
            return context.RequestAborted;
        }

        var raw = context.GetRouteValue(parameter.Name!)?.ToString();
        if (raw is null)
        {
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        return type == typeof(string) ? raw : Convert.ChangeType(raw, Nullable.GetUnderlyingType(type) ?? type, CultureInfo.InvariantCulture);
    }

    private static async Task<object?> InvokeAsync(MethodInfo method, object? instance, object?[] arguments)
    {
        object? returned;
        try
        {
            returned = method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }

        switch (returned)
        {
            case Task task:
                await task;
                return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return returned;
        }
    }

    internal static HashSet<string> RouteParameterNames(string template)
    {
        var parsed = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(template);
        return parsed.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
