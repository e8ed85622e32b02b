using System.Diagnostics;
using System.Text;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>
/// Azurite in memory on free loopback ports, started from the repo's pinned npm package (run <c>npm ci</c> first;
/// the test script does). Set <c>PAINCOACH_TEST_STORAGE</c> to a connection string to use a running emulator instead.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ExternalStorageVariable = "PAINCOACH_TEST_STORAGE";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly StringBuilder output = new();
    private Process? process;
    private string? workDirectory;
    private string? azuritePath;
    private (int Blob, int Queue, int Table) ports;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalStorageVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        var azurite = Path.Combine(RepoPaths.RepoRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}. Run `npm ci` in the repository root (./test.sh does).");
        }

        // A port picked free can be taken by another listener before Node binds it (Azurite then exits, or that
        // port answers for someone else), so readiness means all three services answer as Azurite, and a start
        // that fails is tried again on new ports.
        for (var attempt = 1; ; attempt++)
        {
            int blob = FreePort.Next(), queue = FreePort.Next(), table = FreePort.Next();
            if (await TryStartAsync(azurite, blob, queue, table))
            {
                ConnectionString = ConnectionStringFor(blob, queue, table);
                (azuritePath, ports) = (azurite, (blob, queue, table));
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start in {attempt} attempts: {Captured()}");
            }
        }
    }

    private async Task<bool> TryStartAsync(string azurite, int blob, int queue, int table)
    {
        await StopAsync();
        workDirectory = Directory.CreateTempSubdirectory("paincoach-azurite-").FullName;
        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process = started;
        started.OutputDataReceived += (_, e) => Capture(e.Data);
        started.ErrorDataReceived += (_, e) => Capture(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();

        var ready = false;
        await Poll.UntilAsync(
            async () => started.HasExited
                || (ready = await AnswersAsAzuriteAsync(blob) && await AnswersAsAzuriteAsync(queue) && await AnswersAsAzuriteAsync(table) && !started.HasExited),
            TimeSpan.FromSeconds(30),
            "Azurite to answer on its three ports");
        return ready;
    }

    private static async Task<bool> AnswersAsAzuriteAsync(int port)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri($"http://127.0.0.1:{port}/devstoreaccount1"));
            return response.Headers.Server.ToString().Contains("Azurite", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet, or too slow to answer on a busy machine: ask again.
            return false;
        }
    }

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    public async Task DisposeAsync() => await StopAsync();

    /// <summary>The table service's port (tests put a proxy in front of it).</summary>
    public int TablePort => ports.Table;

    /// <summary>The blob and queue endpoints with another table port: the app's storage through a proxy.</summary>
    public string ConnectionStringWithTablePort(int tablePort) => ConnectionStringFor(ports.Blob, ports.Queue, tablePort);

    /// <summary>Stops this Azurite (its data goes with it); <see cref="RestartEmptyAsync"/> brings an empty one back.</summary>
    public async Task TakeDownAsync()
    {
        if (azuritePath is null)
        {
            throw new InvalidOperationException("Only an Azurite this fixture started can be taken down.");
        }

        await StopAsync();
    }

    /// <summary>
    /// Stops this Azurite and starts an empty one on the same ports: storage that lost everything and came back on
    /// the same address. Only for an Azurite this fixture started.
    /// </summary>
    public async Task RestartEmptyAsync()
    {
        if (azuritePath is null)
        {
            throw new InvalidOperationException("Only an Azurite this fixture started can be restarted.");
        }

        if (!await TryStartAsync(azuritePath, ports.Blob, ports.Queue, ports.Table))
        {
            throw new InvalidOperationException($"Azurite did not start again on its ports: {Captured()}");
        }
    }

    private async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
        if (workDirectory is not null)
        {
            Directory.Delete(workDirectory, recursive: true);
            workDirectory = null;
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private string Captured()
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
