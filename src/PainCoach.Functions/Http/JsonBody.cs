using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PainCoach.Functions.Http;

/// <summary>
/// Reads a JSON request body with a size limit (<see cref="BoundedBody"/>: chunked or not, nothing past it is read). Every way a body can be wrong (too large, empty, not JSON,
/// wrong types) becomes a 4xx problem-details answer, never an exception that turns into a 5xx.
/// </summary>
internal static class JsonBody
{
    /// <summary>Our JSON requests are a few hundred bytes; 16 KiB leaves room and refuses abuse.</summary>
    public const int DefaultLimitBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, int limitBytes = DefaultLimitBytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await BoundedBody.ReadAsync(request, limitBytes, cancellationToken) is not { } body)
        {
            return (null, TooLarge(limitBytes));
        }

        if (body.IsEmpty)
        {
            return (null, ProblemResults.BadRequest("Empty body", "The request body must be a JSON object."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Span, Options);
            return value is null
                ? (null, ProblemResults.BadRequest("Invalid body", "The request body must be a JSON object, not null."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 1 } path ? $" at {path}" : string.Empty;
            return (null, ProblemResults.BadRequest("Invalid JSON", $"The body is not valid JSON for this request{where}."));
        }
    }

    /// <summary>Reads the body as <typeparamref name="T"/> and hands it on; a body that cannot be read is answered with its problem.</summary>
    public static async Task<IActionResult> HandleAsync<T>(HttpRequest request, Func<T, Task<IActionResult>> handle, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (value, problem) = await ReadAsync<T>(request, cancellationToken);
        return problem ?? await handle(value!);
    }

    private static ObjectResult TooLarge(int limitBytes) =>
        ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The request body must be at most {limitBytes} bytes.");
}
