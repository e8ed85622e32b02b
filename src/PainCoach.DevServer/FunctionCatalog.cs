using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace PainCoach.DevServer;

public sealed record HttpFunction(string Name, MethodInfo Method, string Route, IReadOnlyList<string> Methods, AuthorizationLevel AuthLevel);

public sealed record TimerFunction(string Name, MethodInfo Method, string Schedule, bool RunOnStartup);

/// <summary>
/// The functions an assembly declares, read from the same attributes the Worker SDK reads to write
/// <c>functions.metadata</c>, so a new function needs no change here.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<HttpFunction> http, IReadOnlyList<TimerFunction> timers)
    {
        Http = http;
        Timers = timers;
    }

    public IReadOnlyList<HttpFunction> Http { get; }

    public IReadOnlyList<TimerFunction> Timers { get; }

    public static FunctionCatalog Discover(Assembly assembly) => Discover(assembly.GetExportedTypes());

    public static FunctionCatalog Discover(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var http = new List<HttpFunction>();
        var timers = new List<TimerFunction>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var function = method.GetCustomAttribute<FunctionAttribute>();
                if (function is null)
                {
                    continue;
                }

                if (!names.Add(function.Name))
                {
                    throw new DevServerConfigurationException($"Two functions are named '{function.Name}'.");
                }

                var trigger = FindTrigger(method, function.Name);
                switch (trigger)
                {
                    case HttpTriggerAttribute h:
                        var route = string.IsNullOrEmpty(h.Route) ? function.Name : h.Route;
                        var verbs = (h.Methods ?? []).Select(m => m.ToUpperInvariant()).Distinct().ToArray();
                        FunctionInvoker.EnsureBindable(method, function.Name, route);
                        http.Add(new HttpFunction(function.Name, method, route, verbs, h.AuthLevel));
                        break;
                    case TimerTriggerAttribute t:
                        FunctionInvoker.EnsureBindable(method, function.Name, routeTemplate: null);
                        timers.Add(new TimerFunction(function.Name, method, t.Schedule, t.RunOnStartup));
                        break;
                    default:
                        throw new DevServerConfigurationException(
                            $"Function '{function.Name}' uses {trigger.GetType().Name}, which the DevServer does not host.");
                }
            }
        }

        return new FunctionCatalog(http, timers);
    }

    private static Attribute FindTrigger(MethodInfo method, string name)
    {
        var triggers = method.GetParameters()
            .SelectMany(p => p.GetCustomAttributes())
            .Where(a => a.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal))
            .ToList();
        return triggers.Count == 1
            ? triggers[0]
            : throw new DevServerConfigurationException($"Function '{name}' must have exactly one trigger parameter, not {triggers.Count}.");
    }

    /// <summary>Whether a function's parameter is filled from the route (the Functions host binds these by name).</summary>
    internal static bool IsRouteBindable(Type type) =>
        type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(Guid) || type == typeof(bool);

    internal static bool IsHttpContextType(Type type) => type == typeof(HttpRequest) || type == typeof(HttpContext);
}
