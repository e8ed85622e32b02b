using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PainCoach.Subscribers;

/// <summary>
/// An opt-out acknowledged while Table Storage was down: whose (the key, never the number), which message, when, and
/// the language its confirmation was given in (kept for the consent record).
/// </summary>
public sealed record PendingOptOut(string Key, string MessageSid, DateTimeOffset At, string Language);

/// <summary>
/// Opt-outs that could not be written because storage was down, until they are (issue 15: a STOP is acknowledged at
/// once and never lost). Held in memory and journalled, one JSON line each, in a file under
/// <see cref="SubscriberOptions.PendingOptOutDirectory"/>, so a restart of the process keeps them. The conversation
/// writes them when storage answers again; until then the reminder engine sees the person as stopped
/// (<see cref="SubscriberDirectory"/>). A journal that cannot be written is logged and the opt-out is still held in memory.
/// </summary>
public sealed partial class PendingOptOuts
{

    private readonly Lock gate = new();
    private readonly string? journal;
    private readonly ILogger<PendingOptOuts> logger;
    private readonly List<PendingOptOut> pending = [];

    public PendingOptOuts(IOptions<SubscriberOptions> options, TableServiceClient storage, ILogger<PendingOptOuts> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        this.logger = logger;
        var directory = string.IsNullOrWhiteSpace(options.Value.PendingOptOutDirectory)
            ? Path.Combine(Path.GetTempPath(), "paincoach")
            : options.Value.PendingOptOutDirectory;

        // One journal per storage account: two servers on one machine against different storage never share one.
        var account = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(storage.Uri.AbsoluteUri)))[..16];
        journal = Path.Combine(directory, $"pending-opt-outs-{account}.jsonl");
        pending.AddRange(Load(journal));
    }

    public bool IsEmpty
    {
        get
        {
            lock (gate)
            {
                return pending.Count == 0;
            }
        }
    }

    public bool Contains(string key)
    {
        lock (gate)
        {
            return pending.Exists(p => p.Key == key);
        }
    }

    /// <summary>The pending opt-outs, oldest first; of one person only when <paramref name="key"/> is given.</summary>
    public IReadOnlyList<PendingOptOut> Snapshot(string? key = null)
    {
        lock (gate)
        {
            return [.. pending.Where(p => key is null || p.Key == key)];
        }
    }

    public void Add(PendingOptOut optOut)
    {
        ArgumentNullException.ThrowIfNull(optOut);
        SubscriberKeys.ThrowIfInvalid(optOut.Key);
        lock (gate)
        {
            if (pending.Exists(p => p.MessageSid == optOut.MessageSid))
            {
                return; // a Twilio retry of the same message
            }

            pending.Add(optOut);
            Save();
        }
    }

    /// <summary>Forgets an opt-out once it is written (or has nothing left to do).</summary>
    public void Remove(PendingOptOut optOut)
    {
        lock (gate)
        {
            if (pending.Remove(optOut))
            {
                Save();
            }
        }
    }

    private void Save()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(journal)!);
            var temporary = journal + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream))
            {
                foreach (var item in pending)
                {
                    writer.WriteLine(JsonSerializer.Serialize(item));
                }

                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, journal!, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogJournalFailed(ex.GetType().Name, pending.Count);
        }
    }

    private List<PendingOptOut> Load(string path)
    {
        var loaded = new List<PendingOptOut>();
        try
        {
            if (!File.Exists(path))
            {
                return loaded;
            }

            foreach (var line in File.ReadAllLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                try
                {
                    if (JsonSerializer.Deserialize<PendingOptOut>(line) is { } item && SubscriberKeys.IsValid(item.Key))
                    {
                        loaded.Add(item);
                    }
                }
                catch (JsonException)
                {
                    // A torn last line (power cut while writing) is skipped; the rest is kept.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogJournalFailed(ex.GetType().Name, 0);
        }

        if (loaded.Count > 0)
        {
            LogLoaded(loaded.Count);
        }

        return loaded;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The pending opt-out journal could not be written or read ({ErrorType}); {Count} opt-outs are held in memory only")]
    private partial void LogJournalFailed(string errorType, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} opt-outs acknowledged while storage was down are still to be written")]
    private partial void LogLoaded(int count);
}
