using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PainCoach.Widget;

/// <summary>A served file: its bytes, the same bytes gzipped, and an ETag that changes with them.</summary>
public sealed record WebAsset(string ContentType, byte[] Content, byte[] Gzipped, string ETag);

/// <summary>
/// The widget's script and the demo page, compiled into this assembly from <c>web/widget/</c>. The script gets this
/// clinic's <see cref="WidgetSettings"/> written in once, at first use (options are fixed after start), and is kept
/// with its gzipped form so each request only copies bytes.
/// </summary>
public sealed partial class WidgetAssets
{
    /// <summary>The literal in widget.js that the settings replace (a valid script on its own: the widget then has none).</summary>
    public const string SettingsPlaceholder = "/*@settings*/null";

    private const string ScriptResource = "PainCoach.Widget.widget.js";
    private const string DemoResource = "PainCoach.Widget.demo.html";

    private readonly Lazy<WebAsset> script;
    private readonly Lazy<string> demoTemplate;
    private readonly Lazy<string> demoStyleHash;
    private readonly WidgetSettings settings;

    public WidgetAssets(WidgetSettings settings)
    {
        this.settings = settings;
        script = new Lazy<WebAsset>(() => Asset("text/javascript; charset=utf-8", RenderScript(ReadResource(ScriptResource), settings)));
        demoTemplate = new Lazy<string>(() => ReadResource(DemoResource));
        demoStyleHash = new Lazy<string>(() => StyleHash(demoTemplate.Value));
    }

    public WebAsset Script => script.Value;

    /// <summary>The script with <paramref name="settings"/> written in as JSON that is also safe inside any script context.</summary>
    public static string RenderScript(string source, WidgetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Contains(SettingsPlaceholder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"widget.js has no {SettingsPlaceholder} for the clinic's settings.");
        }

        // The default encoder escapes <, >, &, quotes and U+2028/2029, so the JSON cannot end a script or a string.
        var json = JsonSerializer.Serialize(settings);
        return source.Replace(SettingsPlaceholder, json, StringComparison.Ordinal);
    }

    /// <summary>
    /// The demo clinic page for <paramref name="topic"/>, loading the script from <paramref name="scriptUrl"/>. Its
    /// Content-Security-Policy allows only this app: the same policy a careful clinic site would set.
    /// </summary>
    public (WebAsset Page, string ContentSecurityPolicy) DemoPage(BodyArea topic, string scriptUrl)
    {
        var clinicName = settings.Clinic.Name ?? "Riverside Foot and Back Clinic";
        var page = demoTemplate.Value
            .Replace("{{clinicName}}", WebUtility.HtmlEncode(clinicName), StringComparison.Ordinal)
            .Replace("{{scriptUrl}}", WebUtility.HtmlEncode(scriptUrl), StringComparison.Ordinal)
            .Replace("{{topic}}", topic.ToContractName(), StringComparison.Ordinal)
            .Replace("{{topicHeading}}", topic switch { BodyArea.Heel => "Heel pain", BodyArea.Back => "Back pain", _ => "Heel and back pain" }, StringComparison.Ordinal);
        var policy = $"default-src 'none'; script-src 'self'; connect-src 'self'; style-src '{demoStyleHash.Value}'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return (Asset("text/html; charset=utf-8", page), policy);
    }

    /// <summary>A text file as served: UTF-8 bytes, gzipped bytes and an ETag.</summary>
    public static WebAsset Asset(string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return new WebAsset(contentType, bytes, gzipped.ToArray(), $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
    }

    private static string StyleHash(string page)
    {
        var match = StyleElement().Match(page);
        return match.Success
            ? "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(match.Groups["css"].Value)))
            : throw new InvalidOperationException("demo.html has no <style> element.");
    }

    private static string ReadResource(string name) =>
        EmbeddedData.Load(name, stream => new StreamReader(stream, Encoding.UTF8).ReadToEnd(), "build the library (web/widget/ is compiled into it).");

    [GeneratedRegex("<style>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
