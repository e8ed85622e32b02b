using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using PainCoach.IntegrationTests.Conversation;
using PainCoach.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Signup;

/// <summary>
/// Issue 15, items 5 and 8: erasure against what runs beside it. Each test runs many tries and asserts on the counts,
/// then lists every table of the storage for anything keyed to the person or holding their number.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class ErasureRaceTests(DevServerFixture fixture, ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int Tries = 15;

    private readonly FakeTwilioFixture twilio = new();
    private readonly LogCapture logs = new();
    private RunningDevServer? server;

    private HttpClient Client => server!.Client;

    private IServiceProvider Services => server!.Services;

    public async Task InitializeAsync()
    {
        await twilio.InitializeAsync();
        var settings = fixture.Settings();
        settings["Twilio:ApiBaseUrl"] = twilio.BaseUrl.ToString();
        server = await RunningDevServer.StartAsync(settings, new FakeTimeProvider(DevServerFixture.StartTime), logs.CaptureEverythingFrom);
    }

    public void Dispose() => logs.Dispose();

    public async Task DisposeAsync()
    {
        twilio.ReleaseSends();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await twilio.DisposeAsync();
    }

    [Fact]
    public async Task Status_callbacks_racing_an_erasure_leave_no_row_in_any_table()
    {
        var leftovers = new List<string>();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var phone = TestPhones.Next();
            var sid = await SignUpAsync(phone);
            var callbacks = new[] { "queued", "sending", "sent", "delivered", "sent", "undelivered", "delivered" }
                .Select(status => PostAsync(Client, "/api/sms/status", StatusForm(phone, sid, status, status == "undelivered" ? 30003 : null)))
                .Append(PostAsync(Client, "/api/sms/status", StatusForm(phone, NewMessageSid(), "failed", 30005)))
                .ToList();
            var erasure = EraseAsync(phone);

            statuses.AddRange((await Task.WhenAll(callbacks)).Select(a => a.Status));
            statuses.Add(await erasure);
            leftovers.AddRange(await RowsAboutAsync(phone));
        }

        Assert.True(statuses.All(s => s == HttpStatusCode.NoContent), $"{statuses.Count(x => x != HttpStatusCode.NoContent)} of {statuses.Count} answers were not 204: {string.Join(", ", statuses.Distinct())}");
        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers) + "\n" + string.Join("\n", logs.Lines.Where(l => l.Contains("Erasure", StringComparison.Ordinal) || l.Contains("Delivery", StringComparison.Ordinal) || l.Contains("Warn", StringComparison.Ordinal)).Take(60)));
    }

    [Fact]
    public async Task A_sign_up_racing_an_erasure_leaves_nothing_and_its_yes_request_is_accepted_before_the_erasure_answers()
    {
        var leftovers = new List<string>();
        var lateRequests = 0;
        var erasures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var phone = TestPhones.Next();
            twilio.HoldSends();
            var signUps = new[] { SignUpHeldAsync(phone), SignUpHeldAsync(phone) };

            // One sign-up wrote the pending record and its YES request is in flight; the other found it and answered.
            await Poll.UntilAsync(() => twilio.Held == 1 && signUps.Count(t => t.IsCompleted) == 1, TimeSpan.FromSeconds(20), "one YES request in flight");
            var waitLines = WaitLines();
            var erasure = EraseAsync(phone);
            var callback = PostAsync(Client, "/api/sms/status", StatusForm(phone, NewMessageSid(), "failed", 30005));

            // Let Twilio accept once the erasure has answered or says it is waiting for the request.
            await Poll.UntilAsync(() => erasure.IsCompleted || WaitLines() > waitLines, TimeSpan.FromSeconds(20), "the erasure to answer or wait");
            twilio.ReleaseSends();
            var erased = await erasure;
            var erasedAt = Stopwatch.GetTimestamp();
            erasures.Add(erased);
            Assert.All(await Task.WhenAll(signUps), s => Assert.Equal(HttpStatusCode.Accepted, s));
            Assert.Equal(HttpStatusCode.NoContent, (await callback).Status);

            lateRequests += twilio.Sent.Count(m => m.To == phone && twilio.AcceptedAt[m.Sid] > erasedAt);
            leftovers.AddRange(await RowsAboutAsync(phone));
        }

        Assert.Empty(leftovers);
        Assert.Equal(0, lateRequests);
        Assert.All(erasures, e => Assert.Equal(HttpStatusCode.NoContent, e));
    }

    [Fact]
    public async Task Sign_ups_and_an_erasure_started_together_leave_nothing_or_one_whole_later_sign_up_never_a_fragment()
    {
        int erasedAll = 0, signedUpAfter = 0;
        var problems = new List<string>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var phone = TestPhones.Next();
            var signUps = new[] { SignUpHeldAsync(phone), SignUpHeldAsync(phone) };
            var erasure = EraseAsync(phone);
            var callback = PostAsync(Client, "/api/sms/status", StatusForm(phone, NewMessageSid(), "failed", 30005));
            var erased = await erasure;
            var erasedAt = Stopwatch.GetTimestamp();
            await Task.WhenAll(signUps);
            await callback;

            var rows = await RowsAboutAsync(phone);
            var requests = twilio.Sent.Where(m => m.To == phone).ToList();
            var late = requests.Where(m => twilio.AcceptedAt[m.Sid] > erasedAt).Select(m => m.Sid).ToList();
            if (erased != HttpStatusCode.NoContent)
            {
                problems.Add($"erasure answered {erased}");
            }
            else if (rows.Count == 0 && late.Count == 0)
            {
                erasedAll++;
            }
            else if (requests.Count == 1 && rows.Order().SequenceEqual([$"Subscribers/{Prefix(phone)}/out-{requests[0].Sid}", $"Subscribers/{Prefix(phone)}/profile"]))
            {
                signedUpAfter++; // its record was written after the erasure's last sweep: a whole, new sign-up
            }
            else
            {
                problems.Add($"rows [{string.Join(", ", rows)}], {requests.Count} YES requests, {late.Count} after the 204");
            }
        }

        output.WriteLine($"{Tries} tries: {erasedAll} erased all, {signedUpAfter} signed up after the erasure, {problems.Count} fragments");
        Assert.True(problems.Count == 0, $"{problems.Count} of {Tries} tries left a fragment ({erasedAll} erased all, {signedUpAfter} signed up after): {string.Join("; ", problems)}");
    }

    [Fact]
    public async Task Five_concurrent_erasures_of_one_number_all_answer_204_and_erase_everything()
    {
        var answers = new List<HttpStatusCode>();
        var leftovers = new List<string>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var phone = TestPhones.Next();
            await SignUpAsync(phone);
            foreach (var text in new[] { "YES", "PAIN 4", "DONE", "STATUS" })
            {
                Assert.Equal(HttpStatusCode.OK, (await TextAsync(Client, phone, text)).Status);
            }

            answers.AddRange(await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => EraseAsync(phone))));
            leftovers.AddRange(await RowsAboutAsync(phone));
        }

        Assert.True(answers.All(a => a == HttpStatusCode.NoContent), $"{answers.Count(a => a != HttpStatusCode.NoContent)} of {answers.Count} erasures did not answer 204: {string.Join(", ", answers.Distinct())}");
        Assert.Empty(leftovers);
    }

    [Fact]
    public async Task Texts_racing_an_erasure_get_a_reply_not_503_and_nothing_of_them_remains()
    {
        var texts = new List<HttpStatusCode>();
        var erasures = new List<HttpStatusCode>();
        var leftovers = new List<string>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var phone = TestPhones.Next();
            Assert.Equal(HttpStatusCode.OK, (await TextAsync(Client, phone, "JOIN HEEL")).Status);
            var inbound = new[] { "PAIN 3", "STATUS", "DONE", "PAIN 5", "HELP", "PAUSE 3" }.Select(t => TextAsync(Client, phone, t)).ToList();
            var erasure = EraseAsync(phone);

            texts.AddRange((await Task.WhenAll(inbound)).Select(a => a.Status));
            erasures.Add(await erasure);
            leftovers.AddRange((await RowsAboutAsync(phone)).Where(r => r.StartsWith(PainCoach.Subscribers.SubscriberTables.SubscribersTable + "/", StringComparison.Ordinal)));
        }

        Assert.True(texts.All(t => t == HttpStatusCode.OK), $"{texts.Count(t => t != HttpStatusCode.OK)} of {texts.Count} texts were not answered 200");
        Assert.All(erasures, e => Assert.Equal(HttpStatusCode.NoContent, e));
        Assert.Empty(leftovers); // none of these texts creates a subscriber, so after the erasure nothing of them is kept
    }

    private string Prefix(string phone) => SubscriberLookup.KeyFor(Services, phone)[..8];

    private int WaitLines() => logs.Lines.Count(l => l.Contains("waits for the YES request", StringComparison.Ordinal));

    private async Task<string> SignUpAsync(string phone)
    {
        Assert.Equal(HttpStatusCode.Accepted, await SignUpHeldAsync(phone));
        return twilio.Sent.Single(m => m.To == phone).Sid;
    }

    private async Task<HttpStatusCode> SignUpHeldAsync(string phone)
    {
        using var created = await Client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone, program = "heel", consent = true });
        return created.StatusCode;
    }

    private async Task<HttpStatusCode> EraseAsync(string phone)
    {
        using var answer = await SubscriptionsClient.EraseAsync(Client, phone);
        return answer.StatusCode;
    }

    private static Dictionary<string, string> StatusForm(string to, string sid, string status, int? errorCode)
    {
        var form = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = status, ["To"] = to, ["AccountSid"] = FakeTwilioFixture.AccountSid };
        if (errorCode is { } code)
        {
            form["ErrorCode"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return form;
    }

    /// <summary>
    /// Every row of every table in the storage (listed with <see cref="TableServiceClient.QueryAsync(string, int?, CancellationToken)"/>)
    /// whose keys or text columns hold the person's subscriber key or their number: "table/partition/row".
    /// </summary>
    private async Task<IReadOnlyList<string>> RowsAboutAsync(string phone)
    {
        var key = SubscriberLookup.KeyFor(Services, phone);
        var digits = phone[^10..];
        bool Mentions(string? text) => text is not null && (text.Contains(key, StringComparison.Ordinal) || text.Contains(digits, StringComparison.Ordinal));

        var service = new TableServiceClient(fixture.Azurite.ConnectionString);
        var found = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                if (Mentions(row.PartitionKey) || Mentions(row.RowKey) || ((IDictionary<string, object>)row).Values.OfType<string>().Any(Mentions))
                {
                    found.Add($"{table.Name}/{row.PartitionKey[..Math.Min(8, row.PartitionKey.Length)]}/{row.RowKey}");
                }
            }
        }

        return found;
    }
}
