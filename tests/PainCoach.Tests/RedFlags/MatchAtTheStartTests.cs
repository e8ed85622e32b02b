using System.Text.RegularExpressions;
using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// A speed change of the late-morning round of 2026-12-06 (rf-speed19) that must not change an answer: "does this
/// pattern match right here" (a clearing phrase right after a sign, "is fine"; a sign's notAfter; an answer no; a clause
/// that its sign's unless clears from its first word) is asked of the pattern anchored at the text's start
/// (<see cref="GatedRegex.MatchesAtStartGated"/>), not by scanning the whole rest of the sentence for a first match and
/// checking it is at index 0. The whole screen is checked by the replay tool's <c>--dump</c> and <see cref="LiteralGateTests"/>.
/// </summary>
public sealed class MatchAtTheStartTests
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [Fact]
    public void The_anchored_question_answers_as_a_first_match_at_index_zero_on_every_corpus_sentence_and_phrase_example()
    {
        var screen = new FreeTextRedFlagScreen();
        var phrases = screen.Phrases;
        var patterns = new List<(string Where, Regex Pattern)> { ("negation.clearedAfter", phrases.Negation.ClearedAfter) };
        if (phrases.Negation.AnsweredNo is { } answeredNo) patterns.Add(("negation.answeredNo", answeredNo));
        if (phrases.Negation.AreaClearedAfter is { } areaCleared) patterns.Add(("areas.clearedAfter", areaCleared));
        foreach (var sign in phrases.Signs)
        {
            if (sign.NotAfter is { } notAfter) patterns.Add(($"{sign.Id}.notAfter", notAfter));
            if (sign.Unless is { } unless) patterns.Add(($"{sign.Id}.unless", unless));
        }

        // Each sentence and what follows each of its words: the texts StartsWith is asked of (what comes after a match,
        // a clause from its start), and every phrase example read the same way.
        var texts = new HashSet<string>(StringComparer.Ordinal);
        void AddSentences(string text)
        {
            foreach (var sentence in screen.Sentences(text))
            {
                var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < words.Length; i++)
                {
                    texts.Add(string.Join(' ', words.Skip(i)));
                }

                texts.Add(sentence.Text);
            }
        }

        // Every 20th corpus text (a fixed, spread sample): every suffix of every sentence of all 31,000 texts under every
        // pattern is over an hour of scanning; the replay tool's --dump compares the whole screen (docs/triage-rounds.md).
        foreach (var (_, _, text) in RedFlagCorpusTests.EveryText().Where((_, index) => index % 20 == 0))
        {
            AddSentences(text);
        }

        foreach (var example in phrases.Signs.SelectMany(sign => sign.Phrases).SelectMany(phrase => phrase.Fires.Concat(phrase.Quiet)))
        {
            AddSentences(example);
        }

        var differ = new List<string>();
        var atStart = 0;
        foreach (var (where, pattern) in patterns)
        {
            var gate = LiteralGate.For(pattern);
            var anchored = GatedRegex.AnchoredAtStart(pattern);
            Assert.NotSame(pattern, anchored);
            foreach (var text in texts)
            {
                // Where the gate rules the text out, neither path runs a pattern (both say no).
                if (!gate.MayMatch(text))
                {
                    continue;
                }

                var scanned = pattern.Match(text) is { Success: true, Index: 0 };
                atStart += scanned ? 1 : 0;
                if (scanned != anchored.IsMatch(text) && differ.Count < 10)
                {
                    differ.Add($"{where}: \"{text}\": scanned {scanned}");
                }
            }
        }

        Assert.Empty(differ);
        Assert.True(atStart > 100, $"only {atStart} texts matched at the start: the test compares too little");
    }

    [Theory]
    [InlineData("is fine today", true)]
    [InlineData(" is fine", false)] // a space first: not at the start
    [InlineData("my back is fine", false)] // later in the text, not at the start
    [InlineData("", false)]
    public void A_pattern_matches_at_the_start_only_where_its_first_match_is_at_index_zero(string text, bool expected)
    {
        var pattern = new Regex("(?<![a-z0-9])(?:(is |are )?(fine|ok))(?![a-z0-9])", Options);

        Assert.Equal(expected, pattern.MatchesAtStartGated(text));
        Assert.Equal(expected, pattern.Match(text) is { Success: true, Index: 0 });
    }

    [Fact]
    public void A_lookbehind_at_the_start_sees_no_text_before_it_as_in_the_scan()
    {
        var pattern = new Regex("(?<!my )back pain", Options);

        Assert.True(pattern.MatchesAtStartGated("back pain again"));
        Assert.False(pattern.MatchesAtStartGated("my back pain")); // matches nowhere at index 0
    }

    [Fact]
    public void A_right_to_left_pattern_is_asked_as_before()
    {
        var pattern = new Regex("fine", Options | RegexOptions.RightToLeft);

        Assert.Same(pattern, GatedRegex.AnchoredAtStart(pattern));
        Assert.True(pattern.MatchesAtStartGated("fine"));
        Assert.False(pattern.MatchesAtStartGated("fine and fine")); // right to left, the first match is the last "fine"
        Assert.False(pattern.MatchesAtStartGated("all fine"));
    }
}
