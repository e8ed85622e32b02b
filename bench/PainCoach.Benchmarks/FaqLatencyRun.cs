using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainCoach.DevServer;
using PainCoach.Faq;

namespace PainCoach.Benchmarks;

/// <summary>
/// The FAQ's latency as a repeatable timed run (percentiles over thousands of real questions, which BenchmarkDotNet
/// does not report as p99): the DevServer on Azurite serving the real function classes, the questions of the v2
/// evaluation set's tuning part in turn, first in process (<see cref="FaqService.Ask"/>), then over HTTP
/// (<c>GET /api/faq</c>) one at a time and with 4 clients at once; then the process's working set with the model loaded.
/// <c>dotnet run -c Release --project bench/PainCoach.Benchmarks -- faq-latency [queries]</c>   (default 2000)
/// </summary>
public static class FaqLatencyRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var questions = LoadQuestions();
        var (azurite, storage) = await ReminderLoadRun.StartAzuriteAsync();
        using var azuriteProcess = azurite;
        try
        {
            var started = Stopwatch.StartNew();
            var app = DevServerApp.Build(["--urls", "http://127.0.0.1:0"], new DevServerOptions
            {
                LocalSettingsPath = null,
                Configure = builder =>
                {
                    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = storage });
                    builder.Logging.SetMinimumLevel(LogLevel.Warning);
                },
            });
            await app.StartAsync();
            Console.WriteLine($"DevServer started (model loaded by FaqStartup) in {started.ElapsedMilliseconds} ms; working set {Environment.WorkingSet / 1048576} MB");
            await using (app)
            {
                var faq = app.Services.GetRequiredService<FaqService>();
                for (var i = 0; i < 100; i++)
                {
                    faq.Ask(questions[i % questions.Count]);
                }

                Report("in process, FaqService.Ask", Time(queries, i => faq.Ask(questions[i % questions.Count])));

                // What an SMS costs the screen: ConversationRules screens each body with the registered IRedFlagScreen.
                var screen = app.Services.GetRequiredService<PainCoach.RedFlags.IRedFlagScreen>();
                Report($"in process, SMS body through {screen.GetType().Name}", Time(queries, i => screen.Screen(questions[i % questions.Count])));

                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
                for (var i = 0; i < 100; i++)
                {
                    await GetAsync(client, questions[i % questions.Count]);
                }

                var sequential = new List<double>(queries);
                for (var i = 0; i < queries; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await GetAsync(client, questions[i % questions.Count]);
                    sequential.Add(clock.Elapsed.TotalMilliseconds);
                }

                Report("HTTP GET /api/faq, one client", sequential);

                var concurrent = new List<double>(queries);
                var wall = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, 4).Select(async c =>
                {
                    var mine = new List<double>();
                    for (var i = c; i < queries; i += 4)
                    {
                        var clock = Stopwatch.StartNew();
                        await GetAsync(client, questions[i % questions.Count]);
                        mine.Add(clock.Elapsed.TotalMilliseconds);
                    }

                    lock (concurrent)
                    {
                        concurrent.AddRange(mine);
                    }
                }));
                Report($"HTTP GET /api/faq, 4 clients ({queries / wall.Elapsed.TotalSeconds:0} req/s)", concurrent);

                using var process = Process.GetCurrentProcess();
                Console.WriteLine($"working set after the run: {process.WorkingSet64 / 1048576} MB (peak {process.PeakWorkingSet64 / 1048576} MB), managed heap {GC.GetTotalMemory(false) / 1048576} MB");
                await app.StopAsync();
            }

            return 0;
        }
        finally
        {
            azurite.Kill(entireProcessTree: true);
        }
    }

    private static async Task GetAsync(HttpClient client, string question)
    {
        using var response = await client.GetAsync(new Uri("/api/faq?q=" + Uri.EscapeDataString(question), UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private static List<double> Time(int count, Action<int> action)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            action(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Report(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double p) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(p * milliseconds.Count) - 1)];
        Console.WriteLine(FormattableString.Invariant(
            $"{what}: {milliseconds.Count} queries, median {At(0.5):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms, max {milliseconds[^1]:F2} ms"));
    }

    private static List<string> LoadQuestions()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "faq-questions.json")));
        var root = document.RootElement;
        return [.. root.GetProperty("inScope").EnumerateArray().Select(q => q.GetProperty("q").GetString()!)
            .Concat(root.GetProperty("outOfScope").EnumerateArray().Select(q => q.GetString()!))];
    }
}
