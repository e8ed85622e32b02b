using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>A message Twilio accepted (201).</summary>
public sealed record SentSms(string Sid, string AccountSid, string To, string? From, string? MessagingServiceSid, string Body, string? StatusCallback);

/// <summary>One request, accepted or refused.</summary>
public sealed record TwilioAttempt(string AccountSid, string To, string Body, int Status, int? ErrorCode);

/// <summary>
/// A real HTTP server on loopback that speaks Twilio's Messages API: <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>
/// answers 201 with a message resource, or a scripted failure (<c>{"code":..}</c>, optional <c>Retry-After</c>).
/// Point the app at it with <c>Twilio__ApiBaseUrl</c>.
/// </summary>
public sealed class FakeTwilioFixture : IAsyncLifetime
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "test-auth-token-0000000000000001";

    private readonly ConcurrentQueue<ScriptedFailure> failures = new();
    private readonly ConcurrentQueue<SentSms> sent = new();
    private readonly ConcurrentQueue<TwilioAttempt> attempts = new();
    private readonly ConcurrentDictionary<string, long> acceptedAt = new();
    private WebApplication? app;
    private TaskCompletionSource? hold;
    private int held;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<SentSms> Sent => [.. sent];

    public IReadOnlyList<TwilioAttempt> Attempts => [.. attempts];

    /// <summary>The next <paramref name="times"/> requests fail with this status and Twilio error code.</summary>
    public void FailNext(HttpStatusCode status, int code, int times = 1, TimeSpan? retryAfter = null, string message = "Scripted failure")
    {
        for (var i = 0; i < times; i++)
        {
            failures.Enqueue(new ScriptedFailure((int)status, code, message, retryAfter));
        }
    }

    /// <summary>When each accepted message was accepted (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), by sid.</summary>
    public IReadOnlyDictionary<string, long> AcceptedAt => acceptedAt;

    /// <summary>How many requests are waiting in <see cref="HoldSends"/>.</summary>
    public int Held => Volatile.Read(ref held);

    /// <summary>From now on, requests that would be accepted wait (in flight, unanswered) until <see cref="ReleaseSends"/>.</summary>
    public void HoldSends() => hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every held request be accepted, and stops holding.</summary>
    public void ReleaseSends() => Interlocked.Exchange(ref hold, null)?.TrySetResult();

    public void Reset()
    {
        failures.Clear();
        sent.Clear();
        attempts.Clear();
    }

    public Task WaitForSentAsync(int count, TimeSpan deadline) =>
        Poll.UntilAsync(() => sent.Count >= count, deadline, $"{count} SMS at the fake Twilio");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        app = builder.Build();
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", HandleCreateMessageAsync);
        await app.StartAsync();
        BaseUrl = new Uri(app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleCreateMessageAsync(string accountSid, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        string to = form["To"].ToString(), body = form["Body"].ToString();

        if (!IsAuthorized(request, accountSid))
        {
            attempts.Enqueue(new TwilioAttempt(accountSid, to, body, 401, 20003));
            return Error(401, 20003, "Authenticate");
        }

        if (failures.TryDequeue(out var failure))
        {
            attempts.Enqueue(new TwilioAttempt(accountSid, to, body, failure.Status, failure.Code));
            if (failure.RetryAfter is { } retryAfter)
            {
                request.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Error(failure.Status, failure.Code, failure.Message);
        }

        if (string.IsNullOrEmpty(to) || string.IsNullOrEmpty(body))
        {
            attempts.Enqueue(new TwilioAttempt(accountSid, to, body, 400, 21604));
            return Error(400, 21604, "A 'To' phone number and a 'Body' are required.");
        }

        if (hold is { } gate)
        {
            Interlocked.Increment(ref held);
            await gate.Task;
            Interlocked.Decrement(ref held);
        }

        var message = new SentSms(
            "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), accountSid, to,
            NullIfEmpty(form["From"]), NullIfEmpty(form["MessagingServiceSid"]), body, NullIfEmpty(form["StatusCallback"]));
        acceptedAt[message.Sid] = System.Diagnostics.Stopwatch.GetTimestamp();
        sent.Enqueue(message);
        attempts.Enqueue(new TwilioAttempt(accountSid, to, body, 201, null));

        var now = DateTimeOffset.UtcNow.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(
            new Dictionary<string, object?>
            {
                ["sid"] = message.Sid,
                ["account_sid"] = accountSid,
                ["to"] = message.To,
                ["from"] = message.From,
                ["messaging_service_sid"] = message.MessagingServiceSid,
                ["body"] = message.Body,
                ["status"] = "queued",
                ["num_segments"] = "1",
                ["direction"] = "outbound-api",
                ["api_version"] = "2010-04-01",
                ["date_created"] = now,
                ["date_updated"] = now,
                ["uri"] = $"/2010-04-01/Accounts/{accountSid}/Messages/{message.Sid}.json",
            },
            statusCode: StatusCodes.Status201Created);
    }

    private static bool IsAuthorized(HttpRequest request, string accountSid)
    {
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
        return accountSid == AccountSid && request.Headers.Authorization.ToString() == expected;
    }

    private static IResult Error(int status, int code, string message) =>
        Results.Json(
            new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status },
            statusCode: status);

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrEmpty(value.ToString()) ? null : value.ToString();

    private sealed record ScriptedFailure(int Status, int Code, string Message, TimeSpan? RetryAfter);
}
