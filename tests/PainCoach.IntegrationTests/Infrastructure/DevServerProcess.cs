using System.Diagnostics;
using System.Globalization;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>The DevServer as a developer starts it: <c>dotnet PainCoach.DevServer.dll</c> in its own process.</summary>
public static class DevServerProcess
{
    /// <summary>
    /// Starts the built DevServer with <paramref name="settingsPath"/> as its local.settings.json, only the environment
    /// the test names (nothing inherited from the developer's shell decides the outcome) and <paramref name="arguments"/>
    /// (default: <c>--urls</c> on a free loopback port).
    /// </summary>
    public static Process Start(string settingsPath, Dictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.DevServerOutputDirectory,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.DevServerOutputDirectory, "PainCoach.DevServer.dll"));
        foreach (var argument in arguments.Length == 0 ? ["--urls", $"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}"] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k is "AzureWebJobsStorage" or "REMINDER_SCHEDULE").ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["PAINCOACH_LOCAL_SETTINGS"] = settingsPath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Writes a local.settings.json with these Values into <paramref name="directory"/> and returns its path.</summary>
    public static string WriteLocalSettings(string directory, Dictionary<string, string> values)
    {
        var path = Path.Combine(directory, "local.settings.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        return path;
    }
}
