using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using PainCoach.Faq.Unanswered;
using PainCoach.Functions.Faq;
using PainCoach.Tests.Telemetry;
using PainCoach.Widget;
using Microsoft.Extensions.Options;

namespace PainCoach.Tests.Faq;

public sealed class FaqFunctionTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly TestMetrics metrics = new();
    private readonly FaqFunction function;
    private readonly UnansweredQuestionStore store;
    private readonly UnansweredQuestionRecorder unanswered;

    public FaqFunctionTests()
    {
        // The recorder only queues here (its background writer is not started): no storage is touched.
        store = new UnansweredQuestionStore(new TableServiceClient("UseDevelopmentStorage=true"), TimeProvider.System, NullLogger<UnansweredQuestionStore>.Instance);
        unanswered = new UnansweredQuestionRecorder(store, TimeProvider.System, NullLogger<UnansweredQuestionRecorder>.Instance);
        function = new(FaqTestServices.Faq, metrics.Metrics, unanswered, new WidgetCorsPolicy(Options.Create(new WidgetOptions())));
    }

    public void Dispose()
    {
        metrics.Dispose();
        unanswered.Dispose();
    }

    [Fact]
    public async Task A_no_match_question_is_queued_for_the_clinic_redacted_and_an_answered_one_is_not()
    {
        await function.Run(Get("?q=how+long+should+i+ice+my+heel"), CancellationToken.None);
        await function.Run(Get("?q=my+wrist+hurts+call+me+on+312-555-0123+or+me%40example.com"), CancellationToken.None);

        Assert.True(unanswered.TryTakeQueued(out var queued));
        Assert.Equal("my wrist hurts call me on [phone] or [email]", queued!.Text);
        Assert.False(unanswered.TryTakeQueued(out _));
    }

    [Fact]
    public async Task Each_answered_question_is_counted_as_answered_or_no_match()
    {
        using var queries = metrics.Collect("paincoach.faq.queries");

        await function.Run(Get("?q=how+long+should+i+ice+my+heel"), CancellationToken.None);
        await function.Run(Get("?q=what+is+the+weather+tomorrow"), CancellationToken.None);
        await function.Run(Get("?top=3"), CancellationToken.None);

        var outcomes = queries.GetMeasurementSnapshot().Select(m => Assert.Single(m.Tags).Value).ToList();
        Assert.Equal(["answered", "no_match"], outcomes);
    }

    [Fact]
    public async Task Get_answers_in_the_contract_shape_with_lower_case_topic_and_null_alert()
    {
        var json = await OkJson(Get("?q=how+long+should+i+ice+my+heel&top=2&topic=heel"));

        Assert.Equal("how long should i ice my heel", json.GetProperty("query").GetString());
        Assert.False(json.GetProperty("noMatch").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("alert").ValueKind);
        var answers = json.GetProperty("answers");
        Assert.InRange(answers.GetArrayLength(), 1, 2);
        var first = answers[0];
        Assert.Equal("ice-duration", first.GetProperty("id").GetString());
        foreach (var field in new[] { "question", "answer", "shortAnswer", "source" })
        {
            Assert.False(string.IsNullOrEmpty(first.GetProperty(field).GetString()), field);
        }

        Assert.Equal("both", first.GetProperty("topic").GetString());
        Assert.InRange(first.GetProperty("confidence").GetDouble(), 0, 1);
        var followUp = first.GetProperty("followUps")[0];
        Assert.False(string.IsNullOrEmpty(followUp.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(followUp.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task Post_answers_like_get_and_carries_the_alert_in_lower_case()
    {
        var json = await OkJson(Post("""{"question":"back pain and I lost control of my bladder","top":1}"""));

        Assert.Equal("emergency", json.GetProperty("alert").GetProperty("level").GetString());
        Assert.Contains("911", json.GetProperty("alert").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_scope_is_no_match_with_a_fallback_message()
    {
        var json = await OkJson(Get("?q=banana+bread+recipe"));

        Assert.True(json.GetProperty("noMatch").GetBoolean());
        Assert.Equal(0, json.GetProperty("answers").GetArrayLength());
        var message = json.GetProperty("message").GetString()!;
        Assert.Contains("symptom checker", message, StringComparison.Ordinal);
        Assert.DoesNotContain("/api", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Missing question")]
    [InlineData("?q=", "Missing question")]
    [InlineData("?q=%20%20", "Missing question")]
    [InlineData("?q=heel&q=back", "Repeated q")]
    [InlineData("?q=heel&top=0", "Invalid top")]
    [InlineData("?q=heel&top=11", "Invalid top")]
    [InlineData("?q=heel&top=two", "Invalid top")]
    [InlineData("?q=heel&top=-1", "Invalid top")]
    [InlineData("?q=heel&top=99999999999999", "Invalid top")]
    [InlineData("?q=heel&topic=knee", "Invalid topic")]
    public async Task Bad_query_strings_are_400_problem_details_that_say_what_is_wrong(string query, string title)
    {
        await AssertProblem(Get(query), 400, title);
    }

    [Fact]
    public async Task A_question_over_500_characters_is_400()
    {
        await AssertProblem(Get("?q=" + new string('a', 501)), 400, "Question too long");
        await OkJson(Get("?q=" + new string('a', 500)));
    }

    [Theory]
    [InlineData("", 400)]
    [InlineData("not json", 400)]
    [InlineData("null", 400)]
    [InlineData("""{"question": 42}""", 400)]
    [InlineData("""{"question": "heel", "top": "three"}""", 400)]
    [InlineData("""{"question": "heel", "top": 0}""", 400)]
    [InlineData("""{"question": "heel", "topic": "neck"}""", 400)]
    [InlineData("""{"top": 3}""", 400)]
    [InlineData("[1,2]", 400)]
    public async Task Bad_bodies_are_4xx_problem_details(string body, int status)
    {
        var result = await function.Run(Post(body), CancellationToken.None);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, problem.StatusCode);
        Assert.IsType<ProblemDetails>(problem.Value);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413()
    {
        var body = $$"""{"question":"{{new string('a', 5000)}}"}""";

        await AssertProblem(Post(body), 413, "Body too large");
    }

    private async Task<JsonElement> OkJson(HttpRequest request)
    {
        var result = await function.Run(request, CancellationToken.None);
        var ok = Assert.IsType<OkObjectResult>(result);
        return JsonSerializer.SerializeToElement(ok.Value, ok.Value!.GetType(), Web);
    }

    private async Task AssertProblem(HttpRequest request, int status, string title)
    {
        var result = await function.Run(request, CancellationToken.None);
        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, problem.StatusCode);
        Assert.Contains("application/problem+json", problem.ContentTypes);
        Assert.Equal(title, Assert.IsType<ProblemDetails>(problem.Value).Title);
    }

    private static HttpRequest Get(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    private static HttpRequest Post(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        return context.Request;
    }
}
