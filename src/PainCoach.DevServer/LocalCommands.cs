using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Reminders;
using PainCoach.Storage;
using PainCoach.Telephony;

namespace PainCoach.DevServer;

/// <summary>
/// One-shot commands on the same configuration as the DevServer (local.settings.json, environment):
/// <c>outbox [count]</c> lists the texts the app would have sent (newest first, numbers masked; scripts/outbox.sh) and
/// <c>remind-now [next|instant|+90m|+3h|+2d]</c> runs the reminder timer once as if the clock said that, by default the
/// time of the next reminder due (scripts/remind-now.sh).
/// </summary>
public static partial class LocalCommands
{
    public const string Outbox = "outbox";
    public const string RemindNow = "remind-now";
    public const string NextDue = "next";

    public static bool Handles(string[] args) => args is [Outbox or RemindNow, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, DevServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            return args[0] == Outbox
                ? await ListOutboxAsync(args.Length > 1 ? ParseCount(args[1]) : 20, output, options)
                : await RemindAsync(args.Length > 1 && args[1] != NextDue ? ParseClock(args[1], DateTimeOffset.UtcNow) : null, output, options);
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            throw new DevServerConfigurationException(
                $"storage is not answering ({StorageFailures.Describe(ex)}): start ./run.sh first, or point AzureWebJobsStorage at running storage.", ex);
        }
    }

    private static async Task<int> ListOutboxAsync(int count, TextWriter output, DevServerOptions? options)
    {
        await using var app = DevServerApp.Build([], options);
        var table = app.Services.GetRequiredService<TableServiceClient>().GetTableClient(OutboxSmsSender.TableName);
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(select: ["ToMasked", "Purpose", "Body", "At"]))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing was ever sent: the table does not exist yet.
        }

        if (rows.Count == 0)
        {
            await output.WriteLineAsync("The local outbox is empty.");
            return 0;
        }

        foreach (var row in rows.OrderByDescending(r => r.GetDateTimeOffset("At")).Take(count))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.GetDateTimeOffset("At"):yyyy-MM-dd HH:mm:ss}Z  {row.GetString("ToMasked")}  {row.GetString("Purpose")}  {row.GetString("Body")}"));
        }

        return 0;
    }

    /// <summary>Runs the reminder timer at <paramref name="requested"/>, or when null at the next due reminder's time.</summary>
    private static async Task<int> RemindAsync(DateTimeOffset? requested, TextWriter output, DevServerOptions? options)
    {
        options ??= new DevServerOptions();
        var clock = requested ?? await NextDueAsync(options);
        if (clock is null)
        {
            await output.WriteLineAsync("No reminder is planned: text JOIN HEEL first (scripts/text.sh).");
            return 0;
        }

        var shifted = new DevServerOptions
        {
            LocalSettingsPath = options.LocalSettingsPath,
            HostJsonPath = options.HostJsonPath,
            FunctionsAssembly = options.FunctionsAssembly,
            Configure = builder =>
            {
                options.Configure?.Invoke(builder);
                builder.Services.AddSingleton<TimeProvider>(new ShiftedClock(clock.Value - DateTimeOffset.UtcNow));
            },
        };
        await using var app = DevServerApp.Build([], shifted);
        var timer = app.Services.GetRequiredService<FunctionCatalog>().Timers.Single(t => t.Method.DeclaringType == typeof(PainCoach.Functions.Reminders.ReminderTimer));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Running {timer.Name} once as if it were {clock:yyyy-MM-dd HH:mm}Z..."));
        await FunctionInvoker.InvokeTimerAsync(timer, app.Services, new TimerInfo(), CancellationToken.None);
        var store = app.Services.GetRequiredService<ReminderStore>();
        await output.WriteLineAsync($"Done ({store.EntitiesRead} due-index and claim rows read). scripts/outbox.sh shows what it sent.");
        return 0;
    }

    private static async Task<DateTimeOffset?> NextDueAsync(DevServerOptions options)
    {
        await using var app = DevServerApp.Build([], options);
        var due = await app.Services.GetRequiredService<ReminderStore>().ReadDueAsync(DateTimeOffset.UtcNow.AddYears(1), 1, CancellationToken.None);
        return due.Count == 0 ? null : due[0].DueAt;
    }

    private static int ParseCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new DevServerConfigurationException($"outbox takes a number of texts to show, not '{text}'.");

    /// <summary>An instant (<c>2026-12-03T19:00-05:00</c>; no offset means UTC) or a step ahead of now (<c>+90m</c>, <c>+3h</c>, <c>+2d</c>).</summary>
    public static DateTimeOffset ParseClock(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Step().Match(text) is { Success: true } step)
        {
            var amount = int.Parse(step.Groups["n"].Value, CultureInfo.InvariantCulture);
            return now + (step.Groups["unit"].Value switch { "m" => TimeSpan.FromMinutes(amount), "h" => TimeSpan.FromHours(amount), _ => TimeSpan.FromDays(amount) });
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new DevServerConfigurationException($"remind-now takes an instant such as 2026-12-03T19:00-05:00 or a step such as +3h, not '{text}'.");
    }

    [GeneratedRegex(@"^\+(?<n>\d{1,4})(?<unit>[mhd])$")]
    private static partial Regex Step();

    /// <summary>The real clock moved by a fixed amount, so waits inside the run still pass in real time.</summary>
    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
