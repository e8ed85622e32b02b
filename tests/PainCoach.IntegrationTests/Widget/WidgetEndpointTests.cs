using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.Widget;

/// <summary>
/// The widget's script, the demo page, the OpenAPI route and CORS over HTTP through the DevServer, which answers
/// with the same function classes as the Functions host (CORS is answered by the functions, OPTIONS included).
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class WidgetEndpointTests(DevServerFixture fixture)
{
    private const string AllowedOrigin = "https://clinic.example";
    private const int GzipBudgetBytes = 25 * 1024;

    [Fact]
    public async Task The_script_carries_the_clinic_settings_is_gzipped_under_25_KB_and_answers_304_when_unchanged()
    {
        await using var server = await WidgetServer.StartAsync(fixture, AllowedOrigin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/widget.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var gzipped = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(gzipped.Length, 1, GzipBudgetBytes);

        using var unzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        var script = await new StreamReader(unzip, Encoding.UTF8).ReadToEndAsync();
        Assert.DoesNotContain("/*@settings*/null", script, StringComparison.Ordinal);
        Assert.Contains(WidgetServer.ClinicName, script, StringComparison.Ordinal);
        Assert.Contains("\"display\":\"(312) 555-0199\"", script, StringComparison.Ordinal);
        Assert.Contains("\"heel\":\"JOIN HEEL\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("localStorage", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.cookie", script, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/widget.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_demo_page_embeds_the_one_tag_under_a_CSP_that_allows_only_the_app_and_refuses_an_unknown_topic()
    {
        await using var server = await WidgetServer.StartAsync(fixture, AllowedOrigin);
        using var response = await server.Client.GetAsync(new Uri("/api/widget/demo?topic=back", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/api/widget.js\" data-topic=\"back\" data-lang=\"en\" async></script>", page, StringComparison.Ordinal);
        Assert.Contains(WidgetServer.ClinicName, page, StringComparison.Ordinal);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);

        using var bad = await server.Client.GetAsync(new Uri("/api/widget/demo?topic=knee", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_allowed_origin_gets_CORS_headers_and_preflights_and_any_other_origin_gets_none()
    {
        await using var server = await WidgetServer.StartAsync(fixture, AllowedOrigin);

        using (var get = await SendAsync(server, HttpMethod.Get, "/api/faq?q=how+long+should+i+ice+my+heel", AllowedOrigin))
        {
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(AllowedOrigin, Single(get, "Access-Control-Allow-Origin"));
            Assert.Contains("Origin", get.Headers.Vary);
            Assert.False(get.Headers.Contains("Access-Control-Allow-Credentials"));
        }

        using (var preflight = await SendAsync(server, HttpMethod.Options, "/api/triage", AllowedOrigin, requestMethod: "POST", requestHeaders: "content-type"))
        {
            Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
            Assert.Equal(AllowedOrigin, Single(preflight, "Access-Control-Allow-Origin"));
            Assert.Equal("POST", Single(preflight, "Access-Control-Allow-Methods"));
            Assert.Equal("Content-Type", Single(preflight, "Access-Control-Allow-Headers"));
            Assert.Equal("600", Single(preflight, "Access-Control-Max-Age"));
        }

        using (var post = await SendAsync(server, HttpMethod.Post, "/api/triage", AllowedOrigin, body: """{"area":"heel","durationDays":5}"""))
        {
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
            Assert.Equal(AllowedOrigin, Single(post, "Access-Control-Allow-Origin"));
        }

        using (var questions = await SendAsync(server, HttpMethod.Options, "/api/triage/questions", AllowedOrigin, requestMethod: "GET"))
        {
            Assert.Equal(HttpStatusCode.NoContent, questions.StatusCode);
            Assert.Equal(AllowedOrigin, Single(questions, "Access-Control-Allow-Origin"));
        }

        // Other origins, other methods and other headers: an answer the browser will not hand to the page.
        foreach (var (method, path, origin, requestMethod, requestHeaders) in new (HttpMethod, string, string, string?, string?)[]
        {
            (HttpMethod.Get, "/api/faq?q=ice", "https://evil.example", null, null),
            (HttpMethod.Options, "/api/triage", "https://evil.example", "POST", "content-type"),
            (HttpMethod.Options, "/api/triage", "https://clinic.example.evil.example", "POST", null),
            (HttpMethod.Options, "/api/triage", "http://clinic.example", "POST", null),
            (HttpMethod.Options, "/api/triage", AllowedOrigin, "DELETE", null),
            (HttpMethod.Options, "/api/faq", AllowedOrigin, "GET", "x-functions-key"),
        })
        {
            using var refused = await SendAsync(server, method, path, origin, requestMethod, requestHeaders);
            Assert.True(refused.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent, $"{method} {path} from {origin}: {refused.StatusCode}");
            Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"), $"{method} {path} from {origin} ({requestMethod}, {requestHeaders}) got CORS headers");
        }

        // The clinic's server-side routes never answer a browser on another site.
        using var signup = await SendAsync(server, HttpMethod.Options, "/api/subscriptions", AllowedOrigin, requestMethod: "POST");
        Assert.False(signup.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_OpenAPI_description_is_served_as_JSON()
    {
        await using var server = await WidgetServer.StartAsync(fixture, AllowedOrigin);
        using var response = await server.Client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(
        RunningDevServer server, HttpMethod method, string path, string origin, string? requestMethod = null, string? requestHeaders = null, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        if (requestMethod is not null)
        {
            request.Headers.Add("Access-Control-Request-Method", requestMethod);
        }

        if (requestHeaders is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", requestHeaders);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await server.Client.SendAsync(request);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.GetValues(header));
}
