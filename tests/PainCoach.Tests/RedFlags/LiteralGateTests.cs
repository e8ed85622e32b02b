using System.Text;
using System.Text.RegularExpressions;
using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The literal gates (<see cref="LiteralGate"/>) only skip a pattern that cannot match, so the screen reads every text
/// exactly as it did without them: the screen with gates and the plain path agree on every corpus text and every probe
/// line, and each gate is read from its pattern soundly (optional parts, alternatives, lookarounds promise nothing).
/// </summary>
public sealed class LiteralGateTests
{
    [Theory]
    [InlineData("(?<![a-z0-9])(?:foot|feet)(?![a-z0-9])", "feet | foot")]
    [InlineData("(?<![a-z0-9])(?:(foot|feet)( \\w+){0,3} (is |are )?(numb|dead))(?![a-z0-9])", " are dead |  are numb |  dead |  is dead |  is numb |  numb")]
    [InlineData("no (fever|temp)?", "no ")]
    [InlineData("cant (walk|stand)|numb\\w*", "cant  | numb")] // "cant " is as rare as "cant walk" by the gate's measure, and one string
    [InlineData("(?<core>hot)(?=ter)", "hot")]
    public void A_gate_is_read_from_the_pattern(string pattern, string expected) =>
        Assert.Equal(expected, LiteralGate.For(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)).ToString());

    [Theory]
    [InlineData("(foot|)")] // an empty alternative promises nothing
    [InlineData("(foot)?")]
    [InlineData("(foot)*")]
    [InlineData("\\w+")]
    [InlineData("[a-z]{3}")]
    [InlineData("(?i)foot")] // inline options: not read
    [InlineData("(?<a>x)\\k<a>")] // back-reference: not read
    [InlineData("(?(x)foot|feet)")] // conditional: not read
    [InlineData("^(?!.* still)")]
    [InlineData("a|b|.")]
    public void A_pattern_the_gate_cannot_promise_anything_for_has_no_gate(string pattern) =>
        Assert.Equal("(none)", LiteralGate.For(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)).ToString());

    [Theory]
    [InlineData("my heel hurts", true)] // none of the gate's strings: no regex run
    [InlineData("my foot is numb and my feet are numb", false)]
    [InlineData("a numb feeling", false)] // a gate string, but no match
    public void A_gated_search_finds_what_the_pattern_finds(string text, bool gateRulesItOut)
    {
        var pattern = new Regex("(?<![a-z0-9])(?:(foot|feet)( \\w+){0,3} (is |are )?numb)(?![a-z0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _ = LiteralGate.Of(pattern); // the gate is read off the calling thread
        LiteralGate.WaitUntilRead(TimeSpan.FromSeconds(30));
        var gate = LiteralGate.Of(pattern);

        Assert.NotNull(gate.AnyOf);
        Assert.Equal(gateRulesItOut, !gate.MayMatch(text));
        Assert.Equal(gate.MayMatch(text.AsSpan()), gate.MayMatch(text));
        Assert.Equal(pattern.Matches(text).Select(m => (m.Index, m.Value)), pattern.MatchesGated(text).Select(m => (m.Index, m.Value)));
    }

    [Fact]
    public void A_case_insensitive_pattern_has_no_gate() =>
        Assert.Equal("(none)", LiteralGate.For(new Regex("foot", RegexOptions.IgnoreCase)).ToString());

    [Fact]
    public void Every_phrase_pattern_matches_none_of_its_examples_its_gate_rules_out()
    {
        // Each pattern over every example of the data, normalised: where the gate says no, the pattern must not match.
        var phrases = RedFlagPhrases.Default;
        var patterns = phrases.Signs.SelectMany(sign => sign.Phrases.SelectMany(phrase => phrase.Parts.Select(part => part.Pattern))
                .Concat(new[] { sign.Unless, sign.NotBefore, sign.NotAfter }.OfType<Regex>()))
            .Concat(phrases.Idioms)
            .Concat(new[] { phrases.BackWords, phrases.HeelWords, phrases.QuestionStart, phrases.FirstPerson, phrases.Asides, phrases.Hypothetical, phrases.Negation.ClearedAfter })
            .ToList();
        var examples = phrases.Signs.SelectMany(sign => sign.Phrases.SelectMany(phrase => phrase.Fires.Concat(phrase.Quiet)))
            .Select(FreeTextRedFlagScreen.Normalise).Distinct(StringComparer.Ordinal).ToList();
        var wrong = (from pattern in patterns
                     let gate = LiteralGate.For(pattern)
                     from example in examples
                     where !gate.MayMatch(example) && pattern.IsMatch(example)
                     select $"{pattern.ToString()[..Math.Min(80, pattern.ToString().Length)]} on \"{example}\"").Take(10).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_screen_reads_every_corpus_text_and_probe_line_as_the_plain_path_does()
    {
        var screen = new FreeTextRedFlagScreen();
        var corpus = RedFlagCorpusTests.EveryText().ToList();
        var texts = corpus.Select(x => x.Text).Concat(ProbeLines()).ToList();
        Assert.True(texts.Count > 10_000, $"only {texts.Count} texts found");
        // Gates are read off the screening thread: a first pass meets every pattern, then each has its gate.
        var first = texts.Select(text => Outputs(screen, text)).ToList();
        LiteralGate.WaitUntilRead(TimeSpan.FromMinutes(2));
        var gated = texts.Select(text => Outputs(screen, text)).ToList();
        Assert.Equal(first, gated);
        List<string> plain;
        LiteralGate.Off = true;
        try
        {
            plain = texts.Select(text => Outputs(screen, text)).ToList();
        }
        finally
        {
            LiteralGate.Off = false;
        }

        // A fresh part's sentences are never printed: its part and position say where to look once it is read.
        string Where(int i) => i < corpus.Count && corpus[i].Fresh ? $"{corpus[i].Part} text {i}" : texts[i];
        var differ = Enumerable.Range(0, texts.Count).Where(i => gated[i] != plain[i]).Select(i => $"{Where(i)}: gated {gated[i]}, plain {plain[i]}").Take(10).ToList();
        Assert.Empty(differ);
    }

    // The reading (the alert is the catalog's verdict on it) and the SMS safety line of a back-pain subscriber, which also
    // reads the text as another person's words and the cauda equina topics.
    private static string Outputs(FreeTextRedFlagScreen screen, string text)
    {
        var reading = screen.Read(text);
        return new StringBuilder()
            .Append(reading.Area).Append(';').AppendJoin(',', reading.Signs.Order(StringComparer.Ordinal)).Append(';')
            .Append(reading.GeneralQuestion).Append(reading.NotAboutThePerson).Append(reading.LeavesTheAreaOpen).Append(';')
            .Append(screen.SafetyCheckFor(text, BodyArea.Back)).ToString();
    }

    // The helpers' probe files (tools/PainCoach.RedFlagReplay/probes), found from the test's folder up to the repository.
    private static IEnumerable<string> ProbeLines()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "tools", "PainCoach.RedFlagReplay", "probes")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(folder.FullName, "tools", "PainCoach.RedFlagReplay", "probes"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                yield return line;
                if (line.IndexOf('|', StringComparison.Ordinal) is var bar and >= 0)
                {
                    yield return line[(bar + 1)..];
                }
            }
        }
    }
}
