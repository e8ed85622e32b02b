using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.Triage;

/// <summary><c>/api/triage</c> and <c>/api/triage/questions</c> over HTTP through the DevServer, as a clinic's site calls them.</summary>
[Collection(DevServerCollection.Name)]
public sealed class TriageEndpointTests(DevServerFixture fixture)
{
    private static readonly Uri TriageUri = new("/api/triage", UriKind.Relative);

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(TriageUri, content);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    private static IEnumerable<string> Ids(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!);

    [Fact]
    public async Task Back_pain_with_a_bladder_change_is_an_emergency_with_cauda_equina_syndrome()
    {
        var (status, _, body) = await PostAsync("""{"area":"back","durationDays":2,"symptoms":["bladder_bowel_change"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("emergency", body.GetProperty("level").GetString());
        Assert.Contains("bladder_bowel_change", Ids(body.GetProperty("reasons"), "ruleId"));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("reasons")[0].GetProperty("text").GetString()));
        Assert.Contains("cauda_equina_syndrome", Ids(body.GetProperty("possibleConditions"), "id"));
        Assert.Contains("911", body.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", body.GetProperty("disclaimer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_days_of_first_step_heel_pain_is_self_care_with_plantar_fasciitis()
    {
        var (status, _, body) = await PostAsync("""{"area":"heel","durationDays":5,"painScore":4,"symptoms":["first_step_pain"],"age":44}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("self_care", body.GetProperty("level").GetString());
        Assert.Equal("plantar_fasciitis", body.GetProperty("possibleConditions")[0].GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("advice").EnumerateArray(), a => a.GetString()!.Contains("20 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twenty_two_days_of_it_after_self_care_is_see_clinician_naming_a_podiatrist()
    {
        var (status, _, body) = await PostAsync("""{"area":"heel","durationDays":22,"selfCareTried":true,"symptoms":["first_step_pain"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("see_clinician", body.GetProperty("level").GetString());
        Assert.Contains("plantar_fasciitis", Ids(body.GetProperty("possibleConditions"), "id"));
        Assert.Contains(body.GetProperty("advice").EnumerateArray(), a => a.GetString()!.Contains("podiatrist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Questions_list_every_symptom_with_its_area_and_red_flag_mark()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/triage/questions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var questions = body.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(33, questions.Count); // DESIGN.md's 30 and the three signs the revised catalog needs (docs/triage.md)
        var saddle = questions.Single(q => q.GetProperty("id").GetString() == "saddle_numbness");
        Assert.True(saddle.GetProperty("redFlag").GetBoolean());
        Assert.Equal("back", saddle.GetProperty("area").GetString());
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("question").GetString())));
    }

    [Theory]
    [InlineData("", "Empty body")]
    [InlineData("{\"area\":", "Invalid JSON")]
    [InlineData("""{"area":"heel","durationDays":"abc"}""", "Invalid JSON")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":"first_step_pain"}""", "Invalid JSON")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":[null]}""", "Invalid triage request")]
    [InlineData("""{"area":"heel","durationDays":5,"symptoms":["sore_knee"]}""", "Invalid triage request")]
    [InlineData("""{"durationDays":5}""", "Invalid triage request")]
    [InlineData("""{"area":"heel","durationDays":4000}""", "Invalid triage request")]
    [InlineData("""{"area":"heel","durationDays":5,"painScore":11}""", "Invalid triage request")]
    public async Task Bad_input_is_a_400_problem_never_a_5xx(string json, string title)
    {
        var (status, mediaType, body) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_symptom_gets_the_list_of_valid_ids()
    {
        var (_, _, body) = await PostAsync("""{"area":"back","durationDays":5,"symptoms":["slipped_disc"]}""");

        var detail = body.GetProperty("detail").GetString();
        Assert.Contains("slipped_disc", detail, StringComparison.Ordinal);
        Assert.Contains("bladder_bowel_change", detail, StringComparison.Ordinal);
        Assert.Contains("worsening", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_a_4xx_problem()
    {
        var (status, mediaType, _) = await PostAsync($$"""{"area":"heel","durationDays":5,"note":"{{new string('x', 40_000)}}"}""");

        Assert.True((int)status is >= 400 and < 500, $"Got {(int)status}");
        Assert.Equal("application/problem+json", mediaType);
    }

    [Fact]
    public async Task Triage_answers_only_post()
    {
        using var response = await fixture.Client.GetAsync(TriageUri);

        Assert.True((int)response.StatusCode is 404 or 405, $"Got {(int)response.StatusCode}");
    }
}
