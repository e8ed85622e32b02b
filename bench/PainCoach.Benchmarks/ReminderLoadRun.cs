using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Benchmarks;

/// <summary>
/// The reminder load run (not a BenchmarkDotNet benchmark: one timed run over real storage):
/// N subscribers' plans in the due index on Azurite, D of them due in the same minute, a loopback fake Twilio
/// answering each message in 50 ms, and one or two dispatchers racing over them.
/// <c>dotnet run -c Release --project bench/PainCoach.Benchmarks -- reminder-load [subscribers] [due] [concurrency] [dispatchers]</c>
/// </summary>
public static class ReminderLoadRun
{
    private static readonly DateTimeOffset Due = new(2026, 1, 15, 14, 1, 0, TimeSpan.Zero); // 09:01 in New York

    public static async Task<int> RunAsync(string[] args)
    {
        var subscriberCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var dueCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
        var concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;
        var dispatcherCount = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2;

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
        await using var twilio = await FakeTwilio.StartAsync(TimeSpan.FromMilliseconds(50));
        var subscribers = new LoadSubscribers();
        var clock = new FixedClock(Due.AddSeconds(-30));
        await using var first = Compose(storage, twilio, subscribers, clock, concurrency);
        await using var second = Compose(storage, twilio, subscribers, clock, concurrency);

        var seeding = Stopwatch.StartNew();
        var store = first.GetRequiredService<ReminderStore>();
        var planner = first.GetRequiredService<ReminderPlanner>();
        await store.EnsureCreatedAsync(CancellationToken.None);
        var entities = await SeedAsync(storage, planner, subscribers, subscriberCount, dueCount);
        Console.WriteLine($"Seeded {subscriberCount} subscribers, {entities} due entries in {seeding.Elapsed.TotalSeconds:0.0} s");

        clock.Now = Due;
        var instances = new[] { first, second }.Take(Math.Clamp(dispatcherCount, 1, 2)).ToList();
        var readsBefore = instances.Sum(i => i.GetRequiredService<ReminderStore>().EntitiesRead);
        var wall = Stopwatch.StartNew();
        var results = await Task.WhenAll(instances.Select(i => i.GetRequiredService<ReminderDispatcher>().RunAsync(CancellationToken.None)));
        wall.Stop();
        var reads = instances.Sum(i => i.GetRequiredService<ReminderStore>().EntitiesRead) - readsBefore;

        var sent = twilio.Sent;
        var duplicates = sent.GroupBy(s => s).Sum(g => g.Count() - 1);
        Console.WriteLine($"Subscribers: {subscriberCount}; due in one minute: {dueCount}; dispatchers: {instances.Count} x concurrency {concurrency}; fake Twilio latency 50 ms");
        Console.WriteLine($"Wall time from due to last send: {wall.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"Messages sent: {sent.Count} ({sent.Count / wall.Elapsed.TotalSeconds:0} msg/s)");
        Console.WriteLine($"Table entities read (due-range results + claim conflicts): {reads} = {(double)reads / dueCount:0.00} per due reminder, {(double)reads / dueCount / instances.Count:0.00} per dispatcher");
        Console.WriteLine($"Duplicates: {duplicates}; runs completed: {results.All(r => r.Completed)}; sent by run: {string.Join(" + ", results.Select(r => r.Sent))}");
        return sent.Count == dueCount && duplicates == 0 ? 0 : 1;
    }

    private const string TablePrefix = "Load";

    /// <summary>Every subscriber's full plan goes into the due index (entity-group batches per partition).</summary>
    private static async Task<int> SeedAsync(string storage, ReminderPlanner planner, LoadSubscribers subscribers, int subscriberCount, int dueCount)
    {
        var due = new TableServiceClient(storage).GetTableClient(ReminderStore.DueTableName(TablePrefix));
        var rows = new List<DueEntity>();
        for (var i = 0; i < subscriberCount; i++)
        {
            // The due cohort ices at 09:01; everyone else at some other minute between 09:02 and 19:59.
            var minuteOfDay = i < dueCount ? (9 * 60) + 1 : (9 * 60) + 2 + (i % ((11 * 60) - 2));
            var subscriber = subscribers.Add(i, new TimeOnly(minuteOfDay / 60, minuteOfDay % 60));
            foreach (var occurrence in planner.Plan(subscriber, Due.AddSeconds(-30)))
            {
                rows.Add(ReminderStore.DueEntityFor(subscriber.Key, occurrence));
            }
        }

        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (batch, ct) =>
            await due.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
        return rows.Count;
    }

    private static ServiceProvider Compose(string storage, FakeTwilio twilio, LoadSubscribers subscribers, TimeProvider clock, int concurrency)
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
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole());
        services.AddSingleton(clock);
        services.AddSingleton<ISubscriberDirectory>(subscribers);
        services.AddPainCoach(configuration);
        return services.BuildServiceProvider();
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

        /// <summary>Subscriber <paramref name="i"/>, keyed like SubscriberKeys (64 lower-case hex), as the engine requires.</summary>
        public Subscriber Add(int i, TimeOnly ice)
        {
            var joined = Due.AddDays(-1);
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
            return subscriber;
        }

        public Task<Subscriber?> FindAsync(string subscriberKey, CancellationToken cancellationToken) =>
            Task.FromResult(all.TryGetValue(subscriberKey, out var s) ? s : null);

        public Task RecordTwilioErrorAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Twilio's Messages API on loopback, answering 201 after a fixed latency.</summary>
    private sealed class FakeTwilio : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentQueue<string> sent = new();

        private FakeTwilio(WebApplication app) => this.app = app;

        public string BaseUrl => app.Urls.First();

        public IReadOnlyList<string> Sent => [.. sent];

        public static async Task<FakeTwilio> StartAsync(TimeSpan latency)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            var app = builder.Build();
            var fake = new FakeTwilio(app);
            app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", async (string accountSid, HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                await Task.Delay(latency);
                fake.sent.Enqueue(form["To"].ToString());
                return Results.Json(
                    new Dictionary<string, object?> { ["sid"] = "SM" + Guid.NewGuid().ToString("N"), ["account_sid"] = accountSid, ["status"] = "queued" },
                    statusCode: StatusCodes.Status201Created);
            });
            await app.StartAsync();
            return fake;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
