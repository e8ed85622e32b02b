using System.Text.Json;
using System.Text.RegularExpressions;
using PainCoach.Language;

namespace PainCoach.RedFlags;

/// <summary>
/// The free-text screen's phrase data (<c>red-flag-phrases.json</c>, embedded): which wordings name each sign, which
/// idioms never do, and how negation reads. It is data so a clinician can review it like the knowledge base; every
/// phrase carries examples that must fire and near misses that must not, and a test runs them all.
/// </summary>
public sealed class RedFlagPhrases
{
    internal const string ResourceName = "PainCoach.RedFlags.red-flag-phrases.json";

    // Interpreted, not source-generated: parsing costs a few milliseconds once at start (docs/faq.md).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Words of at least this many letters are corrected when one edit away from a key word.</summary>
    public const int MinSpellingLength = 6;

    private readonly string[] spellingTargets;
    private readonly HashSet<string> spellingTargetSet;
    private readonly HashSet<string> spellingKeep;
    private readonly IReadOnlyDictionary<string, string> shortForms;
    private readonly Dictionary<string, Dictionary<string, string>> pairForms;
    private readonly Dictionary<string, Dictionary<string, (string[] Words, string Reads)[]>> longerForms;
    private readonly HashSet<string> formWords;

    private RedFlagPhrases(
        string reviewed,
        IEnumerable<string> spellingTargets,
        IEnumerable<string> spellingKeep,
        IReadOnlyList<Regex> idioms,
        NegationRules negation,
        Regex backWords,
        Regex heelWords,
        Regex questionStart,
        Regex firstPerson,
        IReadOnlyList<SignPhrases> signs,
        IReadOnlyDictionary<string, string>? shortForms = null,
        Regex? asides = null,
        Regex? possessive = null)
    {
        Asides = asides ?? new Regex("(?!)", Options);
        Possessive = possessive ?? new Regex("(?!)", Options);
        this.shortForms = shortForms ?? new Dictionary<string, string>(StringComparer.Ordinal);
        pairForms = this.shortForms.Where(form => form.Key.Count(c => c == ' ') == 1)
            .Select(form => (Words: form.Key.Split(' ', 2), Reads: form.Value))
            .GroupBy(form => form.Words[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToDictionary(form => form.Words[1], form => form.Reads, StringComparer.Ordinal), StringComparer.Ordinal);
        // Keyed by the first word, then the second (night round 22): a word that starts many forms ("me", "no", "la") and
        // is followed by a word none of them has costs two look-ups, not a scan of every form it starts. Forms of five
        // words or more are read too (round 26, salvador26): till then "a mi no me pasa" and "la punta del pie derecho"
        // were in the data and never read.
        longerForms = this.shortForms.Where(form => form.Key.Count(c => c == ' ') >= 2)
            .Select(form => (Words: form.Key.Split(' '), Reads: form.Value))
            .GroupBy(form => form.Words[0], StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.GroupBy(form => form.Words[1], StringComparer.Ordinal).ToDictionary(
                    second => second.Key,
                    second => second.Select(form => (Words: form.Words[2..], form.Reads)).OrderByDescending(form => form.Words.Length).ToArray(),
                    StringComparer.Ordinal),
                StringComparer.Ordinal);
        // Every word of a listed form, the words a Caribbean sound spelling is read back to (round 27, boricua27).
        formWords = this.shortForms.Keys.SelectMany(key => key.Split(' ')).ToHashSet(StringComparer.Ordinal);
        QuestionStart = questionStart;
        FirstPerson = firstPerson;
        Reviewed = reviewed;
        this.spellingTargets = spellingTargets.Where(t => t.Length >= MinSpellingLength).ToArray();
        this.spellingKeep = spellingKeep.Concat(this.spellingTargets).ToHashSet(StringComparer.Ordinal);
        spellingTargetSet = this.spellingTargets.ToHashSet(StringComparer.Ordinal);
        Idioms = idioms;
        Negation = negation;
        BackWords = backWords;
        HeelWords = heelWords;
        Signs = signs;
    }

    public string Reviewed { get; }

    /// <summary>Everyday phrases cut out before matching ("killing me", "pop a Motrin", "walking aids").</summary>
    public IReadOnlyList<Regex> Idioms { get; }

    public NegationRules Negation { get; private set; }

    /// <summary>
    /// The same data with no other people: for a text where the writer says they have another person's sign too ("my mum
    /// has osteoporosis and so do I"), so that sign is read as theirs (<see cref="SignMentions"/>).
    /// </summary>
    internal RedFlagPhrases WithoutOtherPeople()
    {
        var copy = (RedFlagPhrases)MemberwiseClone();
        copy.Negation = Negation with { OtherPeople = new HashSet<string>(StringComparer.Ordinal) };
        return copy;
    }

    public Regex BackWords { get; }

    public Regex HeelWords { get; }

    /// <summary>How a general question starts ("does", "what", "can"...).</summary>
    public Regex QuestionStart { get; }

    /// <summary>Words that make a sentence about the person ("I", "my", "me"...).</summary>
    public Regex FirstPerson { get; }

    /// <summary>Asides that say a question is not about the person's own symptoms ("asking for a friend", "mine are fine").</summary>
    public Regex Asides { get; }

    /// <summary>
    /// A question put as a supposition ("what happens if ...", "if one day ..., is that an emergency", "if ..., what do i
    /// do"): general even in the first person when the text has an aside ("just asking", "i dont have it"); round 28,
    /// cubano28. Matches nothing when the data has none.
    /// </summary>
    public Regex Hypothetical { get; init; } = new("(?!)", Options);

    /// <summary>
    /// A body-part word with "'s" ("my leg's numb", "foot's swollen"): read as the word, so "leg's" is not the plural
    /// "legs" (both legs) once the apostrophe is dropped. Group "word" is what stays.
    /// </summary>
    public Regex Possessive { get; }

    public IReadOnlyList<SignPhrases> Signs { get; }

    private static readonly Lazy<RedFlagPhrases> Embedded = new(LoadEmbedded);

    /// <summary>The reviewed data shipped in this assembly, parsed once.</summary>
    public static RedFlagPhrases Default => Embedded.Value;

    private static RedFlagPhrases LoadEmbedded() => EmbeddedData.Load(ResourceName, Load, "rebuild the PainCoach library.");

    /// <exception cref="InvalidDataException">The data is not valid, names an unknown sign or holds a bad pattern.</exception>
    public static RedFlagPhrases Load(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var words = root.GetProperty("words").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

        Regex Compile(string pattern, string where)
        {
            var expanded = Expand(pattern, words, where);
            try
            {
                // Whole words only: normalised text is lower-case words separated by single spaces.
                return new Regex($"(?<![a-z0-9])(?:{expanded})(?![a-z0-9])", Options);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"Bad pattern in {where}: {ex.Message}", ex);
            }
        }

        var idioms = root.GetProperty("idioms").EnumerateArray()
            .Select((idiom, i) => Compile(idiom.GetProperty("pattern").GetString()!, $"idioms[{i}]"))
            .ToList();

        var areas = root.GetProperty("areas");
        var negationElement = root.GetProperty("negation");
        var negation = new NegationRules(
            negationElement.GetProperty("window").GetInt32(),
            negationElement.GetProperty("cues").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal),
            negationElement.GetProperty("otherPeople").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal),
            Compile(negationElement.GetProperty("clearedAfter").GetString()!, "negation.clearedAfter"),
            negationElement.TryGetProperty("answeredNo", out var answeredNo) ? Compile(answeredNo.GetString()!, "negation.answeredNo") : null,
            negationElement.TryGetProperty("reportingWords", out var reporting)
                ? reporting.EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal)
                : null,
            negationElement.TryGetProperty("deniedAfterAsked", out var denied) ? Compile(denied.GetString()!, "negation.deniedAfterAsked") : null,
            negationElement.TryGetProperty("confirmedAfterAsked", out var confirmed) ? Compile(confirmed.GetString()!, "negation.confirmedAfterAsked") : null,
            areas.TryGetProperty("clearedAfter", out var areaCleared) ? Compile(areaCleared.GetString()!, "areas.clearedAfter") : null,
            areas.TryGetProperty("notBefore", out var areaNotBefore) ? Compile(areaNotBefore.GetString()!, "areas.notBefore") : null);

        var signs = new List<SignPhrases>();
        foreach (var sign in root.GetProperty("signs").EnumerateArray())
        {
            var id = sign.GetProperty("id").GetString()!;
            if (!SymptomIds.All.Contains(id) && !ContextSigns.All.Contains(id))
            {
                throw new InvalidDataException($"Sign '{id}' is neither a symptom id nor a context sign.");
            }

            var phrases = new List<SignPhrase>();
            var index = 0;
            foreach (var phrase in sign.GetProperty("phrases").EnumerateArray())
            {
                var where = $"{id}.phrases[{index++}]";
                // An allOf part is a pattern (negatable, like "hot": "not hot") or {"context": pattern}, words that only
                // set the scene and are never negated ("no feeling during sex": "sex" is not negated by "no").
                var parts = phrase.TryGetProperty("allOf", out var allOf)
                    ? allOf.EnumerateArray().Select((p, i) => p.ValueKind == JsonValueKind.Object
                        ? new PhrasePart(Compile(p.GetProperty("context").GetString()!, $"{where}.allOf[{i}]"), Negatable: false)
                        : new PhrasePart(Compile(p.GetString()!, $"{where}.allOf[{i}]"), Negatable: true)).ToList()
                    : [new PhrasePart(Compile(phrase.GetProperty("pattern").GetString()!, where), Negatable: true)];
                // A concept phrase: its parts (a lexicon of the sign's domain and one of change) within "near" words of
                // each other, and only in a text that names back pain or sciatica ("backNamed").
                int? near = phrase.TryGetProperty("near", out var n) ? n.GetInt32() : null;
                if (near is < 1 || (near is not null && parts.Count < 2))
                {
                    throw new InvalidDataException($"Bad 'near' in {where}: it needs at least two parts and a window of 1 or more words.");
                }

                // "heel pain for 3 weeks. tried stretches and ice. no change": parts that may be told in different sentences.
                var acrossSentences = phrase.TryGetProperty("acrossSentences", out var across) && across.GetBoolean();
                if (acrossSentences && (near is not null || parts.Count < 2))
                {
                    throw new InvalidDataException($"Bad 'acrossSentences' in {where}: it needs at least two parts and no 'near'.");
                }

                phrases.Add(new SignPhrase(
                    parts,
                    Strings(phrase, "fires"),
                    Strings(phrase, "quiet"),
                    near,
                    phrase.TryGetProperty("backNamed", out var backNamed) && backNamed.GetBoolean(),
                    acrossSentences));
            }

            var notBefore = sign.TryGetProperty("notBefore", out var nb) ? Compile(nb.GetString()!, $"{id}.notBefore") : null;
            var notAfter = sign.TryGetProperty("notAfter", out var na) ? Compile(na.GetString()!, $"{id}.notAfter") : null;
            var unless = sign.TryGetProperty("unless", out var un) ? Compile(un.GetString()!, $"{id}.unless") : null;
            signs.Add(new SignPhrases(id, sign.GetProperty("source").GetString()!, phrases, notBefore, notAfter, unless));
        }

        var spelling = root.GetProperty("spelling");
        var question = root.GetProperty("generalQuestion");
        var hasTagalog = spelling.TryGetProperty("tagalog", out var tagalog);
        return new RedFlagPhrases(
            root.GetProperty("reviewed").GetString()!,
            Strings(spelling, "targets"),
            Strings(spelling, "keep"),
            idioms,
            negation,
            Compile(areas.GetProperty("back").GetString()!, "areas.back"),
            Compile(areas.GetProperty("heel").GetString()!, "areas.heel"),
            Compile("^" + Expand(question.GetProperty("starts").GetString()!, words, "generalQuestion.starts"), "generalQuestion.starts"),
            Compile(question.GetProperty("firstPerson").GetString()!, "generalQuestion.firstPerson"),
            signs,
            ShortForms(spelling),
            question.TryGetProperty("asides", out var asides) ? Compile(asides.GetString()!, "generalQuestion.asides") : null,
            PossessiveForms(spelling))
        {
            FormField = root.TryGetProperty("forms", out var forms) ? FormPattern(forms.GetProperty("field").GetString()!, "forms.field") : NoForm,
            FormPairs = root.TryGetProperty("forms", out forms) ? FormPairsOf(forms) : [],
            BySound = spelling.TryGetProperty("bySound", out var bySound) ? new SoundSpelling(Strings(bySound, "targets"), ModelVocabulary.WholeWords) : null,
            Heard = spelling.TryGetProperty("heard", out var heard) ? MisheardWords.FromJson(heard) : null,
            Particles = hasTagalog ? Strings(tagalog, "particles").ToHashSet(StringComparer.Ordinal) : [],
            LinkedParticles = hasTagalog ? Strings(tagalog, "linkedParticles").ToHashSet(StringComparer.Ordinal) : [],
            LanguageWords = hasTagalog && tagalog.TryGetProperty("forms", out var tagalogForms)
                ? tagalogForms.EnumerateObject().SelectMany(form => form.Name.Split(' ')).ToHashSet(StringComparer.Ordinal)
                : [],
            Hypothetical = question.TryGetProperty("hypothetical", out var hypothetical) ? Compile("^(" + hypothetical.GetString()! + ")", "generalQuestion.hypothetical") : new Regex("(?!)", Options),
        };
    }

    private static readonly Regex NoForm = new("(?!)", Options);

    /// <summary>Tagalog's particles of respect ("po", "opo": "spelling.tagalog.particles"), dropped in a Tagalog clause.</summary>
    private HashSet<string> Particles { get; init; } = [];

    /// <summary>
    /// Particles of respect that carry the linker "-ng" ("pong": "spelling.tagalog.linkedParticles"), which goes back to the
    /// word before: "para pong jelly" is "parang jelly", "pareho pong mahina" is "parehong mahina".
    /// </summary>
    private HashSet<string> LinkedParticles { get; init; } = [];

    /// <summary>Every word of a Tagalog form ("spelling.tagalog.forms"), the words that make a clause Tagalog.</summary>
    private HashSet<string> LanguageWords { get; init; } = [];

    /// <summary>
    /// The words of a clause without Tagalog's particles of respect ("masakit po ang likod ko" → "masakit ang likod ko";
    /// round 30, taglish30), or null when there is none to drop. A Filipino writer puts "po" after nearly any word, so the
    /// forms ("hindi ko maramdaman", "likod ko") could not see their words side by side; it says nothing of the body. It is
    /// dropped only in a clause with a word of a Tagalog form that is no English word, so an English "po" (by mouth) stays.
    /// "pong" gives its linker to the word before (<see cref="LinkedParticles"/>).
    /// </summary>
    public string[]? WithoutParticles(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        bool IsParticle(string word) => Particles.Contains(word) || LinkedParticles.Contains(word);
        if (!words.Any(IsParticle) || !words.Any(word => !IsParticle(word) && LanguageWords.Contains(word) && BySound?.IsWord(word) != true))
        {
            return null;
        }

        var kept = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (LinkedParticles.Contains(word) && kept.Count > 0)
            {
                // The linker goes back to the word before ("para pong" → "parang"); after a consonant Tagalog links with
                // "na", a word of its own, which the forms read as they are.
                kept[^1] = "aeiou".Contains(kept[^1][^1], StringComparison.Ordinal) ? kept[^1] + "ng" : kept[^1];
            }
            else if (!IsParticle(word))
            {
                kept.Add(word);
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// A form-filler's "label: answer" pairs read as statements ("Weight bearing: no" as "can't bear weight", "Leg: weak" as
    /// "my leg is weak"): each pair's label, the separator (a colon, a spaced or long dash) and its answer, at the start of a
    /// sentence or a clause, over the raw text in any case; "reads" replaces the whole pair (${label}, ${answer} keep them).
    /// A pair may have its own "separator" ("numbness no, weakness no": a checklist's item and its answer side by side).
    /// </summary>
    private static List<(Regex Pair, string Reads)> FormPairsOf(JsonElement forms)
    {
        var separator = forms.GetProperty("separator").GetString()!;
        return forms.GetProperty("pairs").EnumerateArray().Select((pair, i) => (
            FormPattern(
                $@"(?<=^[\s\p{{P}}]*|[,;:(]\s*)(?<label>{pair.GetProperty("label").GetString()}){(pair.TryGetProperty("separator", out var own) ? own.GetString() : separator)}(?<answer>{pair.GetProperty("answer").GetString()})",
                $"forms.pairs[{i}]"),
            pair.GetProperty("reads").GetString()!)).ToList();
    }

    private static Regex FormPattern(string pattern, string where)
    {
        try
        {
            return new Regex(pattern, Options | RegexOptions.IgnoreCase);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"Bad pattern in {where}: {ex.Message}", ex);
        }
    }

    /// <summary>The start of a form's field ("Leg:", "Weight bearing -"), anchored with \G where a sentence starts.</summary>
    public Regex FormField { get; private init; } = NoForm;

    /// <summary>Key words spelt by sound ("bak", "feaver"), read as the key word (<see cref="SoundSpelling"/>); null when the data lists none.</summary>
    internal SoundSpelling? BySound { get; private init; }

    /// <summary>Real words misheard for key words ("my heal", "any wait on it"), read by context (<see cref="MisheardWords"/>); null when the data lists none.</summary>
    internal MisheardWords? Heard { get; private init; }

    /// <summary>Form answers read as statements, in order (<see cref="FormPairsOf"/>).</summary>
    public IReadOnlyList<(Regex Pair, string Reads)> FormPairs { get; private init; } = [];

    /// <summary>The words of "possessive" followed by 's or ’s, in any case ("Leg's"), or null when none are listed.</summary>
    private static Regex? PossessiveForms(JsonElement spelling)
    {
        var words = Strings(spelling, "possessive");
        return words.Count == 0
            ? null
            : new Regex($"(?<![A-Za-z0-9])(?<word>{string.Join('|', words.Select(w => Regex.Escape(w)))})['’]s(?![A-Za-z0-9])", Options | RegexOptions.IgnoreCase);
    }

    // A language's word-by-word forms ("spelling.<language>.forms"), added after what is already there: a key read
    // earlier keeps its reading.
    private static void AddLanguageForms(Dictionary<string, string> forms, JsonElement spelling, string language)
    {
        if (spelling.TryGetProperty(language, out var block) && block.TryGetProperty("forms", out var languageForms))
        {
            foreach (var form in languageForms.EnumerateObject())
            {
                forms.TryAdd(form.Name, form.Value.GetString()!);
            }
        }
    }

    /// <summary>
    /// The other phone spellings of each Kreyòl form (round 30, kreyol30), added after every listed form so a listed key
    /// keeps its own reading: "m" and "mwen" (I, me, my) stand for each other in any of the form's words ("pye m" is also
    /// "pye mwen", "m pa ka" also "mwen pa ka"; never a lone "m"), and the form is also read without its accents ("doulè" → "doule", "fè m
    /// mal" → "fe m mal"). A one-word spelling without accents that is an English word of the model's vocabulary ("rèd" →
    /// "red", "atè" → "ate", "semèn" → "semen") is not added: only its accented form reads. The joins a phone makes ("fèm"
    /// for "fè m", "kap" for "k ap", "map" for "m ap", "tap" for "t ap") are spellings too, inside a form of two words or more.
    /// </summary>
    private static void AddKreyolSpellings(Dictionary<string, string> forms, JsonElement spelling)
    {
        if (!spelling.TryGetProperty("kreyol", out var block) || !block.TryGetProperty("forms", out var kreyolForms))
        {
            return;
        }

        foreach (var form in kreyolForms.EnumerateObject())
        {
            var reads = form.Value.GetString()!;
            // "mwen" alone ("i") is not also "m": a lone "m" is never read.
            var words = form.Name.Split(' ');
            foreach (var mwen in words.Length > 1 ? MwenSpellings(words) : [form.Name])
            {
                foreach (var spelt in words.Length > 1 ? new[] { mwen, Joined(mwen) }.Distinct() : [mwen])
                {
                    forms.TryAdd(spelt, reads);
                    var plain = WithoutAccents(spelt);
                    if (plain != spelt && (plain.Contains(' ', StringComparison.Ordinal) || !ModelVocabulary.WholeWords.Contains(plain)))
                    {
                        forms.TryAdd(plain, reads);
                    }
                }
            }
        }
    }

    // The form as a phone joins it (round 30): "fè m" → "fèm", "k ap" → "kap", "m ap" → "map", "t ap" → "tap", each where it
    // stands; a form that would become one word keeps its spaces ("map", "tap" alone are English words).
    private static string Joined(string form)
    {
        var joined = (" " + form + " ")
            .Replace(" fè m ", " fèm ", StringComparison.Ordinal)
            .Replace(" k ap ", " kap ", StringComparison.Ordinal)
            .Replace(" m ap ", " map ", StringComparison.Ordinal)
            .Replace(" t ap ", " tap ", StringComparison.Ordinal)
            .Trim();
        return joined.Contains(' ', StringComparison.Ordinal) ? joined : form;
    }

    // The form with each "m" or "mwen" in either spelling (a form has at most a few of them).
    private static IEnumerable<string> MwenSpellings(string[] words)
    {
        var at = Array.FindIndex(words, w => w is "m" or "mwen");
        if (at < 0)
        {
            yield return string.Join(' ', words);
            yield break;
        }

        foreach (var spelt in new[] { "m", "mwen" })
        {
            foreach (var rest in MwenSpellings(words[(at + 1)..]))
            {
                yield return string.Join(' ', words[..at].Append(spelt).Concat(rest.Length == 0 ? [] : [rest]));
            }
        }
    }

    private static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]).Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>
    /// Texting forms read as the words they stand for: "shortForms" ("n" → "and", "w" → "with") and the dropped final g
    /// of the words in "droppedG" ("achin" → "aching", "mornins" → "mornings"), listed so no real word is changed.
    /// </summary>
    private static Dictionary<string, string> ShortForms(JsonElement spelling)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        if (spelling.TryGetProperty("shortForms", out var shortForms))
        {
            foreach (var form in shortForms.EnumerateObject())
            {
                forms[form.Name] = form.Value.GetString()!;
            }
        }

        // Spanish, read as English word by word ("spanish": evening round 20), one list of its own so it can be reviewed
        // apart from the texting forms; a key in both reads as "shortForms" says.
        AddLanguageForms(forms, spelling, "spanish");

        // Haitian Kreyòl, read as English the same way (round 28, kreyol28): a list of its own, after the Spanish one, so a
        // key both hold reads as Spanish. Its forms are mostly of two words or more ("do m" → "my back"), so that a short
        // Kreyòl word that is also English or Spanish ("m", "pa", "li", "mal", "de") is never read alone.
        AddLanguageForms(forms, spelling, "kreyol");

        // Round 30 (kreyol30): each Kreyòl form also in the other spellings a phone gives it, so one key stands for all.
        AddKreyolSpellings(forms, spelling);

        // Tagalog as Filipinos text it, Taglish (round 30, taglish30): a list of its own, after the Spanish and Kreyòl ones,
        // so a key they hold keeps their reading. Its particles of respect ("po", "opo") are dropped first
        // (WithoutParticles); a short word Tagalog shares with English or Spanish ("na", "pa", "sa", "may", "di") is never a
        // form alone.
        AddLanguageForms(forms, spelling, "tagalog");

        foreach (var word in Strings(spelling, "droppedG").Where(w => w.EndsWith("ing", StringComparison.Ordinal)))
        {
            forms.TryAdd(word[..^1], word);
            forms.TryAdd(word[..^1] + "s", word + "s");
        }

        return forms;
    }

    /// <summary>
    /// What a two-word form of "shortForms" reads as ("no can" → "cant", "not can" → "cant": the grammar of people still
    /// learning English), or null when the two words are no listed form.
    /// </summary>
    public string? SpellOutPair(string first, string second) =>
        pairForms.TryGetValue(first, out var seconds) && seconds.TryGetValue(second, out var reads) ? reads : null;

    /// <summary>The last word of a form read only at a clause's end ("no puedo hacer $"; round 28, cubano28).</summary>
    public const string ClauseEnd = "$";

    /// <summary>
    /// A three- or four-word form read whole, the longest first ("no se me para" → "i cant get hard", "la pierna
    /// derecha" → "my right leg": Spanish, night round 21), starting at <paramref name="at"/>: what it reads as and how
    /// many words it takes, or null when no listed form starts there. Looked at before the two-word forms. A form whose last
    /// word is <see cref="ClauseEnd"/> is read only when its other words end the clause (two of them are enough).
    /// </summary>
    public (string Reads, int Length)? SpellOutLonger(string[] words, int at)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (at + 1 >= words.Length || !longerForms.TryGetValue(words[at], out var seconds) || !seconds.TryGetValue(words[at + 1], out var forms))
        {
            return null;
        }

        foreach (var (rest, reads) in forms)
        {
            // A form that ends in "$" is read only where its words end the clause (round 28, cubano28): "y no puedo hacer"
            // with nothing after it is "i cant go", while "no puedo hacer los ejercicios" is not.
            if (rest.Length > 0 && rest[^1] == ClauseEnd)
            {
                if (at + 1 + rest.Length == words.Length && rest.AsSpan(0, rest.Length - 1).SequenceEqual(words.AsSpan(at + 2, rest.Length - 1)))
                {
                    return (reads, rest.Length + 1);
                }

                continue;
            }

            if (at + 1 + rest.Length < words.Length && rest.AsSpan().SequenceEqual(words.AsSpan(at + 2, rest.Length)))
            {
                return (reads, rest.Length + 2);
            }
        }

        return null;
    }

    /// <summary>
    /// A Spanish word as Puerto Rican and Dominican speakers say it, read back to the word of a listed form (round 27,
    /// boricua27): an "l" for an "r" at a syllable's end ("pielna" → "pierna", "dolol" → "dolor"), a dropped "d" between
    /// vowels at the end ("adormecío" → "adormecido", "marío" → "marido", "pasá" → "pasada"; never "-ía", which is a
    /// verb's past: "dormía") and a dropped final "s" of a plural in "-es" ("escalone" → "escalones"). Only a word of four
    /// letters or more that is no word of a listed form and no English word changes, and only to a word of a listed form;
    /// otherwise null.
    /// </summary>
    public string? CaribbeanSound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 4 || BySound is not { } bySound || formWords.Contains(word) || !IsSpanishLetters(word) || bySound.IsWord(word))
        {
            return null;
        }

        var r = LForR(word);
        if (r is not null && formWords.Contains(r))
        {
            return r;
        }

        var d = word.EndsWith("ao", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 1), "do")
            : word.EndsWith("aos", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 2), "dos")
            : word.EndsWith("ío", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 2), "ido")
            : word.EndsWith('á') ? string.Concat(word.AsSpan(0, word.Length - 1), "ada")
            : null;
        if (d is not null && formWords.Contains(d))
        {
            return d;
        }

        // Only after an "e": a plural in "-es" ("escalones", "talones") has no singular in "-e", while "dormía" + "s" would be
        // another word ("dormías").
        if (word[^1] == 'e')
        {
            var s = word + "s";
            if (formWords.Contains(s))
            {
                return s;
            }

            if (r is not null && formWords.Contains(r + "s"))
            {
                return r + "s";
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> SpanishLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzáéíóúüñ");

    private static bool IsSpanishLetters(string word) => !word.AsSpan().ContainsAnyExcept(SpanishLetters);

    // Each "l" after a vowel at a syllable's end (before a consonant other than "l", or last) read as "r"; null when there is none.
    private static string? LForR(string word)
    {
        char[]? letters = null;
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] != 'l' || !"aeiouáéíóú".Contains(word[i - 1], StringComparison.Ordinal))
            {
                continue;
            }

            if (i + 1 == word.Length || !"aeiouáéíóúüyl".Contains(word[i + 1], StringComparison.Ordinal))
            {
                letters ??= word.ToCharArray();
                letters[i] = 'r';
            }
        }

        return letters is null ? null : new string(letters);
    }

    /// <summary>
    /// The key word a misspelt word stands for ("numbnes" → "numbness", "sciatcia" → "sciatica"), or the word itself:
    /// one letter missing, added, wrong, or two neighbours swapped, never the first letter. Texting forms are spelt out
    /// first ("n" → "and", "achin" → "aching"); a word that is no English word and sounds like one key word is read as it
    /// ("bak" → "back", <see cref="SoundSpelling"/>).
    /// </summary>
    public string Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (shortForms.TryGetValue(word, out var spelledOut))
        {
            return spelledOut;
        }

        if (spellingKeep.Contains(word))
        {
            return word;
        }

        if (word.Length >= MinSpellingLength)
        {
            foreach (var target in spellingTargets)
            {
                if (target[0] == word[0] && IsOneEditApart(word, target))
                {
                    return target;
                }
            }
        }

        return BySound?.KeyWordFor(word) ?? word;
    }

    /// <summary>
    /// A key word split in two by a space ("ostio porosis", "diab etes", "sci atica"): when one of the two is no English
    /// word, both are letters only, and the two joined are read as a key word of the spelling targets (as written, one
    /// edit away, or by sound), that key word; otherwise null. Two English words are never joined ("in continent"), so
    /// only a word the text would not read anyway can change.
    /// </summary>
    public string? JoinedKeyWord(string first, string second)
    {
        if (BySound is not { } bySound || first.Length < 2 || second.Length < 2 || first.Length + second.Length < MinSpellingLength
            || !IsLetters(first) || !IsLetters(second) || (bySound.IsWord(first) && bySound.IsWord(second)))
        {
            return null;
        }

        var joined = string.Concat(first, second);
        if (spellingTargetSet.Contains(joined))
        {
            return joined;
        }

        var read = Correct(joined);
        return !ReferenceEquals(read, joined) && spellingTargetSet.Contains(read) ? read : null;
    }

    private static bool IsLetters(string word) => !word.AsSpan().ContainsAnyExceptInRange('a', 'z');

    /// <summary>Optimal string alignment distance of exactly one (both words are lower-case letters or digits).</summary>
    internal static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            // One letter wrong, or two neighbours swapped.
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        // One letter added or missing.
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(s => s.GetString()!).ToList() : [];

    /// <summary>
    /// Replaces each <c>{word}</c> with its alternatives from "words" (a non-capturing group); a word list may use
    /// another (a concept lexicon builds on <c>{numbonly}</c>), a few levels deep.
    /// </summary>
    internal static string Expand(string pattern, Dictionary<string, string> words, string where, int depth = 0) =>
        depth > 4
            ? throw new InvalidDataException($"Word lists nest too deep (or in a loop) in {where}.")
            : Regex.Replace(pattern, @"\{([a-z][a-z0-9_]*)\}", match =>
                words.TryGetValue(match.Groups[1].Value, out var alternatives)
                    ? $"(?:{Expand(alternatives, words, where, depth + 1)})"
                    : throw new InvalidDataException($"Unknown word list {{{match.Groups[1].Value}}} in {where}."),
                RegexOptions.CultureInvariant);
}

/// <param name="Window">How many words before a sign a negation cue reaches ("no fever", "not really numb").</param>
/// <param name="Cues">Words that negate what follows: no, not, never, without...</param>
/// <param name="OtherPeople">Words that put the sign on someone else: "my mum had cancer".</param>
/// <param name="ClearedAfter">What, right after a sign, says it is fine: "bladder control is fine".</param>
/// <param name="AnsweredNo">How a sentence that answers a question with no starts ("short of breath? no, nothing like that").</param>
/// <param name="ReportingWords">Right after another person, they report the writer's sign: "my wife noticed the bed was wet".</param>
/// <param name="DeniedAfterAsked">A question someone asked and the writer answered no, in one sentence ("the doc asked does it
/// wake you at night and i said nope"): what it asked about is not read.</param>
/// <param name="ConfirmedAfterAsked">A question someone asked and the writer answered yes, in one sentence, with groups
/// <c>ask</c> and <c>yes</c> ("the doc asked about fever and i said yes"): those two are cut, what it asked about is read.</param>
/// <param name="AreaClearedAfter">Right after a pain-area word, it says that area is fine, alone or in a pair ("my feet are
/// comfortable", "my feet and back are fine", "my feet were checked and all was well").</param>
/// <param name="AreaNotBefore">Right before a pain-area word, it says there is no pain there ("no pain in my feet at all").</param>
public sealed record NegationRules(
    int Window,
    IReadOnlySet<string> Cues,
    IReadOnlySet<string> OtherPeople,
    Regex ClearedAfter,
    Regex? AnsweredNo = null,
    IReadOnlySet<string>? ReportingWords = null,
    Regex? DeniedAfterAsked = null,
    Regex? ConfirmedAfterAsked = null,
    Regex? AreaClearedAfter = null,
    Regex? AreaNotBefore = null)
{
    public IReadOnlySet<string> ReportingWords { get; } = ReportingWords ?? new HashSet<string>(StringComparer.Ordinal);
}

/// <param name="Parts">One pattern, or several that must all be found in the same sentence ("red", "hot", "swollen").</param>
/// <param name="Fires">Examples the phrase must catch (a test checks them).</param>
/// <param name="Quiet">Near misses the screen must not read as this sign.</param>
/// <param name="Near">When set, every part must be found within this many words of the first part's match.</param>
/// <param name="NeedsBack">Only in a text that names back pain or sciatica (the screen's back area), anywhere in it.</param>
/// <param name="AcrossSentences">Each part may be found in a different sentence of the text ("heel pain 3 weeks. tried
/// ice and insoles. no change"); the sign's <c>unless</c> in any sentence cancels it.</param>
public sealed record SignPhrase(
    IReadOnlyList<PhrasePart> Parts,
    IReadOnlyList<string> Fires,
    IReadOnlyList<string> Quiet,
    int? Near = null,
    bool NeedsBack = false,
    bool AcrossSentences = false);

/// <param name="Pattern">The words.</param>
/// <param name="Negatable">False for context words, which a nearby "no" or "not" does not cancel.</param>
public sealed record PhrasePart(Regex Pattern, bool Negatable);

/// <param name="Id">The symptom id the phrases name.</param>
/// <param name="Source">Where the sign comes from (CONTENT.md red flags and its guidance).</param>
/// <param name="Phrases">The wordings that name the sign.</param>
/// <param name="NotBefore">Text just before a match that means it is not the person's sign ("worried it's cancer").</param>
/// <param name="NotAfter">Text just after a match that means it is not a current sign ("a crash 10 years ago").</param>
/// <param name="Unless">Anywhere in the sentence, it cancels the sign ("3 weeks of stretching and it is much better").</param>
public sealed record SignPhrases(string Id, string Source, IReadOnlyList<SignPhrase> Phrases, Regex? NotBefore, Regex? NotAfter, Regex? Unless = null);
