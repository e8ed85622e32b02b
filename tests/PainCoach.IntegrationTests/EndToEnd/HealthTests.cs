using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.EndToEnd;

[Collection(DevServerCollection.Name)]
public sealed class HealthTests(DevServerFixture fixture)
{
    [Fact]
    public async Task Health_is_200_when_table_storage_answers()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_routes_are_404()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/no-such-function", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_503_with_problem_details_when_storage_is_down_and_the_server_keeps_serving()
    {
        var settings = fixture.Settings();
        // Nothing listens on ports that were just released: connections are refused.
        settings["AzureWebJobsStorage"] = AzuriteFixture.ConnectionStringFor(FreePort.Next(), FreePort.Next(), FreePort.Next());
        await using var server = await RunningDevServer.StartAsync(settings);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await server.Client.GetAsync(new Uri("/api/health", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.Contains("Table Storage", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using var notFound = await server.Client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }
}
