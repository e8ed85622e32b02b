using System.Reflection;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;
using PainCoach.Reminders;

namespace PainCoach.DevServer;

/// <summary>How a DevServer is put together; tests change what a developer's machine would not have.</summary>
public sealed class DevServerOptions
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>The local.settings.json to read; null reads none.</summary>
    public string? LocalSettingsPath { get; set; } = DefaultLocalSettingsPath();

    /// <summary>Where host.json is read from (the Functions build output ships a copy).</summary>
    public string HostJsonPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "host.json");

    /// <summary>The assembly whose functions are served.</summary>
    public Assembly FunctionsAssembly { get; set; } = typeof(PainCoach.Functions.Health.HealthCheck).Assembly;

    /// <summary>Runs after the configuration sources are set and before services are composed.</summary>
    public Action<WebApplicationBuilder>? Configure { get; set; }

    /// <summary>Names another local.settings.json (tests, several checkouts); the host's own setting, not the app's.</summary>
    public const string LocalSettingsVariable = "PAINCOACH_LOCAL_SETTINGS";

    public static string? DefaultLocalSettingsPath()
    {
        var chosen = Environment.GetEnvironmentVariable(LocalSettingsVariable);
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            return chosen;
        }

        var projectDirectory = typeof(DevServerOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "PainCoach.FunctionsProjectDirectory")?.Value;
        var candidates = new[]
        {
            projectDirectory is null ? null : Path.Combine(projectDirectory, LocalSettings.FileName),
            Path.Combine(AppContext.BaseDirectory, LocalSettings.FileName),
        };
        return candidates.FirstOrDefault(p => p is not null && File.Exists(p));
    }
}

/// <summary>The route prefix from host.json that HTTP functions are served under.</summary>
public sealed record HttpRoutePrefix(string Value);

public static class DevServerApp
{
    /// <summary>Kestrel's request-body limit here; every function reads far less (see BoundedBody in the Functions app).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Builds the DevServer. Configuration, lowest first: built-in defaults, local.settings.json Values,
    /// environment variables, command line. Throws <see cref="DevServerConfigurationException"/> for what it cannot run.
    /// </summary>
    public static WebApplication Build(string[] args, DevServerOptions? options = null)
    {
        options ??= new DevServerOptions();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        var defaults = new Dictionary<string, string?> { [ReminderScheduleSetting.Name] = ReminderScheduleSetting.Default };
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        if (options.LocalSettingsPath is { } settingsPath)
        {
            var values = LocalSettings.Load(settingsPath);
            builder.Configuration.Sources.Insert(IndexOfPlainEnvironmentVariables(builder.Configuration), new MemoryConfigurationSource { InitialData = values });
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DevServerOptions.DefaultUrl);
        }

        // A backstop under the functions' own limits (32 KiB forms, 16 KiB JSON, read with BoundedBody): a body Kestrel
        // would have to drain after the function answered 413 is cut at 1 MiB instead of Kestrel's 30 MB default.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        options.Configure?.Invoke(builder);

        var catalog = FunctionCatalog.Discover(options.FunctionsAssembly);
        var timers = TimerSchedules.Resolve(catalog.Timers, builder.Configuration);
        var routePrefix = HostJson.ReadRoutePrefix(options.HostJsonPath);

        try
        {
            builder.Services.AddPainCoach(builder.Configuration);
        }
        catch (InvalidOperationException ex)
        {
            throw new DevServerConfigurationException(ex.Message, ex);
        }

        builder.Services.AddMvcCore();
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(new HttpRoutePrefix(routePrefix));
        builder.Services.AddSingleton<IEnumerable<ScheduledTimer>>(timers);
        builder.Services.AddSingleton<TimerFunctionScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TimerFunctionScheduler>());

        var app = builder.Build();
        app.MapHttpFunctions(catalog.Http, routePrefix);
        return app;
    }

    private static int IndexOfPlainEnvironmentVariables(ConfigurationManager configuration)
    {
        for (var i = 0; i < configuration.Sources.Count; i++)
        {
            if (configuration.Sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            {
                return i;
            }
        }

        return configuration.Sources.Count;
    }
}
