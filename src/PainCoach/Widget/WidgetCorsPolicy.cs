using Microsoft.Extensions.Options;

namespace PainCoach.Widget;

/// <summary>What to answer a browser's cross-origin call: the headers to add, and for a preflight its status.</summary>
public sealed record CorsAnswer(IReadOnlyDictionary<string, string> Headers, bool IsPreflight);

/// <summary>
/// CORS for the routes the widget calls, decided here so the Functions host and the DevServer answer alike. Only
/// the origins in <c>PainCoach__Widget__AllowedOrigins</c> get CORS headers; any other origin gets none, so the
/// browser keeps the answer from that page. No credentials are ever allowed: the widget sends no cookies.
/// </summary>
public sealed class WidgetCorsPolicy
{
    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public const int PreflightMaxAgeSeconds = 600;

    private static readonly string[] AllowedRequestHeaders = ["content-type"];

    private readonly HashSet<string> origins;

    public WidgetCorsPolicy(IOptions<WidgetOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        origins = WidgetOptionsValidator.SplitOrigins(options.Value.AllowedOrigins)
            .Select(WebAddresses.TryReadOrigin)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> AllowedOrigins => origins;

    /// <summary>
    /// The answer to a request with this <paramref name="origin"/> header to a route that allows
    /// <paramref name="routeMethods"/>. A preflight is an OPTIONS request with <c>Access-Control-Request-Method</c>.
    /// </summary>
    public CorsAnswer Decide(string? origin, string method, string? requestedMethod, string? requestedHeaders, IReadOnlyCollection<string> routeMethods)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(routeMethods);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Vary"] = "Origin" };
        var isPreflight = string.Equals(method, "OPTIONS", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(requestedMethod);
        var allowedOrigin = WebAddresses.TryReadOrigin(origin) is { } canonical && origins.Contains(canonical) ? canonical : null;

        if (allowedOrigin is null)
        {
            return new CorsAnswer(headers, isPreflight);
        }

        if (!isPreflight)
        {
            headers["Access-Control-Allow-Origin"] = allowedOrigin;
            return new CorsAnswer(headers, IsPreflight: false);
        }

        var methodAllowed = routeMethods.Contains(requestedMethod!.Trim(), StringComparer.OrdinalIgnoreCase);
        var asked = (requestedHeaders ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var headersAllowed = asked.All(h => AllowedRequestHeaders.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (methodAllowed && headersAllowed)
        {
            headers["Access-Control-Allow-Origin"] = allowedOrigin;
            headers["Access-Control-Allow-Methods"] = string.Join(", ", routeMethods.Select(m => m.ToUpperInvariant()));
            headers["Access-Control-Allow-Headers"] = "Content-Type";
            headers["Access-Control-Max-Age"] = PreflightMaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new CorsAnswer(headers, IsPreflight: true);
    }
}
