using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Functions.Http;
using PainCoach.Triage;
using PainCoach.Widget;

namespace PainCoach.Functions.Triage;

/// <summary><c>GET /api/triage/questions</c>: the symptom vocabulary as questions, enough to build a form or a chat.</summary>
public sealed class TriageQuestions(WidgetCorsPolicy cors)
{
    private static readonly string[] Methods = ["GET"];

    private static readonly TriageQuestionsResponse Response = new(
        BodyAreas.ContractNames,
        SymptomQuestions.All.Select(q => new TriageQuestionResponse(q.Id, q.Question, q.Area.ToContractName(), q.IsRedFlag)).ToList());

    [Function(nameof(TriageQuestions))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "options", Route = "triage/questions")] HttpRequest request) =>
        WidgetCors.Apply(request, cors, Methods) ?? new OkObjectResult(Response);
}

public sealed record TriageQuestionsResponse(
    [property: JsonPropertyName("areas")] IReadOnlyList<string> Areas,
    [property: JsonPropertyName("questions")] IReadOnlyList<TriageQuestionResponse> Questions);

public sealed record TriageQuestionResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("area")] string Area,
    [property: JsonPropertyName("redFlag")] bool RedFlag);
