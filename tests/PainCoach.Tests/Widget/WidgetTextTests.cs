using System.Text;
using System.Text.RegularExpressions;
using PainCoach.Tests.Faq;
using PainCoach.Widget;

namespace PainCoach.Tests.Widget;

/// <summary>
/// Every word the widget shows a patient lives in the English strings table of web/widget/widget.js (compiled into the
/// library). Together it reads at grade 8 or below and names nothing a developer would (routes, ids, settings).
/// </summary>
public sealed partial class WidgetTextTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] DeveloperWords = ["api", "json", "http", "route", "endpoint", "triage", "faq", "id", "null", "undefined", "error", "server", "the article", "settings"];

    private static string Script()
    {
        using var stream = typeof(WidgetAssets).Assembly.GetManifestResourceStream("PainCoach.Widget.widget.js")!;
        return new StreamReader(stream, Encoding.UTF8).ReadToEnd();
    }

    /// <summary>The quoted texts of <c>STRINGS.en</c>, without the {placeholders} the clinic's values fill.</summary>
    private static List<string> EnglishTexts()
    {
        var script = Script();
        var start = script.IndexOf("    en: {", StringComparison.Ordinal);
        var end = script.IndexOf("\n    }\n  };", start, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "widget.js has no STRINGS.en table");
        return Quoted().Matches(script[start..end])
            .Select(m => Regex.Unescape(m.Groups["text"].Value))
            .Where(t => t.Any(char.IsLetter) && t.Length > 2)
            .Select(t => Placeholder().Replace(t, "it"))
            .ToList();
    }

    [Fact]
    public void The_strings_table_reads_at_grade_8_or_below()
    {
        var texts = EnglishTexts();
        Assert.True(texts.Count >= 40, $"only {texts.Count} strings found");
        var sentences = string.Join(" ", texts.Select(t => t.TrimEnd('.', ':', ' ') + "."));
        var grade = ReadingLevel.Grade(sentences);
        output.WriteLine($"{texts.Count} strings, grade {grade:0.0}");
        Assert.InRange(grade, -5, 8.0);
    }

    [Fact]
    public void No_string_names_something_only_a_developer_knows()
    {
        var found = EnglishTexts()
            .SelectMany(t => ReadingLevel.Words(t).Select(w => (Text: t, Word: w.ToLowerInvariant())))
            .Where(p => DeveloperWords.Contains(p.Word) || p.Text.Contains("the article", StringComparison.OrdinalIgnoreCase))
            .Select(p => $"{p.Word} in '{p.Text}'")
            .ToList();
        Assert.Empty(found);
    }

    [GeneratedRegex("'(?<text>(?:[^'\\\\]|\\\\.)*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("\\{\\w+\\}")]
    private static partial Regex Placeholder();
}
