using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PainCoach.Functions.Triage;
using PainCoach.RedFlags;
using PainCoach.Tests.Telemetry;
using PainCoach.Triage;
using PainCoach.Widget;
using Microsoft.Extensions.Options;

namespace PainCoach.Tests.Triage;

/// <summary>The function classes called directly: transport validation and mapping to the contract.</summary>
public sealed class TriageFunctionTests : IDisposable
{
    private readonly TestMetrics metrics = new();
    private readonly TriageFunction function;

    public TriageFunctionTests()
    {
        function = new(new TriageEngine(), metrics.Metrics, new WidgetCorsPolicy(Options.Create(new WidgetOptions())));
    }

    public void Dispose() => metrics.Dispose();

    [Fact]
    public async Task Each_answer_is_counted_by_level_and_nothing_else()
    {
        using var answers = metrics.Collect("paincoach.triage.answers");

        await function.Run(Post("""{"area":"back","durationDays":2,"symptoms":["bladder_bowel_change"]}"""), CancellationToken.None);
        await function.Run(Post("""{"area":"heel","durationDays":5,"symptoms":["first_step_pain"]}"""), CancellationToken.None);
        await function.Run(Post("""{"area":"heel"}"""), CancellationToken.None);

        var levels = answers.GetMeasurementSnapshot().Select(m => Assert.Single(m.Tags).Value).ToList();
        Assert.Equal(["emergency", "self_care"], levels);
    }

    private static HttpRequest Post(string body)
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        return context.Request;
    }

    private async Task<TriageResponse> OkAsync(string body)
    {
        var result = await function.Run(Post(body), CancellationToken.None);
        var ok = Assert.IsType<OkObjectResult>(result);
        return Assert.IsType<TriageResponse>(ok.Value);
    }

    private async Task<ProblemDetails> ProblemAsync(string body, int status = StatusCodes.Status400BadRequest)
    {
        var result = await function.Run(Post(body), CancellationToken.None);
        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, problem.StatusCode);
        Assert.Contains("application/problem+json", problem.ContentTypes);
        return Assert.IsType<ProblemDetails>(problem.Value);
    }

    [Fact]
    public async Task Bladder_change_with_back_pain_answers_emergency_with_cauda_equina()
    {
        var answer = await OkAsync("""{"area":"back","durationDays":2,"symptoms":["bladder_bowel_change"]}""");

        Assert.Equal("emergency", answer.Level);
        Assert.Contains(answer.Reasons, r => r.RuleId == "bladder_bowel_change");
        Assert.Contains(answer.PossibleConditions, c => c.Id == "cauda_equina_syndrome");
    }

    [Fact]
    public async Task Five_days_of_first_step_heel_pain_answers_self_care_with_plantar_fasciitis()
    {
        var answer = await OkAsync("""{"area":"heel","durationDays":5,"painScore":4,"symptoms":["first_step_pain"],"age":44}""");

        Assert.Equal("self_care", answer.Level);
        Assert.Equal("plantar_fasciitis", answer.PossibleConditions[0].Id);
        Assert.Contains(TriageAdvice.HeelIce, answer.Advice);
        Assert.Equal(TriageAdvice.Disclaimer, answer.Disclaimer);
    }

    [Fact]
    public async Task Twenty_two_days_after_self_care_answers_see_clinician_naming_a_podiatrist()
    {
        var answer = await OkAsync("""{"area":"heel","durationDays":22,"selfCareTried":true,"symptoms":["first_step_pain"]}""");

        Assert.Equal("see_clinician", answer.Level);
        Assert.Contains(answer.Advice, line => line.Contains("podiatrist", StringComparison.Ordinal));
    }

    [Fact]
    public void The_answer_serialises_with_the_contract_property_names()
    {
        var json = JsonSerializer.Serialize(TriageResponse.From(new TriageEngine().Assess(
            new TriageRequest(BodyArea.Heel, 5, null, false, new HashSet<string> { SymptomIds.FirstStepPain }, null))));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(
            ["level", "headline", "reasons", "possibleConditions", "advice", "disclaimer"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ruleId", "text"], root.GetProperty("reasons")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "name", "why"], root.GetProperty("possibleConditions")[0].EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("""{"area":"heel","durationDays":"abc"}""", "durationDays")]
    [InlineData("""{"area":"heel","durationDays":2.5}""", "durationDays")]
    [InlineData("""{"area":"heel","durationDays":99999999999}""", "durationDays")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":"first_step_pain"}""", "symptoms")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":[1,2]}""", "symptoms")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":{"a":1}}""", "symptoms")]
    [InlineData("""{"area":"heel","durationDays":5,"selfCareTried":"yes"}""", "selfCareTried")]
    [InlineData("""{"area":7,"durationDays":5}""", "area")]
    [InlineData("""{"area":"heel","durationDays":5,"painScore":"high"}""", "painScore")]
    [InlineData("""{"area":"heel","durationDays":5,"age":[]}""", "age")]
    public async Task Wrong_json_types_are_a_400_that_names_the_field(string body, string field)
    {
        var problem = await ProblemAsync(body);

        Assert.Contains(field, problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"heel\"")]
    [InlineData("42")]
    public async Task Empty_malformed_or_non_object_bodies_are_a_400(string body)
    {
        await ProblemAsync(body);
    }

    [Theory]
    [InlineData("""{"durationDays":5}""", "'area' is required")]
    [InlineData("""{"area":"heel"}""", "'durationDays' is required")]
    [InlineData("""{"area":"heel","durationDays":-1}""", "'durationDays' must be between 0 and 3650")]
    [InlineData("""{"area":"heel","durationDays":3651}""", "'durationDays' must be between 0 and 3650")]
    [InlineData("""{"area":"heel","durationDays":5,"painScore":11}""", "'painScore'")]
    [InlineData("""{"area":"heel","durationDays":5,"age":130}""", "'age'")]
    [InlineData("""{"area":"knee","durationDays":5}""", "'area' must be one of")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":[null]}""", "'symptoms'")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":["sore_knee"]}""", "Valid ids: first_step_pain")]
    public async Task Invalid_values_are_a_400_that_says_what_to_fix(string body, string detail)
    {
        var problem = await ProblemAsync(body);

        Assert.Equal("Invalid triage request", problem.Title);
        Assert.Contains(detail, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var body = $$"""{"area":"heel","durationDays":5,"note":"{{new string('x', 20_000)}}"}""";

        await ProblemAsync(body, StatusCodes.Status413PayloadTooLarge);
    }

    [Fact]
    public async Task Unknown_properties_are_ignored()
    {
        var answer = await OkAsync("""{"area":"back","durationDays":3,"mood":"fine","symptoms":["after_lifting_twisting"]}""");

        Assert.Equal("self_care", answer.Level);
    }

    [Fact]
    public void Questions_list_every_symptom_with_question_area_and_red_flag_mark()
    {
        var ok = Assert.IsType<OkObjectResult>(new TriageQuestions(new WidgetCorsPolicy(Options.Create(new WidgetOptions()))).Run(new DefaultHttpContext().Request));
        var response = Assert.IsType<TriageQuestionsResponse>(ok.Value);

        Assert.Equal(SymptomIds.All, response.Questions.Select(q => q.Id));
        Assert.Equal(["heel", "back", "both"], response.Areas);
        Assert.All(response.Questions, q => Assert.Contains(q.Area, response.Areas));
        Assert.True(response.Questions.Single(q => q.Id == SymptomIds.BladderBowelChange).RedFlag);
    }
}
