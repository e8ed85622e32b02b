using System.Text.RegularExpressions;
using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Two speed changes of the early morning round of 2026-12-06 (rf-speed17) that must not change an answer: a sign's
/// across-sentence phrases ask whether the text clears the sign (its <c>unless</c> on every sentence) only once a phrase
/// is found, and a literal gate may hold up to 1,024 strings (the long word lists of the how-long signs now get one).
/// The whole screen with gates against the plain path is <see cref="LiteralGateTests"/>.
/// </summary>
public sealed class ClearedLastAndLargeGateTests
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [Fact]
    public void A_sign_read_across_sentences_answers_as_its_phrases_asked_one_by_one_on_every_corpus_text()
    {
        // The per-phrase question asks "cleared?" first, as the sign-level one did before; the sign-level one asks it last.
        var screen = new FreeTextRedFlagScreen();
        var signs = screen.Phrases.Signs.Where(sign => sign.Phrases.Any(phrase => phrase.AcrossSentences)).ToList();
        var differ = new List<string>();
        var found = 0;
        foreach (var (part, fresh, text) in RedFlagCorpusTests.EveryText())
        {
            var times = screen.TimesOf(text);
            foreach (var sign in signs)
            {
                foreach (var backNamed in new[] { false, true })
                {
                    var whole = screen.MatchesAcrossSentences(sign, times, backNamed);
                    var oneByOne = sign.Phrases.Any(phrase => screen.MatchesAcrossSentences(phrase, times, sign, backNamed));
                    found += whole ? 1 : 0;
                    if (whole != oneByOne && differ.Count < 10)
                    {
                        differ.Add($"{(fresh ? $"{part} (fresh)" : text)}: {sign.Id} back {backNamed}: {whole} against {oneByOne}");
                    }
                }
            }
        }

        Assert.Empty(differ);
        Assert.True(found > 0, "no corpus text read any sign across sentences: the test compares nothing");
    }

    [Theory]
    [InlineData("my heel has hurt for four weeks. i tried ice every day. nothing helps", true)]
    [InlineData("my heel has hurt for four weeks. i tried ice every day. nothing helps. much better now", false)] // its unless
    [InlineData("my heel hurts. tried ice", false)] // no phrase found, whatever clears it
    [InlineData("my heel is better. tried ice", false)]
    public void The_unless_still_clears_a_sign_found_across_sentences(string text, bool expected)
    {
        var phrases = RedFlagPhrases.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
            {"reviewed":"2026-12-06","words":{},"idioms":[],
             "negation":{"window":3,"cues":["no","not"],"otherPeople":[],"clearedAfter":"is fine"},
             "areas":{"back":"back","heel":"heel"},
             "spelling":{"targets":[],"keep":[]},
             "generalQuestion":{"starts":"(what|how)","firstPerson":"i|my"},
             "signs":[{"id":"heel_pain_past_two_weeks","source":"test","unless":"better",
               "phrases":[{"acrossSentences":true,"allOf":["(\\d+|three|four) weeks","ice|insoles|stretches","no change|nothing helps"],"fires":[],"quiet":[]}]}]}
            """)));
        var screen = new FreeTextRedFlagScreen(phrases);
        var sign = phrases.Signs[0];
        var times = screen.TimesOf(text);

        Assert.Equal(expected, screen.MatchesAcrossSentences(sign, times, backNamed: false));
        Assert.Equal(expected, sign.Phrases.Any(phrase => screen.MatchesAcrossSentences(phrase, times, sign, backNamed: false)));
        Assert.Equal(expected, screen.Read(text).Signs.Contains(ContextSigns.HeelPainPastTwoWeeks));
    }

    [Fact]
    public void An_alternation_of_more_than_128_strings_gets_a_gate_that_still_lets_every_match_through()
    {
        var words = Enumerable.Range(0, 300).Select(i => $"week{i}").ToList();
        var pattern = new Regex($"(?<![a-z0-9])(?:(for|over) ({string.Join('|', words)}))(?![a-z0-9])", Options);
        var gate = LiteralGate.For(pattern);

        Assert.NotNull(gate.AnyOf);
        Assert.InRange(gate.AnyOf.Count, 129, 1024);
        Assert.False(gate.MayMatch(" my heel hurts "));
        foreach (var text in words.Select(word => $" it hurt for {word} now ").Append(" over week299 "))
        {
            Assert.True(pattern.IsMatch(text), text);
            Assert.True(gate.MayMatch(text), text);
        }
    }

    [Fact]
    public void An_alternation_of_more_than_1024_strings_has_no_gate()
    {
        var pattern = new Regex($"(?<![a-z0-9])(?:{string.Join('|', Enumerable.Range(0, 1100).Select(i => $"word{i}"))})(?![a-z0-9])", Options);
        Assert.Equal("(none)", LiteralGate.For(pattern).ToString());
    }

    [Fact]
    public void A_large_alternation_beside_a_rare_string_gives_way_to_it()
    {
        // Every match holds " sciatica", one string to look for instead of 300.
        var pattern = new Regex($"(?<![a-z0-9])(?:({string.Join('|', Enumerable.Range(0, 300).Select(i => $"w{i}"))}) sciatica)(?![a-z0-9])", Options);
        Assert.Equal(" sciatica", LiteralGate.For(pattern).ToString());
    }
}
