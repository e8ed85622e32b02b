using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using PainCoach.Faq.Unanswered;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.Faq;

/// <summary>
/// The FAQ's noMatch questions kept for the clinic, over HTTP through the DevServer on Azurite: redacted, grouped and
/// counted by <c>GET /api/faq/unanswered</c>, gone after 30 days (filtered, then pruned), and never in the way of
/// an answer when storage is down.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class UnansweredQuestionsTests(DevServerFixture fixture)
{
    private static readonly Uri UnansweredUri = new("/api/faq/unanswered", UriKind.Relative);

    [Fact]
    public async Task No_match_questions_are_listed_redacted_grouped_counted_and_newest_first()
    {
        var topic = Unique();
        var older = Unique();
        await AskAsync(fixture.Client, $"my {older} elbow aches");
        await AskAsync(fixture.Client, $"is {topic} good for my wrist call me 312-555-0199");
        await AskAsync(fixture.Client, $"Is {topic} good for my WRIST?? call me 312-555-0199");
        await AskAsync(fixture.Client, "how long should i ice my heel"); // answered: not kept

        var groups = await PollGroupsAsync(fixture.Client, g => g.Any(x => x.Normalised.Contains(topic, StringComparison.Ordinal) && x.Count == 2) && g.Any(x => x.Normalised.Contains(older, StringComparison.Ordinal)));

        var wrist = groups.Single(g => g.Normalised.Contains(topic, StringComparison.Ordinal));
        Assert.Equal($"is {topic} good for my wrist call me phone", wrist.Normalised);
        Assert.Contains("[phone]", wrist.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("555", wrist.Question, StringComparison.Ordinal);
        Assert.DoesNotContain(groups, g => g.Normalised.Contains("ice my heel", StringComparison.Ordinal));
        var order = groups.Select(g => g.Normalised).ToList();
        Assert.True(order.FindIndex(n => n.Contains(topic, StringComparison.Ordinal)) < order.FindIndex(n => n.Contains(older, StringComparison.Ordinal)), "newest first");
    }

    [Fact]
    public async Task After_30_days_a_question_is_no_longer_listed_and_its_day_is_pruned()
    {
        // Its own clock, far from the shared fixture's, on the same Azurite.
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var server = await RunningDevServer.StartAsync(fixture.Settings(), time);
        var word = Unique();
        await AskAsync(server.Client, $"does {word} help my neck");
        await PollGroupsAsync(server.Client, g => g.Any(x => x.Normalised.Contains(word, StringComparison.Ordinal)));

        time.Advance(TimeSpan.FromDays(29) + TimeSpan.FromHours(23));
        Assert.Contains(await ListAsync(server.Client), g => g.Normalised.Contains(word, StringComparison.Ordinal));

        time.Advance(TimeSpan.FromHours(2)); // 30 days and 1 hour after it was asked
        Assert.DoesNotContain(await ListAsync(server.Client), g => g.Normalised.Contains(word, StringComparison.Ordinal));

        // The next question of a new day prunes every day before the window.
        var table = new TableServiceClient(fixture.Azurite.ConnectionString).GetTableClient(UnansweredQuestionStore.TableName);
        var oldDay = TableClient.CreateQueryFilter($"PartitionKey eq {"20270301"}");
        Assert.NotEmpty(await table.QueryAsync<TableEntity>(oldDay).ToListAsync());
        time.Advance(TimeSpan.FromDays(1));
        await AskAsync(server.Client, $"does {Unique()} help my jaw");
        await Poll.UntilAsync(async () => (await table.QueryAsync<TableEntity>(oldDay).ToListAsync()).Count == 0, TimeSpan.FromSeconds(20), "the 1 March partition to be pruned");
    }

    [Fact]
    public async Task With_storage_down_the_faq_still_answers_and_the_list_is_503_problem_details()
    {
        var settings = fixture.Settings();
        settings["AzureWebJobsStorage"] = AzuriteFixture.ConnectionStringFor(FreePort.Next(), FreePort.Next(), FreePort.Next());
        var logs = new LogCapture();
        await using var server = await RunningDevServer.StartAsync(settings, configure: logs.CaptureEverythingFrom);
        var word = Unique();

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var answer = await server.Client.GetAsync(new Uri($"/api/faq?q=my+{word}+knee+hurts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("noMatch").GetBoolean());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"the answer waited {started.Elapsed} for storage");

        using var list = await server.Client.GetAsync(UnansweredUri);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        await Poll.UntilAsync(() => logs.Lines.Any(l => l.Contains("unanswered question not kept", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "the failed write to be logged");
        Assert.DoesNotContain(logs.Lines, l => l.Contains(word, StringComparison.Ordinal));
    }

    private static string Unique() => "zq" + Guid.NewGuid().ToString("N")[..10].Replace('0', 'a').Replace('1', 'b').Replace('2', 'c')
        .Replace('3', 'd').Replace('4', 'e').Replace('5', 'f').Replace('6', 'g').Replace('7', 'h').Replace('8', 'i').Replace('9', 'j');

    private static async Task AskAsync(HttpClient client, string question)
    {
        using var response = await client.GetAsync(new Uri("/api/faq?q=" + Uri.EscapeDataString(question), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<Group>> PollGroupsAsync(HttpClient client, Func<List<Group>, bool> ready)
    {
        List<Group> groups = [];
        await Poll.UntilAsync(async () => ready(groups = await ListAsync(client)), TimeSpan.FromSeconds(20), "the unanswered questions to be listed");
        return groups;
    }

    private static async Task<List<Group>> ListAsync(HttpClient client)
    {
        using var response = await client.GetAsync(UnansweredUri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(30, body.GetProperty("days").GetInt32());
        return [.. body.GetProperty("questions").EnumerateArray().Select(g => new Group(
            g.GetProperty("question").GetString()!,
            g.GetProperty("normalised").GetString()!,
            g.GetProperty("count").GetInt32()))];
    }

    private sealed record Group(string Question, string Normalised, int Count);
}
