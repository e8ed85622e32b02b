using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Reminders;
using PainCoach.Storage;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Benchmarks;

/// <summary>
/// The reminder load run (not a BenchmarkDotNet benchmark: timed runs over real storage). N subscribers' plans in
/// the due index on Azurite; three cohorts of D subscribers ice at 09:01, 09:02 and 09:03 New York time, everyone
/// else at other minutes; a loopback fake Twilio answers each message in 50 ms. Three scenarios, one per cohort:
/// a well-behaved Twilio; one that closes every connection after its answer and hangs up after taking every 7th
/// message; one that answers every 3rd request 500 and every 5th 429. Each reports the time from the minute to the
/// last message Twilio took, duplicates, lost, look-ups, and Table Storage requests and entities per due reminder
/// (counted by a pipeline policy on the Tables client). Exits non-zero on any loss or duplicate.
/// <c>dotnet run -c Release --project bench/PainCoach.Benchmarks -- reminder-load [subscribers] [due] [concurrency] [dispatchers]</c>
/// </summary>
public static class ReminderLoadRun
{
    private static readonly DateTimeOffset FirstDue = new(2026, 1, 15, 14, 1, 0, TimeSpan.Zero); // 09:01 in New York
    private static readonly string[] Scenarios = ["clean", "close+hangup7", "500/429"];

    public static async Task<int> RunAsync(string[] args)
    {
        var subscriberCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var dueCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
        var concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;
        var dispatcherCount = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;

        var (azurite, storage) = await StartAzuriteAsync();
        using var azuriteProcess = azurite;
        try
        {
            return await RunAgainstAsync(storage, subscriberCount, dueCount, concurrency, dispatcherCount);
        }
        finally
        {
            // Azurite holds our stdout open: it must not outlive the run.
            azurite.Kill(entireProcessTree: true);
        }
    }

    private static async Task<int> RunAgainstAsync(string storage, int subscriberCount, int dueCount, int concurrency, int dispatcherCount)
    {
        var clock = new FixedClock(FirstDue.AddSeconds(-30));
        await using var twilio = await FakeTwilio.StartAsync(TimeSpan.FromMilliseconds(50), clock);
        var subscribers = new LoadSubscribers();
        var counter = new TableRequestCounter();
        await using var first = Compose(storage, twilio, subscribers, clock, concurrency, counter);
        await using var second = Compose(storage, twilio, subscribers, clock, concurrency, counter);

        var seeding = Stopwatch.StartNew();
        var store = first.GetRequiredService<ReminderStore>();
        var planner = first.GetRequiredService<ReminderPlanner>();
        await store.EnsureCreatedAsync(CancellationToken.None);
        var entities = await SeedAsync(storage, planner, subscribers, subscriberCount, dueCount, Scenarios.Length);
        Console.WriteLine($"Seeded {subscriberCount} subscribers, {entities} due entries in {seeding.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"Subscribers: {subscriberCount}; due in each scenario's minute: {dueCount}; dispatchers: {dispatcherCount} x concurrency {concurrency}; fake Twilio latency 50 ms");

        var failed = false;
        for (var scenario = 0; scenario < Scenarios.Length; scenario++)
        {
            var due = FirstDue.AddMinutes(scenario);
            var cohort = subscribers.Cohort(scenario);
            twilio.Reset(Scenarios[scenario]);
            var instances = new[] { first, second }.Take(Math.Clamp(dispatcherCount, 1, 2)).ToList();
            var readsBefore = instances.Sum(i => i.GetRequiredService<ReminderStore>().EntitiesRead);
            counter.Reset();

            // The scenario's minute, then (for what Twilio refused three times) the runs of the following minutes.
            var wall = Stopwatch.StartNew();
            twilio.Started = wall;
            var runs = 0;
            var lookedUp = 0;
            for (var minute = 0; minute < 4; minute++)
            {
                clock.Now = due.AddMinutes(minute);
                var results = await Task.WhenAll(instances.Select(i => i.GetRequiredService<ReminderDispatcher>().RunAsync(clock.Now, CancellationToken.None)));
                runs++;
                lookedUp += results.Sum(r => r.LookedUp);
                if (cohort.All(twilio.HasTaken))
                {
                    break;
                }
            }

            wall.Stop();
            var reads = instances.Sum(i => i.GetRequiredService<ReminderStore>().EntitiesRead) - readsBefore;
            var taken = twilio.Taken.Where(t => cohort.Contains(t.To)).ToList();
            var duplicates = taken.GroupBy(t => t.To).Sum(g => g.Count() - 1);
            var lost = cohort.Count(to => !twilio.HasTaken(to));
            var lastTake = taken.Count == 0 ? TimeSpan.Zero : taken.Max(t => t.At);
            Console.WriteLine();
            Console.WriteLine($"Scenario {Scenarios[scenario]} (due {due:HH:mm} UTC): {runs} run(s)");
            Console.WriteLine($"  Time from the minute to the last message Twilio took: {lastTake.TotalSeconds:0.00} s (runs ended after {wall.Elapsed.TotalSeconds:0.00} s{(runs > 1 ? ", each later run on the next minute's clock" : string.Empty)})");
            Console.WriteLine($"  Taken by Twilio: {taken.Count} for {cohort.Count} due; duplicates: {duplicates}; lost: {lost}; look-ups: {lookedUp} (Messages-list requests {twilio.Lookups}); hang-ups: {twilio.HangUps}; refused 500/429: {twilio.Refused}");
            Console.WriteLine($"  Table Storage per due reminder: {(double)counter.WriteRequests / dueCount:0.00} write requests ({(double)counter.WriteEntities / dueCount:0.00} entity writes, {counter.Batches} batches), {(double)counter.ReadRequests / dueCount:0.000} read requests, {(double)reads / dueCount:0.00} entities read");
            failed |= duplicates > 0 || lost > 0;
        }

        return failed ? 1 : 0;
    }

    private const string TablePrefix = "Load";

    /// <summary>Every subscriber's full plan goes into the due index (entity-group batches per partition).</summary>
    private static async Task<int> SeedAsync(string storage, ReminderPlanner planner, LoadSubscribers subscribers, int subscriberCount, int dueCount, int cohorts)
    {
        var service = new TableServiceClient(storage);
        var due = service.GetTableClient(ReminderStore.DueTableName(TablePrefix));
        var claims = service.GetTableClient(TablePrefix + "Claims");
        var rows = new List<DueEntity>();
        var pointers = new List<PlanEntity>();
        const int firstMinute = (9 * 60) + 1;
        for (var i = 0; i < subscriberCount; i++)
        {
            // Cohort k ices at 09:01 + k; everyone else at some other minute from the one after the cohorts to 19:59.
            var cohort = i / dueCount;
            var minuteOfDay = cohort < cohorts ? firstMinute + cohort : firstMinute + cohorts + (i % ((11 * 60) - 1 - cohorts));
            var subscriber = subscribers.Add(i, new TimeOnly(minuteOfDay / 60, minuteOfDay % 60), cohort < cohorts ? cohort : -1);
            foreach (var occurrence in planner.Plan(subscriber, FirstDue.AddSeconds(-30)))
            {
                var entry = ReminderStore.DueEntityFor(subscriber.Key, occurrence);
                rows.Add(entry);
                pointers.Add(ReminderStore.PointerFor(subscriber.Key, occurrence.SeriesId, entry));
            }
        }

        // As the scheduler leaves them: each due entry and its series' pointer (in the subscriber's partition).
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (batch, ct) =>
            await due.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
        await Parallel.ForEachAsync(pointers.GroupBy(p => p.PartitionKey), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (batch, ct) =>
            await claims.SubmitTransactionAsync(batch.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace, p)), ct));
        return rows.Count;
    }

    private static ServiceProvider Compose(string storage, FakeTwilio twilio, LoadSubscribers subscribers, TimeProvider clock, int concurrency, TableRequestCounter counter)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storage,
            ["Twilio:AccountSid"] = "AC00000000000000000000000000000001",
            ["Twilio:AuthToken"] = "load-run-token",
            ["Twilio:FromNumber"] = "+15005550006",
            ["Twilio:ApiBaseUrl"] = twilio.BaseUrl,
            ["PainCoach:Reminders:TablePrefix"] = TablePrefix,
            ["PainCoach:Reminders:SendConcurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error).AddConsole());
        services.AddSingleton(clock);
        services.AddSingleton<ISubscriberDirectory>(subscribers);
        services.AddPainCoach(configuration);

        // The same storage client the app builds, with a policy that counts every Table Storage request.
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        services.AddSingleton(StorageConnection.CreateTableServiceClient(configuration, options));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Counts Table Storage requests by kind: GET is a read; anything else a write. An entity-group transaction is one
    /// write request; its entity writes are counted from the operations in its body.
    /// </summary>
    private sealed class TableRequestCounter : HttpPipelineSynchronousPolicy
    {
        private long reads, writes, entityWrites, batches;

        public long ReadRequests => Interlocked.Read(ref reads);

        public long WriteRequests => Interlocked.Read(ref writes);

        public long WriteEntities => Interlocked.Read(ref entityWrites);

        public long Batches => Interlocked.Read(ref batches);

        public void Reset()
        {
            Interlocked.Exchange(ref reads, 0);
            Interlocked.Exchange(ref writes, 0);
            Interlocked.Exchange(ref entityWrites, 0);
            Interlocked.Exchange(ref batches, 0);
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get)
            {
                Interlocked.Increment(ref reads);
                return;
            }

            Interlocked.Increment(ref writes);
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
            {
                using var body = new MemoryStream();
                content.WriteTo(body, CancellationToken.None);
                var text = System.Text.Encoding.UTF8.GetString(body.ToArray());
                var operations = text.Split('\n').Count(line => line.EndsWith(" HTTP/1.1\r", StringComparison.Ordinal) || line.EndsWith(" HTTP/1.1", StringComparison.Ordinal));
                Interlocked.Increment(ref batches);
                Interlocked.Add(ref entityWrites, operations);
                return;
            }

            Interlocked.Increment(ref entityWrites);
        }
    }

    internal static async Task<(Process Process, string ConnectionString)> StartAzuriteAsync()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Functions.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        var port = FreePort.Next();
        var start = new ProcessStartInfo(Path.Combine(root, "node_modules", ".bin", "azurite-table"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            WorkingDirectory = Directory.CreateTempSubdirectory("paincoach-load-").FullName,
        };
        foreach (var argument in new[] { "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        for (var i = 0; i < 100 && !await FreePort.IsAcceptingAsync(port); i++)
        {
            await Task.Delay(100);
        }

        var connectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        return (process, connectionString);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class LoadSubscribers : ISubscriberDirectory
    {
        private readonly ConcurrentDictionary<string, Subscriber> all = new();
        private readonly ConcurrentDictionary<int, ConcurrentBag<string>> cohorts = new();

        /// <summary>The numbers of the subscribers of one scenario's cohort.</summary>
        public HashSet<string> Cohort(int cohort) => [.. cohorts.GetValueOrDefault(cohort) ?? []];

        /// <summary>Subscriber <paramref name="i"/>, keyed like SubscriberKeys (64 lower-case hex), as the engine requires.</summary>
        public Subscriber Add(int i, TimeOnly ice, int cohort)
        {
            var joined = FirstDue.AddDays(-1);
            var subscriber = new Subscriber
            {
                Key = i.ToString("x64", CultureInfo.InvariantCulture),
                Phone = PhoneNumberReader.ReadStored("+1555" + i.ToString("D7", CultureInfo.InvariantCulture)),
                Status = SubscriberStatus.Active,
                Program = BodyArea.Heel,
                TimeZoneId = "America/New_York",
                IceTimes = [ice],
                StretchTimes = [],
                ScheduleVersion = 1,
                Consent = [new ConsentEvent(joined, "sms-join", string.Empty)],
                CreatedAt = joined,
                UpdatedAt = joined,
            };
            all[subscriber.Key] = subscriber;
            if (cohort >= 0)
            {
                cohorts.GetOrAdd(cohort, _ => []).Add(subscriber.Phone.Value);
            }

            return subscriber;
        }

        public Task<Subscriber?> FindAsync(string subscriberKey, CancellationToken cancellationToken) =>
            Task.FromResult(all.TryGetValue(subscriberKey, out var s) ? s : null);

        public Task RecordTwilioErrorAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>
    /// Twilio's Messages API on loopback: creates answer 201 after a fixed latency (or a scripted fault), and the
    /// Messages list (GET, filtered by To) answers with what was taken.
    /// </summary>
    private sealed class FakeTwilio : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly TimeProvider clock;
        private ConcurrentQueue<(string To, string Body, string Sid, DateTimeOffset Created, TimeSpan At)> taken = new();
        private ConcurrentDictionary<string, byte> takenTo = new();
        private string scenario = "clean";
        private int requests, accepted, lookups, hangUps, refused;

        private FakeTwilio(WebApplication app, TimeProvider clock)
        {
            this.app = app;
            this.clock = clock;
        }

        public string BaseUrl => app.Urls.First();

        public Stopwatch Started { get; set; } = Stopwatch.StartNew();

        public IReadOnlyList<(string To, string Body, string Sid, DateTimeOffset Created, TimeSpan At)> Taken => [.. taken];

        public int Lookups => Volatile.Read(ref lookups);

        public int HangUps => Volatile.Read(ref hangUps);

        public int Refused => Volatile.Read(ref refused);

        public bool HasTaken(string to) => takenTo.ContainsKey(to);

        public void Reset(string name)
        {
            scenario = name;
            taken = new();
            takenTo = new();
            Interlocked.Exchange(ref requests, 0);
            Interlocked.Exchange(ref accepted, 0);
            Interlocked.Exchange(ref lookups, 0);
            Interlocked.Exchange(ref hangUps, 0);
            Interlocked.Exchange(ref refused, 0);
        }

        public static async Task<FakeTwilio> StartAsync(TimeSpan latency, TimeProvider clock)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            var app = builder.Build();
            var fake = new FakeTwilio(app, clock);
            app.Use(async (context, next) =>
            {
                await next(context);
                if (fake.scenario == "close+hangup7" && !context.RequestAborted.IsCancellationRequested)
                {
                    // The whole answer is out, without "Connection: close"; then the server closes the connection.
                    await context.Response.CompleteAsync();
                    context.Features.Get<IConnectionLifetimeNotificationFeature>()?.RequestClose();
                }
            });
            app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", async (string accountSid, HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                await Task.Delay(latency);
                var number = Interlocked.Increment(ref fake.requests);
                if (fake.scenario == "500/429" && (number % 3 == 0 || number % 5 == 0))
                {
                    Interlocked.Increment(ref fake.refused);
                    var status = number % 3 == 0 ? 500 : 429;
                    return Results.Json(new { code = status == 500 ? 20500 : 20429, message = "Scripted", status }, statusCode: status);
                }

                var to = form["To"].ToString();
                var message = (to, form["Body"].ToString(), "SM" + Guid.NewGuid().ToString("N"), fake.clock.GetUtcNow(), fake.Started.Elapsed);
                fake.taken.Enqueue(message);
                fake.takenTo[to] = 0;
                if (fake.scenario == "close+hangup7" && Interlocked.Increment(ref fake.accepted) % 7 == 0)
                {
                    // Taken, and the answer never comes.
                    Interlocked.Increment(ref fake.hangUps);
                    request.HttpContext.Abort();
                    return Results.Empty;
                }

                return Results.Json(Resource(accountSid, message.to, message.Item2, message.Item3, message.Item4), statusCode: StatusCodes.Status201Created);
            });
            app.MapGet("/2010-04-01/Accounts/{accountSid}/Messages.json", (string accountSid, HttpRequest request) =>
            {
                Interlocked.Increment(ref fake.lookups);
                var to = request.Query["To"].ToString();
                var messages = fake.taken.Where(m => m.To == to).OrderByDescending(m => m.Created).Select(m => Resource(accountSid, m.To, m.Body, m.Sid, m.Created)).ToList();
                return Results.Json(new Dictionary<string, object?> { ["messages"] = messages, ["next_page_uri"] = null, ["page"] = 0, ["page_size"] = 50 });
            });
            await app.StartAsync();
            return fake;
        }

        private static Dictionary<string, object?> Resource(string accountSid, string to, string body, string sid, DateTimeOffset created)
        {
            var date = created.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
            return new() { ["sid"] = sid, ["account_sid"] = accountSid, ["to"] = to, ["body"] = body, ["status"] = "queued", ["date_created"] = date, ["date_sent"] = date };
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
