using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PainCoach.Functions.Http;

/// <summary>RFC 7807 answers for the JSON routes: every refusal says what was wrong.</summary>
internal static class ProblemResults
{
    public const string ContentType = "application/problem+json";

    public static ObjectResult Problem(int status, string title, string detail)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
        };
        var result = new ObjectResult(problem) { StatusCode = status };
        result.ContentTypes.Add(ContentType);
        return result;
    }

    public static ObjectResult BadRequest(string title, string detail) =>
        Problem(StatusCodes.Status400BadRequest, title, detail);

    public static ObjectResult ServiceUnavailable(string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail);
}
