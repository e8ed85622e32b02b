using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Conversation;

/// <summary>
/// Turns an SMS body into a <see cref="SmsCommand"/>. The first word decides, case-insensitive; punctuation around
/// words and extra spaces are ignored ("stop.", " Pain: 7/10 ", "time ice 8am, 1pm"). Two whole-message answers come
/// before it: a score alone ("about a 4 today") is PAIN, and a done alone ("all done") is DONE. Pure and fast: no I/O.
/// </summary>
public static partial class SmsCommandParser
{
    /// <summary>Twilio's longest message; anything beyond is not read.</summary>
    public const int MaxBodyChars = 1600;

    public const int MaxTimesPerKind = 4;

    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal) { "START", "UNSTOP" };

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal) { "HELP", "INFO" };

    public static SmsCommand Parse(string? body, string? optOutType = null)
    {
        // Twilio's Advanced Opt-Out has already classified the message; its verdict wins.
        switch (optOutType?.Trim().ToUpperInvariant())
        {
            case "STOP":
                return new SmsCommand.OptOut(OptOutIntent.Detect(body) ?? SmsLanguage.English);
            case "START":
                return new SmsCommand.OptIn();
            case "HELP":
                return new SmsCommand.Help();
        }

        var text = Clean(body);
        if (text.Length == 0)
        {
            return new SmsCommand.Empty();
        }

        // Before the keywords: "please stop", "no more texts", "BAJA" opt out; "stop the pain" does not.
        if (OptOutIntent.Detect(text) is { } optOutLanguage)
        {
            return new SmsCommand.OptOut(optOutLanguage);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(TrimPunctuation)
            .Where(w => w.Length > 0)
            .ToArray();
        if (words.Length == 0)
        {
            return new SmsCommand.Empty();
        }

        // "Opt-out", "un-stop": hyphens and dots inside the keyword do not matter.
        var keyword = KeywordForm(words[0]);
        var rest = words.AsSpan(1);

        if (StartWords.Contains(keyword))
        {
            return new SmsCommand.OptIn();
        }

        if (HelpWords.Contains(keyword))
        {
            return new SmsCommand.Help();
        }

        if (OptOutIntent.IsSpanishHelp(words[0]))
        {
            return new SmsCommand.Help(SmsLanguage.Spanish);
        }

        // The pain check-in asks "how is your pain today?"; many answer with the score alone ("4", "about a 4 today",
        // "pain's a 3 now thanks") rather than PAIN 4. Only a whole message that is one score is read as one: any other
        // word ("3 weeks", "a 3 today, was a 5") leaves it free text for the FAQ and the red-flag screen.
        if (ScoreReply().Match(text) is { Success: true } scoreReply)
        {
            return new SmsCommand.Pain(int.Parse(scoreReply.Groups["score"].Value, CultureInfo.InvariantCulture));
        }

        // "all done", "did it", "yep done them": the same as DONE. Only a whole message of these words; "done with this"
        // (opt-out wording is read before) or "did it hurt" stays what it is.
        if (DoneReply().IsMatch(text))
        {
            return new SmsCommand.Done();
        }

        return keyword switch
        {
            "JOIN" or "SUBSCRIBE" => ParseJoin(rest),
            "YES" or "Y" => new SmsCommand.Yes(),
            "PAUSE" => ParsePause(rest),
            "RESUME" => new SmsCommand.ResumeReminders(),
            "TIME" or "TIMES" => ParseTime(rest),
            "TZ" => ParseTimeZone(rest),
            "PAIN" => ParsePain(rest, text),
            "DONE" => new SmsCommand.Done(),
            "STATUS" => new SmsCommand.Status(),
            _ => new SmsCommand.FreeText(text),
        };
    }

    private static SmsCommand ParseJoin(ReadOnlySpan<string> rest)
    {
        if (rest.Length == 0)
        {
            return new SmsCommand.Join(null);
        }

        return BodyAreas.TryParse(KeywordForm(rest[0]), out var program)
            ? new SmsCommand.Join(program)
            : new SmsCommand.Malformed("JOIN", "Text JOIN HEEL, JOIN BACK or JOIN BOTH to choose a program.");
    }

    private static SmsCommand ParsePause(ReadOnlySpan<string> rest)
    {
        const string hint = "Text PAUSE to pause for a week, or PAUSE and a number of days, like PAUSE 3.";
        if (rest.Length == 0)
        {
            return new SmsCommand.PauseReminders(null);
        }

        var first = rest[0];
        if (first.EndsWith("DAYS", StringComparison.OrdinalIgnoreCase) || first.EndsWith('D') || first.EndsWith('d'))
        {
            first = first.TrimEnd('S', 's').TrimEnd('Y', 'y').TrimEnd('A', 'a').TrimEnd('D', 'd');
        }

        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0
            ? new SmsCommand.PauseReminders(days)
            : new SmsCommand.Malformed("PAUSE", hint);
    }

    private static SmsCommand ParseTime(ReadOnlySpan<string> rest)
    {
        const string hint = "Text TIME ICE or TIME STRETCH and up to 4 times, like TIME ICE 9am 1pm 7:30pm.";
        if (rest.Length == 0)
        {
            return new SmsCommand.Malformed("TIME", hint);
        }

        ReminderKind kind;
        switch (KeywordForm(rest[0]))
        {
            case "ICE" or "ICING":
                kind = ReminderKind.Ice;
                break;
            case "STRETCH" or "STRETCHES" or "STRETCHING":
                kind = ReminderKind.Stretch;
                break;
            default:
                return new SmsCommand.Malformed("TIME", hint);
        }

        var timeText = string.Join(' ', rest[1..].ToArray());
        if (timeText.Length == 0)
        {
            return new SmsCommand.Malformed("TIME", hint);
        }

        if (KeywordForm(timeText) == "OFF")
        {
            return new SmsCommand.SetTimes(kind, []);
        }

        var times = new SortedSet<TimeOnly>();
        var matched = 0;
        foreach (Match match in TimePattern().Matches(timeText))
        {
            if (!TryReadTime(match, out var time))
            {
                return new SmsCommand.Malformed("TIME", "Times must be real clock times, like 7am, 1:30pm or 19:30.");
            }

            matched++;
            times.Add(time);
        }

        // Anything left over that is not a separator means we would be guessing.
        if (matched == 0 || !OnlySeparatorsRemain(timeText))
        {
            return new SmsCommand.Malformed("TIME", hint);
        }

        if (times.Count > MaxTimesPerKind)
        {
            return new SmsCommand.Malformed("TIME", $"At most {MaxTimesPerKind} times each, like TIME ICE 9am 1pm 5pm 8pm.");
        }

        return new SmsCommand.SetTimes(kind, [.. times]);
    }

    private static bool OnlySeparatorsRemain(string timeText)
    {
        var remainder = TimePattern().Replace(timeText, " ");
        return remainder.Split([' ', ',', ';', '&', '+'], StringSplitOptions.RemoveEmptyEntries).All(w => KeywordForm(w) == "AND");
    }

    private static bool TryReadTime(Match match, out TimeOnly time)
    {
        time = default;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ap"].Success ? char.ToUpperInvariant(match.Groups["ap"].Value[0]) : (char?)null;
        if (minute > 59)
        {
            return false;
        }

        if (meridiem is { } ap)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (ap == 'P' ? 12 : 0);
        }
        else if (hour > 23)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static SmsCommand ParseTimeZone(ReadOnlySpan<string> rest)
    {
        const string hint = "Text TZ and your time zone, like TZ CT, TZ PT or TZ America/Chicago. US: ET CT MT PT AKT HT.";
        if (rest.Length == 0)
        {
            return new SmsCommand.Malformed("TZ", hint);
        }

        var zone = TimeZones.Resolve(string.Join('_', rest.ToArray()));
        return zone is null ? new SmsCommand.Malformed("TZ", hint) : new SmsCommand.SetTimeZone(zone);
    }

    private static SmsCommand ParsePain(ReadOnlySpan<string> rest, string text)
    {
        const string hint = "Text PAIN and a number from 0 (none) to 10 (worst), like PAIN 4.";
        if (rest.Length == 0)
        {
            return new SmsCommand.Malformed("PAIN", hint);
        }

        // "pain in my heel when I push off", "pain is about a 3": people start questions and stories with the word.
        // They get the FAQ and the red-flag screen; a score that does not parse ("PAIN 11", "PAIN bad") gets the hint.
        if (rest.Length >= 2 && char.IsLetter(rest[0][0]))
        {
            return new SmsCommand.FreeText(text);
        }

        // "7", "7/10", "7 / 10", "7 out of 10".
        var first = rest[0];
        var slash = first.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (first[(slash + 1)..] is not ("10" or ""))
            {
                return new SmsCommand.Malformed("PAIN", hint);
            }

            first = first[..slash];
        }

        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10
            ? new SmsCommand.Pain(score)
            : new SmsCommand.Malformed("PAIN", hint);
    }

    /// <summary>
    /// NFKC (full-width letters become ASCII), drops control and format characters (a NUL, a zero-width space inside
    /// a word) without splitting the word, and collapses whitespace; keeps letters of any script and emoji.
    /// </summary>
    internal static string Clean(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return string.Empty;
        }

        var source = OptOutIntent.Normalized(body.Length > MaxBodyChars ? body[..MaxBodyChars] : body, NormalizationForm.FormKC);
        var builder = new StringBuilder(source.Length);
        var lastWasSpace = true;
        foreach (var c in source)
        {
            var category = char.GetUnicodeCategory(c);
            if (!char.IsWhiteSpace(c) && category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().Trim();
    }

    private static string TrimPunctuation(string word) =>
        word.Trim('.', ',', '!', '?', ';', ':', '"', '\'', '(', ')', '[', ']', '*', '=', '#', '~', '`');

    /// <summary>Upper case, letters and digits only: "Opt-Out" becomes "OPTOUT".</summary>
    internal static string KeywordForm(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    // No match timeout on these three, on purpose. They have no nested quantifiers, they read at most MaxBodyChars with
    // whitespace collapsed, so a match is short by construction. A timeout only ever measured a stalled thread: under
    // load a 200 ms bound turned "TZ PST" into a RegexMatchTimeoutException, which would lose a person's text.

    /// <summary>
    /// A message that is only a pain score: an optional lead ("my heel pain is", "it's about", "I'd say a"), 0 to 10,
    /// an optional "/10" or "out of 10", an optional "today" or "now", and an optional thanks.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:my|the)\s+)?(?:(?:heel|back|foot|feet)\s+)?(?:pain(?:\s+is|['’]s|\s+level|\s+score|\s+today|\s+now)*\s*[:=]?\s*)?(?:(?:it['’]?s|it\s+is|i['’]?d\s+say|about|around|roughly|maybe|probably|like|today['’]?s|today\s+is|today\s+it['’]?s)\s+)*(?:an?\s+)?(?<score>10|[0-9])(?:\s*/\s*10|\s+out\s+of\s+10)?(?:\s+(?:today|now|right\s+now|this\s+morning|this\s+afternoon|this\s+evening|tonight))?(?:[\s,.!]+(?:thanks|thank\s+you|thx|ty|cheers))?[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ScoreReply();

    /// <summary>A message that only says the exercise or icing is done: "all done", "did it", "just done them now 👍".</summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|yes|yep|yeah|yup|all|just|now|both|stretches|stretching|icing|ice)[\s,!.]+)*(?:done|did\s+(?:it|them|that|mine|both)|finished|completed?)(?:[\s,!.]+(?:it|them|that|mine|both|now|today|already|thanks|thank\s+you|thx|ty|cheers))*[\s.!👍✅✔️💪]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DoneReply();

    /// <summary>One clock time inside a TIME command: "7am", "1:30 pm", "19:30", "730p".</summary>
    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2})(?::?(?<m>\d{2}))?\s*(?<ap>[ap])?(?:\.?m\.?)?(?![\w:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TimePattern();
}
