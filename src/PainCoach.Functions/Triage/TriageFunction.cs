using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Telemetry;
using PainCoach.Triage;
using PainCoach.Widget;

namespace PainCoach.Functions.Triage;

/// <summary><c>POST /api/triage</c>: symptoms in, level, reasons, possible conditions and advice out.</summary>
public sealed class TriageFunction(TriageEngine engine, PainCoachMetrics metrics, WidgetCorsPolicy cors)
{
    private static readonly string[] Methods = ["POST"];

    [Function("Triage")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "triage")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WidgetCors.Apply(request, cors, Methods) is { } preflight
            ? Task.FromResult(preflight)
            : JsonBody.HandleAsync<TriageInput>(request, input => Task.FromResult(Assess(input)), cancellationToken);
    }

    private IActionResult Assess(TriageInput input)
    {
        var validation = TriageInputValidator.Validate(input);
        if (!validation.IsValid)
        {
            return ProblemResults.BadRequest("Invalid triage request", string.Join(" ", validation.Errors));
        }

        var assessment = engine.Assess(validation.Request!);
        metrics.TriageAnswer(assessment.Level.ToWireName());
        return new OkObjectResult(TriageResponse.From(assessment));
    }
}

/// <summary>The wire form of a <see cref="TriageAssessment"/>, names exactly as in DESIGN.md.</summary>
public sealed record TriageResponse(
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("headline")] string Headline,
    [property: JsonPropertyName("reasons")] IReadOnlyList<TriageReasonResponse> Reasons,
    [property: JsonPropertyName("possibleConditions")] IReadOnlyList<PossibleConditionResponse> PossibleConditions,
    [property: JsonPropertyName("advice")] IReadOnlyList<string> Advice,
    [property: JsonPropertyName("disclaimer")] string Disclaimer)
{
    public static TriageResponse From(TriageAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new(
            assessment.Level.ToWireName(),
            assessment.Headline,
            assessment.Reasons.Select(r => new TriageReasonResponse(r.RuleId, r.Text)).ToList(),
            assessment.PossibleConditions.Select(c => new PossibleConditionResponse(c.Id, c.Name, c.Why)).ToList(),
            assessment.Advice,
            assessment.Disclaimer);
    }
}

public sealed record TriageReasonResponse(
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("text")] string Text);

public sealed record PossibleConditionResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("why")] string Why);
