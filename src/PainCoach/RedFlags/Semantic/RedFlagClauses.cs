using System.Text.RegularExpressions;

namespace PainCoach.RedFlags.Semantic;

/// <summary>
/// How the semantic channel cuts a text and what it may not read. A sign said next to "my back is killing me" is
/// drowned by the pain part in a whole-text vector, so each clause is read apart too; and a clause the phrase screen
/// reads as negated or cleared ("no numbness", "bladder is fine", "my mum had cancer", "a car crash years ago") is
/// never read at all: a sentence vector carries the topic and hardly the negation (docs/triage.md).
/// </summary>
internal static partial class RedFlagClauses
{
    /// <summary>Clauses: sentence ends, commas and the like, and "and" / "but" / "so" (with texting's "n" and "&amp;").</summary>
    [GeneratedRegex(@"[.!?;\n\r,:()]+|\s(?:and|but|so|n|&)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>A sign word in a clearing phrase: "bladder is fine", "waterworks are normal", "legs feel ok" (a verb is needed, so "is that ok" stays readable).</summary>
    [GeneratedRegex(@"(?:^| )(?:is|are|was|were|been|feels?|seems?|looks?|totally|completely|perfectly|all) (?:fine|ok|okay|normal|alright|all right|unaffected|working fine|working normally)(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex Clearing();

    /// <summary>The clauses of two words or more; a text of one clause gives one.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        [.. ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)];

    /// <summary>
    /// True when the phrase screen reads a sign's words in the text but as negated or cleared (its own negation cues,
    /// clearing phrases, someone else's sign, a sign's "not before / after / unless" text), or another person is named.
    /// </summary>
    public static bool Guarded(string text, FreeTextRedFlagScreen screen, RedFlagPhrases phrases)
    {
        foreach (var sentence in screen.Sentences(text))
        {
            if (Clearing().IsMatch(sentence.Text)
                || sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(phrases.Negation.OtherPeople.Contains))
            {
                return true;
            }

            foreach (var sign in phrases.Signs)
            {
                if ((sign.Unless?.IsMatch(sentence.Text) ?? false)
                    || sign.Phrases.SelectMany(p => p.Parts).Any(part => part.Negatable && part.Pattern.IsMatch(sentence.Text) && !screen.Finds(part.Pattern, sentence, sign)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
