using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>A message Twilio accepted (201), created at <see cref="CreatedAt"/> on the fake's <see cref="FakeTwilioFixture.Clock"/>.</summary>
public sealed record SentSms(string Sid, string AccountSid, string To, string? From, string? MessagingServiceSid, string Body, string? StatusCallback)
{
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One request, accepted or refused.</summary>
public sealed record TwilioAttempt(string AccountSid, string To, string Body, int Status, int? ErrorCode);

/// <summary>
/// A real HTTP server on loopback that speaks Twilio's Messages API: <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>
/// answers 201 with a message resource, or a scripted failure (<c>{"code":..}</c>, optional <c>Retry-After</c>);
/// <c>GET</c> on the same path lists what it took, filtered by <c>To</c>, <c>From</c> and <c>DateSent</c> (also
/// <c>DateSent&lt;</c>, <c>DateSent&gt;</c>), newest first. Faults of the wire: <see cref="CloseConnectionAfterEachAnswer"/>
/// (the HTTP/1.0 style, as proxies and idle timeouts do) and <see cref="HangUpAfterTakingEvery"/> (the message is
/// taken, the answer never comes: the ambiguous case). Point the app at it with <c>Twilio__ApiBaseUrl</c>.
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
    private readonly ConcurrentQueue<FailureRule> everyNth = new();
    private int taken;
    private int answered;
    private int hangUpEvery;
    private int lookups;

    /// <summary>The clock that stamps <c>date_created</c>; tests on a fake clock set theirs.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>After each answer the connection is closed without a <c>Connection: close</c> header.</summary>
    public bool CloseConnectionAfterEachAnswer { get; set; }

    /// <summary>Every n-th message taken (0: none) is recorded as sent, then the connection is dropped unanswered.</summary>
    public int HangUpAfterTakingEvery
    {
        get => hangUpEvery;
        set => hangUpEvery = value;
    }

    /// <summary>Messages-list requests answered.</summary>
    public int Lookups => Volatile.Read(ref lookups);

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

    /// <summary>Every <paramref name="n"/>-th create request (counting all of them) fails with this status and code.</summary>
    public void FailEvery(int n, HttpStatusCode status, int code) => everyNth.Enqueue(new FailureRule(n, (int)status, code));

    /// <summary>Back to a well-behaved Twilio on the system clock (what was sent stays recorded).</summary>
    public void ClearFaults()
    {
        failures.Clear();
        everyNth.Clear();
        Clock = TimeProvider.System;
        CloseConnectionAfterEachAnswer = false;
        HangUpAfterTakingEvery = 0;
    }

    public void Reset()
    {
        failures.Clear();
        sent.Clear();
        attempts.Clear();
        everyNth.Clear();
        Clock = TimeProvider.System;
        CloseConnectionAfterEachAnswer = false;
        HangUpAfterTakingEvery = 0;
        Interlocked.Exchange(ref taken, 0);
        Interlocked.Exchange(ref answered, 0);
        Interlocked.Exchange(ref lookups, 0);
    }

    public Task WaitForSentAsync(int count, TimeSpan deadline) =>
        Poll.UntilAsync(() => sent.Count >= count, deadline, $"{count} SMS at the fake Twilio");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        app = builder.Build();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (CloseConnectionAfterEachAnswer && !context.RequestAborted.IsCancellationRequested)
            {
                // The whole answer is out (no "Connection: close" in it); then the server closes the connection
                // gracefully, unannounced, as an HTTP/1.0 server, a proxy or an idle timeout does.
                await context.Response.CompleteAsync();
                context.Features.Get<Microsoft.AspNetCore.Connections.Features.IConnectionLifetimeNotificationFeature>()?.RequestClose();
            }
        });
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", HandleCreateMessageAsync);
        app.MapGet("/2010-04-01/Accounts/{accountSid}/Messages.json", HandleListMessages);
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

        var number = Interlocked.Increment(ref answered);
        var failure = failures.TryDequeue(out var scripted) ? scripted : EveryNth(number);
        if (failure is not null)
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
            NullIfEmpty(form["From"]), NullIfEmpty(form["MessagingServiceSid"]), body, NullIfEmpty(form["StatusCallback"]))
        {
            CreatedAt = Clock.GetUtcNow(),
        };
        acceptedAt[message.Sid] = System.Diagnostics.Stopwatch.GetTimestamp();
        sent.Enqueue(message);
        attempts.Enqueue(new TwilioAttempt(accountSid, to, body, 201, null));

        var hangUp = HangUpAfterTakingEvery;
        if (hangUp > 0 && Interlocked.Increment(ref taken) % hangUp == 0)
        {
            // Taken, and the answer never comes: the sender cannot know whether it was created.
            request.HttpContext.Abort();
            return Results.Empty;
        }

        return Results.Json(Resource(message), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Twilio's Messages list: what was taken, filtered as Twilio filters, newest first, one page.</summary>
    private IResult HandleListMessages(string accountSid, HttpRequest request)
    {
        Interlocked.Increment(ref lookups);
        if (!IsAuthorized(request, accountSid))
        {
            return Error(401, 20003, "Authenticate");
        }

        var query = request.Query;
        string? to = NullIfEmpty(query["To"]), from = NullIfEmpty(query["From"]);
        DateTimeOffset? on = Date(query["DateSent"]), before = Date(query["DateSent<"]), after = Date(query["DateSent>"]);
        var pageSize = int.TryParse(query["PageSize"], out var size) ? Math.Clamp(size, 1, 1000) : 50;
        var matches = sent
            .Where(m => m.AccountSid == accountSid && (to is null || m.To == to) && (from is null || m.From == from))
            .Where(m => on is null || m.CreatedAt.UtcDateTime.Date == on.Value.UtcDateTime.Date)
            .Where(m => before is null || m.CreatedAt.UtcDateTime.Date <= before.Value.UtcDateTime.Date)
            .Where(m => after is null || m.CreatedAt.UtcDateTime.Date >= after.Value.UtcDateTime.Date)
            .OrderByDescending(m => m.CreatedAt)
            .Take(pageSize)
            .Select(Resource)
            .ToList();
        var uri = $"/2010-04-01/Accounts/{accountSid}/Messages.json?PageSize={pageSize}&Page=0";
        return Results.Json(new Dictionary<string, object?>
        {
            ["messages"] = matches,
            ["first_page_uri"] = uri,
            ["next_page_uri"] = null,
            ["previous_page_uri"] = null,
            ["page"] = 0,
            ["page_size"] = pageSize,
            ["start"] = 0,
            ["end"] = Math.Max(0, matches.Count - 1),
            ["uri"] = uri,
        });
    }

    private static Dictionary<string, object?> Resource(SentSms message)
    {
        // Twilio's own date format (RFC 2822 with a numeric zone).
        var created = message.CreatedAt.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, object?>
        {
            ["sid"] = message.Sid,
            ["account_sid"] = message.AccountSid,
            ["to"] = message.To,
            ["from"] = message.From,
            ["messaging_service_sid"] = message.MessagingServiceSid,
            ["body"] = message.Body,
            ["status"] = "sent",
            ["num_segments"] = "1",
            ["direction"] = "outbound-api",
            ["api_version"] = "2010-04-01",
            ["date_created"] = created,
            ["date_updated"] = created,
            ["date_sent"] = created,
            ["uri"] = $"/2010-04-01/Accounts/{message.AccountSid}/Messages/{message.Sid}.json",
        };
    }

    private static DateTimeOffset? Date(Microsoft.Extensions.Primitives.StringValues value) =>
        DateTimeOffset.TryParse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    private ScriptedFailure? EveryNth(int number) =>
        everyNth.FirstOrDefault(rule => number % rule.N == 0) is { } rule ? new ScriptedFailure(rule.Status, rule.Code, "Scripted failure", null) : null;

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

    private sealed record FailureRule(int N, int Status, int Code);
}
