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

    private readonly StringBuilder output = new();
    private Process? process;
    private string? workDirectory;

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

        int blob = FreePort.Next(), queue = FreePort.Next(), table = FreePort.Next();
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

        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await Poll.UntilAsync(
            async () => process.HasExited
                ? throw new InvalidOperationException($"Azurite exited with {process.ExitCode}: {Captured()}")
                : await FreePort.IsAcceptingAsync(table) && await FreePort.IsAcceptingAsync(blob),
            TimeSpan.FromSeconds(30),
            "Azurite to accept connections");

        ConnectionString = ConnectionStringFor(blob, queue, table);
    }

    /// <summary>An Azurite-style connection string for these loopback ports (nothing need listen there).</summary>
    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        if (workDirectory is not null)
        {
            Directory.Delete(workDirectory, recursive: true);
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
