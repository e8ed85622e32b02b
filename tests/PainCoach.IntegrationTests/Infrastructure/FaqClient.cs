using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>Asks the FAQ over HTTP the way a clinic's page does.</summary>
public static class FaqClient
{
    /// <summary>The <c>alert</c> of <c>GET /api/faq?q=</c> for an already escaped query (JSON null when none).</summary>
    public static async Task<JsonElement> AlertAsync(HttpClient client, string escapedQuery)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri("/api/faq?q=" + escapedQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alert").Clone();
    }
}
