using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PainCoach.Faq;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.RedFlags;

namespace PainCoach.IntegrationTests.Faq;

/// <summary>The "done when" examples and bad input, over HTTP through the DevServer.</summary>
[Collection(DevServerCollection.Name)]
public sealed class FaqEndToEndTests(DevServerFixture fixture)
{
    [Fact]
    public async Task Asking_how_long_to_ice_a_heel_answers_with_the_icing_entry()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/faq?q=how+long+should+i+ice+my+heel", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("noMatch").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("alert").ValueKind);
        var answer = body.GetProperty("answers")[0];
        Assert.Equal("ice-duration", answer.GetProperty("id").GetString());
        Assert.Contains("up to 20 minutes", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(answer.GetProperty("shortAnswer").GetString()!.Length <= 320);
        Assert.NotEqual(0, answer.GetProperty("followUps").GetArrayLength());
    }

    [Fact]
    public async Task An_out_of_scope_question_is_no_match()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/faq?q=how+do+I+change+the+oil+in+my+car", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("noMatch").GetBoolean());
        Assert.Equal(0, body.GetProperty("answers").GetArrayLength());
        Assert.Contains("symptom checker", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_when_a_back_that_went_out_lifting_a_box_answers_with_the_strain_entry()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/faq?q=back+went+out+lifting+a+box", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("noMatch").GetBoolean());
        Assert.Equal("muscle-strain", body.GetProperty("answers")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Done_when_a_shoulder_that_clicks_is_no_match()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/faq?q=my+shoulder+clicks+when+i+lift+my+arm", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("noMatch").GetBoolean());
        Assert.Equal(0, body.GetProperty("answers").GetArrayLength());
    }

    [Fact]
    public async Task A_red_flag_question_carries_an_emergency_alert_by_post_and_get()
    {
        using var post = await fixture.Client.PostAsJsonAsync(
            new Uri("/api/faq", UriKind.Relative),
            new { question = "my lower back hurts and I suddenly can't control my bladder, is it my disc?", top = 2, topic = "back" });
        using var get = await fixture.Client.GetAsync(new Uri("/api/faq?q=numb+between+my+legs+and+back+pain", UriKind.Relative));

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var alert = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alert");
            Assert.Equal("emergency", alert.GetProperty("level").GetString());
            Assert.Contains("911", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/faq")]
    [InlineData("/api/faq?q=")]
    [InlineData("/api/faq?q=heel&top=0")]
    [InlineData("/api/faq?q=heel&top=eleven")]
    [InlineData("/api/faq?q=heel&topic=elbow")]
    public async Task Bad_queries_are_400_problem_details(string url)
    {
        using var response = await fixture.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_question_over_500_characters_is_400()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/faq?q=" + new string('a', 501), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"question": ["heel"]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"question": "heel", "top": 50}""", HttpStatusCode.BadRequest)]
    public async Task Bad_bodies_are_4xx(string body, HttpStatusCode status)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(new Uri("/api/faq", UriKind.Relative), content);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var content = new StringContent($$"""{"question":"{{new string('a', 20_000)}}"}""", Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(new Uri("/api/faq", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public void The_host_composes_one_faq_for_http_and_sms_and_the_shared_red_flag_screen()
    {
        var services = fixture.Server.Services;

        Assert.Same(services.GetRequiredService<FaqService>(), services.GetRequiredService<IShortAnswerSource>());
        Assert.Same(services.GetRequiredService<FaqIndex>(), services.GetRequiredService<FaqIndex>());
        Assert.Equal("ice-duration", services.GetRequiredService<IShortAnswerSource>().FindConfidentShortAnswer("how long do I ice my heel?")!.EntryId);
        Assert.Equal(AlertLevel.Emergency, services.GetRequiredService<IRedFlagScreen>().Screen("back pain and I wet myself")!.Level);
    }
}
