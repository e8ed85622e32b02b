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
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new DevServerConfigurationException($"{path} is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }

        using (document)
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
                var key = property.Name.Replace("__", ":", StringComparison.Ordinal);
                result[key] = property.Value.ValueKind switch
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
}
