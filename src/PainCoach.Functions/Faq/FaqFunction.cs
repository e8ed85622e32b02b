using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Faq;
using PainCoach.Faq.Unanswered;
using PainCoach.Functions.Http;
using PainCoach.RedFlags;
using PainCoach.Telemetry;
using PainCoach.Widget;

namespace PainCoach.Functions.Faq;

/// <summary>
/// <c>GET /api/faq?q=…&amp;top=…&amp;topic=…</c> and <c>POST /api/faq</c> <c>{"question", "top", "topic"}</c>: validate the
/// transport, validate with <see cref="FaqQueryValidator"/>, ask <see cref="FaqService"/>, map to the contract's JSON
/// (docs/api.md). A noMatch question is handed to the <see cref="UnansweredQuestionRecorder"/> (redacted, kept in the
/// background: never delays or fails the answer).
/// </summary>
public sealed class FaqFunction(FaqService faq, PainCoachMetrics metrics, UnansweredQuestionRecorder unanswered, WidgetCorsPolicy cors)
{
    private static readonly string[] Methods = ["GET", "POST"];

    /// <summary>A question is at most 500 characters; 4 KiB leaves room for JSON escaping and the other fields.</summary>
    internal const int BodyLimitBytes = 4 * 1024;

    [Function("Faq")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "options", Route = "faq")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (WidgetCors.Apply(request, cors, Methods) is { } preflight)
        {
            return preflight;
        }

        FaqQueryInput? body;
        if (HttpMethods.IsPost(request.Method))
        {
            var (value, problem) = await JsonBody.ReadAsync<FaqQueryInput>(request, cancellationToken, BodyLimitBytes);
            if (problem is not null)
            {
                return problem;
            }

            body = value!;
        }
        else
        {
            if (Single(request, "q", out var q) is { } qProblem)
            {
                return qProblem;
            }

            if (Single(request, "top", out var topText) is { } topProblem)
            {
                return topProblem;
            }

            if (Single(request, "topic", out var topicText) is { } topicProblem)
            {
                return topicProblem;
            }

            int? top = null;
            if (topText is not null)
            {
                if (!int.TryParse(topText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    return ProblemResults.BadRequest("Invalid top", $"top must be a whole number from 1 to {FaqService.MaxTop}.");
                }

                top = parsed;
            }

            body = new FaqQueryInput { Question = q, Top = top, Topic = topicText };
        }

        return Answer(body);
    }

    private IActionResult Answer(FaqQueryInput input)
    {
        var validation = FaqQueryValidator.Validate(input);
        if (validation.Query is not { } query)
        {
            return ProblemResults.BadRequest(validation.ProblemTitle!, validation.ProblemDetail!);
        }

        var result = faq.Ask(query.Question, query.Top, query.Topic);
        metrics.FaqQuery(result.NoMatch);
        if (result.NoMatch)
        {
            unanswered.Record(result.Query);
        }

        return new OkObjectResult(FaqResponse.From(result));
    }

    private static ObjectResult? Single(HttpRequest request, string name, out string? value)
    {
        value = null;
        if (!request.Query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count != 1)
        {
            return ProblemResults.BadRequest($"Repeated {name}", $"Give {name} once.");
        }

        value = values[0];
        return null;
    }
}

/// <summary>The contract's FAQ answer (docs/api.md), with enums as the strings it names (<c>see_clinician</c>, <c>urgent</c>, <c>emergency</c>).</summary>
internal sealed record FaqResponse(string Query, bool NoMatch, IReadOnlyList<FaqResponse.AnswerBody> Answers, FaqResponse.AlertBody? Alert, string? Message)
{
    public static FaqResponse From(FaqResult result) => new(
        result.Query,
        result.NoMatch,
        result.Answers.Select(a => new AnswerBody(a.Id, a.Question, a.Answer, a.ShortAnswer, a.Confidence, Lower(a.Topic), a.Source, a.FollowUps)).ToList(),
        result.Alert is { } alert ? new AlertBody(alert.Level.ToWireName(), alert.Message) : null,
        result.Message);

    private static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    internal sealed record AnswerBody(string Id, string Question, string Answer, string ShortAnswer, double Confidence, string Topic, string Source, IReadOnlyList<FaqFollowUp> FollowUps);

    internal sealed record AlertBody(string Level, string Message);
}
