using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PainCoach.DevServer;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.DevServer;

/// <summary>
/// The DevServer must serve exactly what the Worker SDK's generated functions.metadata declares, so that what is
/// tested locally is what the Functions host would serve.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class FunctionsMetadataContractTests(DevServerFixture fixture)
{
    [Fact]
    public void Http_routes_and_methods_match_functions_metadata()
    {
        var declared = ReadMetadata()
            .Where(f => f.Trigger == "httpTrigger")
            .Select(f => (f.Name, Pattern: HttpFunctionEndpoints.RoutePattern(RoutePrefix(), f.Route ?? f.Name), Methods: Normalize(f.Methods)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var served = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (
                Name: e.DisplayName!["Functions.".Length..],
                Pattern: e.RoutePattern.RawText!,
                Methods: Normalize(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, served);
    }

    [Fact]
    public void Timers_and_their_schedules_match_functions_metadata()
    {
        var declared = ReadMetadata()
            .Where(f => f.Trigger == "timerTrigger")
            .Select(f => (f.Name, f.Schedule))
            .OrderBy(f => f.Name, StringComparer.Ordinal);

        var served = fixture.Server.Services.GetRequiredService<TimerFunctionScheduler>().Loops
            .Select(l => (l.Timer.Function.Name, (string?)l.Timer.Function.Schedule))
            .OrderBy(f => f.Name, StringComparer.Ordinal);

        Assert.Equal(declared, served);
    }

    [Fact]
    public async Task Every_declared_http_route_answers_through_the_devserver()
    {
        foreach (var function in ReadMetadata().Where(f => f.Trigger == "httpTrigger" && f.Route is not null && !f.Route.Contains('{', StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(function.Methods.FirstOrDefault() ?? "GET"), HttpFunctionEndpoints.RoutePattern(RoutePrefix(), function.Route!));
            using var response = await fixture.Client.SendAsync(request);

            Assert.NotEqual(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    private static string RoutePrefix() => HostJson.ReadRoutePrefix(Path.Combine(RepoPaths.RepoRoot, "host.json"));

    private static string Normalize(IEnumerable<string> methods) =>
        string.Join(",", methods.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal));

    private static List<DeclaredFunction> ReadMetadata()
    {
        var path = Path.Combine(RepoPaths.FunctionsOutputDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Worker SDK writes it when PainCoach.Functions builds.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(function =>
        {
            var trigger = function.GetProperty("bindings").EnumerateArray()
                .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            return new DeclaredFunction(
                function.GetProperty("name").GetString()!,
                trigger.GetProperty("type").GetString()!,
                trigger.TryGetProperty("route", out var route) ? route.GetString() : null,
                trigger.TryGetProperty("methods", out var methods) ? methods.EnumerateArray().Select(m => m.GetString()!).ToList() : [],
                trigger.TryGetProperty("schedule", out var schedule) ? schedule.GetString() : null);
        }).ToList();
    }

    private sealed record DeclaredFunction(string Name, string Trigger, string? Route, List<string> Methods, string? Schedule);
}
