using System.Text.Json;

namespace PainCoach.DevServer;

/// <summary>The parts of <c>host.json</c> the DevServer honours: the HTTP route prefix.</summary>
public static class HostJson
{
    public const string DefaultRoutePrefix = "api";

    public static string ReadRoutePrefix(string path) =>
        File.Exists(path) ? ParseRoutePrefix(File.ReadAllText(path), path) : DefaultRoutePrefix;

    /// <summary>Reads <c>extensions.http.routePrefix</c>; <paramref name="path"/> only names the file in errors.</summary>
    public static string ParseRoutePrefix(string json, string path)
    {
        using var document = LocalSettings.ParseJson(json, path);
        return document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            && prefix.ValueKind == JsonValueKind.String
            ? prefix.GetString()!.Trim('/')
            : DefaultRoutePrefix;
    }
}
