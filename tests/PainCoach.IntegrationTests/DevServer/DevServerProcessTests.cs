using System.Diagnostics;
using System.Net;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.DevServer;

/// <summary>The DevServer as a developer starts it: its own process, its settings file, environment and --urls.</summary>
public sealed class DevServerProcessTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string settingsDirectory = Directory.CreateTempSubdirectory("paincoach-settings-").FullName;

    [Fact]
    public async Task An_invalid_reminder_schedule_stops_the_devserver_with_one_clear_line()
    {
        var settings = WriteLocalSettings(new() { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["REMINDER_SCHEDULE"] = "every minute" });

        var (exitCode, _, stderr) = await RunToExitAsync(settings, environment: []);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("PainCoach.DevServer: configuration error: REMINDER_SCHEDULE='every minute' is not a valid NCRONTAB schedule", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_stop_the_devserver_with_one_clear_line()
    {
        var settings = WriteLocalSettings(new() { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["PainCoach__ProgramName"] = "x" });

        var (exitCode, _, stderr) = await RunToExitAsync(settings, environment: []);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ProgramName", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_port_stops_the_devserver_with_one_clear_line()
    {
        var settings = WriteLocalSettings(new() { ["AzureWebJobsStorage"] = azurite.ConnectionString });
        using var holder = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, _, stderr) = await RunToExitAsync(settings, environment: [], "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("PainCoach.DevServer: cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_variables_override_local_settings_and_urls_sets_the_address()
    {
        // The file alone would not start; the environment corrects it, as with `func start`.
        var settings = WriteLocalSettings(new() { ["AzureWebJobsStorage"] = azurite.ConnectionString, ["REMINDER_SCHEDULE"] = "broken" });
        var port = FreePort.Next();

        using var process = Start(settings, new() { ["REMINDER_SCHEDULE"] = "0 0 * * * *" }, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpStatusCode? status = null;
            await Poll.UntilAsync(
                async () =>
                {
                    Assert.False(process.HasExited, "The DevServer exited early.");
                    try
                    {
                        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                        status = response.StatusCode;
                        return true;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                TimeSpan.FromSeconds(60),
                "the DevServer to answer on its --urls address");

            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => Directory.Delete(settingsDirectory, recursive: true);

    private string WriteLocalSettings(Dictionary<string, string> values) => DevServerProcess.WriteLocalSettings(settingsDirectory, values);

    private static Process Start(string settingsPath, Dictionary<string, string> environment, params string[] arguments) =>
        DevServerProcess.Start(settingsPath, environment, arguments);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(string settingsPath, Dictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(settingsPath, environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The DevServer did not exit on a start-up error.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
