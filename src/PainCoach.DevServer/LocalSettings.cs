using System.Text.Json;

namespace PainCoach.DevServer;

/// <summary>
/// Reads <c>local.settings.json</c> <c>Values</c> as <c>func start</c> does. The host turns them into environment
/// variables, so <c>__</c> nests; here they become configuration keys with <c>:</c>.
/// </summary>
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    public static IReadOnlyDictionary<string, string?> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : new Dictionary<string, string?>();

    /// <summary>Parses the file's text; <paramref name="path"/> only names it in errors.</summary>
    public static IReadOnlyDictionary<string, string?> Parse(string json, string path)
    {
        using (var document = ParseJson(json, path))
        {
            if (!document.RootElement.TryGetProperty("Values", out var values))
            {
                return new Dictionary<string, string?>();
            }

            if (values.ValueKind != JsonValueKind.Object)
            {
                throw new DevServerConfigurationException($"{path}: \"Values\" must be an object of strings.");
            }

            var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in values.EnumerateObject())
            {
                result[ToConfigurationKey(property.Name)] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => throw new DevServerConfigurationException($"{path}: value of \"{property.Name}\" must be a string."),
                };
            }

            return result;
        }
    }

    /// <summary>The Functions host's settings files allow comments and trailing commas; a broken one names its line.</summary>
    internal static JsonDocument ParseJson(string json, string path)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new DevServerConfigurationException($"{path} is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }
    }

    /// <summary>An app setting name as a configuration key: <c>__</c> nests, as it does in environment variables.</summary>
    internal static string ToConfigurationKey(string settingName) => settingName.Replace("__", ":", StringComparison.Ordinal);
}
