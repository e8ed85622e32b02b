using System.Text.RegularExpressions;

namespace PainCoach.RedFlags.Head;

/// <summary>
/// The red-flag head's guard (the third try's, docs/triage.md): a text is not read by the head when any clause of it is
/// one the phrase screen reads as negated or cleared ("no numbness", "bladder is fine", "my mum had cancer", "a car
/// crash years ago"), so the head only adds alerts where the phrases see no reason against one.
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
    /// True when the head may not read the clause: the phrase screen reads a sign's words in it as negated, cleared
    /// or ruled out, or as another person's (its negation reading), a sign's "not before / after / unless" text is
    /// there, a clearing phrase is ("bladder is fine"), another person is named, or the clause holds the words of a
    /// sign the whole text's reading sets aside as mentioned and not had, answered no, or past and over
    /// (<paramref name="setAside"/>, from <see cref="FreeTextRedFlagScreen.SignsSetAside"/> of the whole text).
    /// </summary>
    public static bool Guarded(string clause, FreeTextRedFlagScreen screen, IReadOnlySet<string> setAside)
    {
        var phrases = screen.Phrases;
        foreach (var sentence in screen.Sentences(clause))
        {
            if (Clearing().IsMatch(sentence.Text)
                || sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(phrases.Negation.OtherPeople.Contains))
            {
                return true;
            }

            foreach (var sign in phrases.Signs)
            {
                if ((sign.Unless?.IsMatch(sentence.Text) ?? false)
                    || sign.Phrases.SelectMany(p => p.Parts).Any(part => part.Negatable && part.Pattern.IsMatch(sentence.Text)
                        && (setAside.Contains(sign.Id) || !screen.Finds(part.Pattern, sentence, sign))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Per clause of <paramref name="text"/> (<see cref="Split"/>), whether it is guarded; and whether the whole text is (when any clause is).</summary>
    public static (IReadOnlyList<string> Clauses, bool[] Guarded, bool WholeGuarded) Read(string text, FreeTextRedFlagScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var setAside = screen.SignsSetAside(text);
        var clauses = Split(text);
        var guarded = clauses.Select(c => Guarded(c, screen, setAside)).ToArray();
        return (clauses, guarded, guarded.Any(g => g) || Guarded(text, screen, setAside));
    }
}
