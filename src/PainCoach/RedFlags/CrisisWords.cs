using System.Text.Json;
using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// Words of suicide or self-harm ("i want to end it all", "wish i wouldnt wake up", "kms"), read so the answer gives a
/// crisis line. It is no sign of the red-flag catalog (CONTENT.md has none) and changes no red flag's level: wherever
/// the screen is read (the FAQ's <c>alert</c>, SMS replies, STOP included) the alert becomes <c>emergency</c> with
/// <see cref="Message"/> first and any red flag's own advice after it (docs/triage.md, "Words of self-harm"). The
/// wordings are data (<c>crisis-words.json</c>), reviewed like the red-flag phrases: idioms and denials ("this heel is
/// killing me", "coach made us run suicides", "not suicidal, just fed up") are cut out first, then any phrase reads.
/// </summary>
public sealed class CrisisWords
{
    internal const string ResourceName = "PainCoach.RedFlags.crisis-words.json";

    /// <summary>
    /// Plain words, GSM-7, grade 8. Conditional, so it reads as care, not a verdict, if a text meant less than it said;
    /// it names the line for someone worried about another person too (a fifth of the crisis sets' messages). 988 is the
    /// US Suicide and Crisis Lifeline (call or text); 911 as DESIGN.md names it for danger now.
    /// </summary>
    public const string Message =
        "If you are having thoughts of ending your life or hurting yourself, you are not alone. Call or text 988 to talk to someone now, day or night, for you or for someone you are worried about. If anyone is in danger now, call 911.";

    /// <summary>
    /// The same in Spanish, for words of self-harm said in Spanish: 988 answers in Spanish after pressing 2. Written without
    /// á, í, ó or ú, which GSM-7 lacks (ñ it has), like the other Spanish texts (docs/sms.md).
    /// </summary>
    public const string SpanishMessage =
        "Si piensas en quitarte la vida o en hacerte daño, llama o manda un texto al 988 ahora, a cualquier hora, por ti o por alguien que te preocupa. Marca 2 para español. Si alguien corre peligro, llama al 911.";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\r'];

    private readonly Regex leftAlone;
    private readonly Regex[] read;
    private readonly Regex readInSpanish;

    private CrisisWords(string reviewed, IReadOnlyList<CrisisPhrase> cut, IReadOnlyList<CrisisPhrase> phrases)
    {
        Reviewed = reviewed;
        LeftAlone = cut;
        Phrases = phrases;
        leftAlone = Whole(cut.Select(p => p.Pattern));
        read = [.. phrases.SelectMany(p => TopLevelAlternatives(p.Pattern)).Select(alternative => Whole([alternative]))];
        readInSpanish = Whole(phrases.Where(p => p.Spanish).Select(p => p.Pattern));
    }

    public string Reviewed { get; }

    /// <summary>Idioms and denials cut out before any phrase is read.</summary>
    public IReadOnlyList<CrisisPhrase> LeftAlone { get; }

    /// <summary>The wordings that read as thoughts of suicide or self-harm.</summary>
    public IReadOnlyList<CrisisPhrase> Phrases { get; }

    private static readonly Lazy<CrisisWords> Embedded = new(() => EmbeddedData.Load(ResourceName, Load, "rebuild the PainCoach library."));

    /// <summary>The reviewed data shipped in this assembly, parsed once.</summary>
    public static CrisisWords Default => Embedded.Value;

    /// <summary>Whether <paramref name="text"/>, as written, voices thoughts of suicide or self-harm.</summary>
    public bool Found(string text) => MessageFor(text) is not null;

    /// <summary>
    /// The crisis message for <paramref name="text"/>: null when it voices no thoughts of suicide or self-harm, <see
    /// cref="SpanishMessage"/> when Spanish words say so, else <see cref="Message"/>.
    /// </summary>
    public string? MessageFor(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Sentence by sentence, joined by a bar: a window of words never reaches across a sentence end, and a cut leaves one.
        // An ellipsis is a pause, not a sentence end: "thinking about ending things... with this orthotic company". Each
        // phrase's alternatives are read one by one behind their literal gates (LiteralGate), and the cut only where its
        // gate lets the text through: most texts hold none of an alternative's words and skip it.
        var unpaused = text.Replace("...", " ", StringComparison.Ordinal).Replace('…', ' ');
        var sentences = string.Join('|', unpaused.Split(SentenceEnds).Select(FreeTextRedFlagScreen.Normalise));
        var kept = LiteralGate.Of(leftAlone).MayMatch(sentences) ? leftAlone.Replace(sentences, " | ") : sentences;
        return !Array.Exists(read, phrase => phrase.IsMatchGated(kept)) ? null : readInSpanish.IsMatch(kept) ? SpanishMessage : Message;
    }

    /// <summary>
    /// The alert for a text that voices such thoughts: emergency, the crisis line first, then the advice of a red flag the
    /// same text raised (its flags kept), so neither is lost.
    /// </summary>
    public static RedFlagAlert AlertWith(RedFlagAlert? found, string crisisMessage) =>
        new(AlertLevel.Emergency, found is null ? crisisMessage : crisisMessage + " " + found.Message, found?.Flags ?? [])
        {
            CrisisMessage = crisisMessage,
            Sign = found,
        };

    /// <exception cref="InvalidDataException">The data is not valid or holds a bad pattern.</exception>
    public static CrisisWords Load(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var words = root.TryGetProperty("words", out var list)
            ? list.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : [];

        List<(string Where, CrisisPhrase Phrase)> Read(string property) => [.. root.GetProperty(property).EnumerateArray().Select((entry, i) =>
        {
            var where = $"{property}[{i}]";
            var pattern = RedFlagPhrases.Expand(entry.GetProperty("pattern").GetString() ?? throw new InvalidDataException($"{where} has no pattern."), words, where);
            var spanish = entry.TryGetProperty("language", out var language) && language.GetString() == "es";
            return (where, new CrisisPhrase(pattern, Strings(entry, "read"), Strings(entry, "left"), spanish));
        })];

        var cut = Read("leftAlone");
        var phrases = Read("phrases");
        try
        {
            return new CrisisWords(root.GetProperty("reviewed").GetString() ?? string.Empty, [.. cut.Select(c => c.Phrase)], [.. phrases.Select(p => p.Phrase)]);
        }
        catch (ArgumentException e)
        {
            // Each pattern is parsed once, into the regexes the screen runs; only a bad one is looked for entry by entry.
            var (where, bad) = cut.Concat(phrases).FirstOrDefault(entry => !Parses(entry.Phrase.Pattern));
            throw new InvalidDataException(bad is null ? $"The patterns do not make a valid regex together: {e.Message}" : $"{where} is not a valid pattern: {e.Message}", e);
        }
    }

    private static bool Parses(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string[] Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];

    /// <summary>
    /// A pattern's top-level alternatives ("a|b(c|d)" → "a", "b(c|d)"), each its own regex so each gets its own literal
    /// gate: a phrase's alternatives share few words, and the gate of the whole would hold all of them.
    /// </summary>
    internal static IEnumerable<string> TopLevelAlternatives(string pattern)
    {
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass:
                    depth--;
                    break;
                case '|' when !inClass && depth == 0:
                    yield return pattern[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return pattern[start..];
    }

    // Whole words of the normalised text (lower case words between single spaces), any of the patterns in one regex.
    private static Regex Whole(IEnumerable<string> patterns) => patterns.Any()
        ? new Regex($"(?<![a-z0-9])(?:{string.Join('|', patterns.Select(p => $"(?:{p})"))})(?![a-z0-9])", Options)
        : new Regex("(?!)", Options);
}

/// <summary>
/// One reviewed wording (word lists expanded) with what it must read and what it must leave; <paramref name="Spanish"/>:
/// the words are Spanish, so the answer is too.
/// </summary>
public sealed record CrisisPhrase(string Pattern, IReadOnlyList<string> Read, IReadOnlyList<string> Left, bool Spanish = false);
