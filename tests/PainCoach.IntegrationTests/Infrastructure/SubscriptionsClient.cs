using System.Net.Http.Json;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>The clinic's look-up and erasure calls: the number goes in the body, never in the URL.</summary>
public static class SubscriptionsClient
{
    public static Task<HttpResponseMessage> LookupAsync(HttpClient client, string phone) =>
        client.PostAsJsonAsync(new Uri("/api/subscriptions/lookup", UriKind.Relative), new { phone });

    public static Task<HttpResponseMessage> EraseAsync(HttpClient client, string phone) =>
        client.PostAsJsonAsync(new Uri("/api/subscriptions/erase", UriKind.Relative), new { phone });
}
