using System.Globalization;
using System.Text;

namespace PainCoach.Conversation;

/// <summary>The language a keyword or an opt-out was written in; replies follow it. Commands stay English.</summary>
public enum SmsLanguage
{
    English,
    Spanish,
}

/// <summary>
/// The one place that decides whether a text revokes consent (47 CFR 64.1200(a)(10): a revocation "by any reasonable
/// means" must be honoured; CTIA expects the same). It reads the keywords (STOP, UNSUBSCRIBE, ..., Spanish PARAR,
/// ALTO, CANCELAR, BAJA, PARA) alone or with polite filler ("please stop", "STOP!!", "para ya"), and the ways people ask
/// not to be texted ("stop texting me", "no more texts", "leave me alone", "I want to stop", "no me manden mas
/// mensajes"). A keyword followed by something else is a sentence, not a keyword: "stop the pain", "can't stop icing",
/// "the pain won't stop", "end of the day my back hurts", "para el dolor" are not opt-outs.
/// </summary>
/// <remarks>
/// Text is compared in a matching form: NFKC (full-width ＳＴＯＰ becomes STOP), format characters such as a zero-width
/// space dropped, a few Cyrillic and Greek look-alike capitals mapped to Latin, accents dropped (más → mas), lower case,
/// the stop-sign emoji read as "stop", and everything but letters split words ("don't" → "dont").
/// </remarks>
public static class OptOutIntent
{
    // CTIA's standard words; each alone (or with filler) opts out.
    private static readonly HashSet<string> EnglishKeywords = new(StringComparer.Ordinal)
        { "stop", "stopall", "unsubscribe", "unsub", "cancel", "end", "quit", "revoke", "optout" };

    // "para" alone is the imperative "stop"; inside a sentence it is "for" ("para el dolor"), so only alone.
    private static readonly HashSet<string> SpanishKeywords = new(StringComparer.Ordinal)
        { "parar", "alto", "cancelar", "baja", "para", "detener", "basta", "pare", "paren" };

    // Words that may surround a keyword without making it a sentence. Not "it" or "all" on their own: "end it all"
    // is not an opt-out (and "stop all", "stop it" are read as phrases below).
    private static readonly HashSet<string> EnglishFiller = new(StringComparer.Ordinal)
        { "please", "pls", "plz", "plez", "now", "thanks", "thank", "you", "thankyou", "thx", "ty", "ok", "okay", "asap", "just", "me", "already", "right", "away", "immediately", "stop" };

    private static readonly HashSet<string> SpanishFiller = new(StringComparer.Ordinal)
        { "por", "favor", "porfa", "porfavor", "xfa", "xfavor", "ya", "gracias", "ahora", "inmediatamente" };

    // What people ask us to stop: the messages themselves, not pain, icing or stretching.
    private static readonly HashSet<string> EnglishContact = new(StringComparer.Ordinal)
    {
        "text", "texts", "texting", "txt", "txts", "txting", "texted", "textin", "msging", "msgin", "message", "messages", "messaging", "msg", "msgs",
        "sms", "reminder", "reminders", "alert", "alerts", "notification", "notifications", "spam", "contacting", "sending",
        "subscription", "program", "service", "bothering", "pinging",
    };

    private static readonly HashSet<string> SpanishContact = new(StringComparer.Ordinal)
        { "mensaje", "mensajes", "msj", "msjs", "mensajitos", "textos", "texto", "sms", "recordatorios", "recordatorio", "suscripcion", "alertas" };

    // Between a stop verb and what it stops: "stop sending me these texts".
    private static readonly HashSet<string> EnglishBetween = new(StringComparer.Ordinal)
        { "me", "the", "your", "these", "those", "this", "all", "my", "any", "more", "with", "sending", "getting", "receiving", "them", "ur", "u", "us", "of", "daily" };

    private static readonly HashSet<string> StopVerbs = new(StringComparer.Ordinal)
        { "stop", "quit", "cancel", "end", "unsubscribe", "optout", "halt", "cease" };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
        { "cant", "cannot", "wont", "dont", "not", "never", "didnt", "doesnt", "shouldnt", "couldnt", "wouldnt", "cannt", "no" };

    private static readonly HashSet<string> SendVerbs = new(StringComparer.Ordinal)
        { "text", "txt", "message", "msg", "contact", "send", "sms", "call", "bother", "email" };

    private static readonly HashSet<string> SpanishSendVerbs = new(StringComparer.Ordinal)
    {
        "envien", "manden", "escriban", "envie", "mande", "escriba", "envies", "mandes", "escribas", "textees", "texteen",
        "enviar", "mandar", "escribir", "enviarme", "mandarme", "escribirme", "textear",
    };

    /// <summary>The language of the opt-out when <paramref name="text"/> revokes consent, else null.</summary>
    public static SmsLanguage? Detect(string? text)
    {
        var words = MatchingWords(text);
        if (words.Count == 0)
        {
            return null;
        }

        // A sentence of its own that is only a keyword ("STOP. I lost bladder control") opts out like the keyword alone.
        var sentences = text!.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries);
        var keywordSentence = sentences.Length > 1
            ? sentences.Select(sentence => KeywordsOnly(MatchingWords(sentence))).FirstOrDefault(language => language is not null)
            : null;
        return KeywordsOnly(words) ?? keywordSentence ?? EnglishPhrase(words) ?? SpanishPhrase(words);
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\r', '\u00A1', '\u00BF'];

    /// <summary>Whether <paramref name="word"/> is Spanish for help (AYUDA): HELP's reply then comes in Spanish.</summary>
    public static bool IsSpanishHelp(string word) => MatchingWords(word) is ["ayuda" or "ayudame" or "auxilio"];

    /// <summary>
    /// "STOP", "please stop", "Stop!!", "STOP STOP", "stop all", "stop it", "PARAR", "baja por favor", "🛑": only
    /// keywords and filler. Spanish when any keyword is Spanish.
    /// </summary>
    private static SmsLanguage? KeywordsOnly(List<string> words)
    {
        bool english = false, spanish = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (SpanishKeywords.Contains(word))
            {
                spanish = true;
            }
            else if (EnglishKeywords.Contains(word))
            {
                english = true;
            }
            else if (word is "all" or "it" or "this" && i > 0 && words[i - 1] is "stop")
            {
                // "stop all", "stop it", "stop this": the stop is about us.
            }
            else if (!EnglishFiller.Contains(word) && !SpanishFiller.Contains(word))
            {
                return null;
            }
        }

        return spanish ? SmsLanguage.Spanish : english ? SmsLanguage.English : null;
    }

    private static SmsLanguage? EnglishPhrase(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var negated = i > 0 && Negations.Contains(words[i - 1]);

            // "stop texting me", "please stop sending me these messages", "cancel my subscription", "unsubscribe me".
            if (StopVerbs.Contains(words[i]) && !negated && ContactFollows(words, i + 1, EnglishContact, EnglishBetween))
            {
                return SmsLanguage.English;
            }

            // "how do I unsubscribe", "can I opt out of this": these words are never about pain.
            if (words[i] is "unsubscribe" or "unsub" or "optout" && !negated)
            {
                return SmsLanguage.English;
            }

            // "no more texts", "no more messages please".
            if (words[i] is "no" && At(words, i + 1) is "more" && ContactFollows(words, i + 2, EnglishContact, EnglishBetween))
            {
                return SmsLanguage.English;
            }

            // "don't text me", "do not message me anymore", "never contact me again".
            if ((words[i] is "dont" or "never" || (words[i] is "not" && i > 0 && words[i - 1] is "do")) && SendVerbs.Contains(At(words, i + 1) ?? string.Empty)
                && At(words, i + 2) is "me" or "us" or "this")
            {
                return SmsLanguage.English;
            }

            // "leave me alone", "lose my number", "remove me", "take me off your list", "opt me out", "unsubscribe me".
            if (!negated && (Sequence(words, i, "leave", "me", "alone") || Sequence(words, i, "lose", "my", "number") || Sequence(words, i, "delete", "my", "number")
                || Sequence(words, i, "remove", "me") || Sequence(words, i, "remove", "my", "number") || Sequence(words, i, "take", "me", "off")
                || Sequence(words, i, "opt", "me", "out") || Sequence(words, i, "unsubscribe", "me") || Sequence(words, i, "count", "me", "out")))
            {
                return SmsLanguage.English;
            }

            // "I want to stop", "i wanna quit", "I'd like to unsubscribe", "I want to stop these texts", but not
            // "I want to stop icing": what follows must be nothing, filler or the messages.
            // Not "I don't want to quit", and not "I want to end it (all)", which is about a life, not the texts (it
            // gets the answer a message about pain gets; what a clinic should add is for clinical review, docs/sms.md).
            if (words[i] is "want" or "wanna" or "like" or "need" or "wish" && !negated)
            {
                var verb = words[i] is "wanna" ? i + 1 : At(words, i + 1) is "to" ? i + 2 : -1;
                if (verb > 0 && At(words, verb) is { } v && StopVerbs.Contains(v) && !(v is "end" && At(words, verb + 1) is "it" or "this" or "everything" or "all")
                    && (OnlyFiller(words, verb + 1) || ContactFollows(words, verb + 1, EnglishContact, EnglishBetween)))
                {
                    return SmsLanguage.English;
                }
            }
        }

        return null;
    }

    private static SmsLanguage? SpanishPhrase(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // "darme de baja", "denme de baja", "quiero la baja"; not "estoy de baja" (on sick leave).
            if ((words[i] is "dar" or "darme" or "dame" or "denme" or "deme" or "den" or "doy" && At(words, i + 1) is "de" && At(words, i + 2) is "baja") ||
                (words[i] is "quiero" && At(words, i + 1) is "la" && At(words, i + 2) is "baja") ||
                // "no mas mensajes", "ya no mas textos".
                (words[i] is "no" && At(words, i + 1) is "mas" && ContactFollows(words, i + 2, SpanishContact, SpanishBetween)) ||
                // "dejen de enviarme mensajes", "deja de escribirme".
                (words[i] is "deja" or "dejen" or "dejar" or "deje" && At(words, i + 1) is "de" && SpanishSendVerbs.Contains(At(words, i + 2) ?? string.Empty)) ||
                // "no me manden mas", "no me envien mensajes".
                (words[i] is "no" && At(words, i + 1) is "me" && SpanishSendVerbs.Contains(At(words, i + 2) ?? string.Empty)) ||
                // "ya no quiero mensajes", "no quiero recibir mas mensajes".
                (words[i] is "no" && At(words, i + 1) is "quiero" && SpanishContactWithin(words, i + 2, 3)) ||
                // "quiero cancelar", "quiero parar los mensajes", "cancelar suscripcion".
                (words[i] is "quiero" && At(words, i + 1) is "cancelar" or "parar" or "salir" && (OnlyFiller(words, i + 2) || SpanishContactWithin(words, i + 2, 2))) ||
                (words[i] is "cancelar" or "parar" or "detener" && ContactFollows(words, i + 1, SpanishContact, SpanishBetween)))
            {
                return SmsLanguage.Spanish;
            }
        }

        return null;
    }

    private static readonly HashSet<string> SpanishBetween = new(StringComparer.Ordinal)
        { "los", "las", "el", "la", "mis", "sus", "tus", "estos", "esos", "de", "mas", "me", "su", "mi" };

    /// <summary>The contact word comes next, after at most three words from <paramref name="between"/>, and nothing but filler after it.</summary>
    private static bool ContactFollows(List<string> words, int from, HashSet<string> contact, HashSet<string> between)
    {
        for (var i = from; i < words.Count && i <= from + 3; i++)
        {
            if (contact.Contains(words[i]))
            {
                return true;
            }

            if (!between.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool SpanishContactWithin(List<string> words, int from, int span)
    {
        for (var i = from; i < words.Count && i < from + span + 1; i++)
        {
            if (SpanishContact.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyFiller(List<string> words, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (!EnglishFiller.Contains(words[i]) && !SpanishFiller.Contains(words[i]) && words[i] is not ("all" or "this" or "it" or "anymore" or "now"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Sequence(List<string> words, int at, params string[] expected)
    {
        if (at + expected.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < expected.Length; k++)
        {
            if (words[at + k] != expected[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string? At(List<string> words, int index) => index >= 0 && index < words.Count ? words[index] : null;

    /// <summary>The words of the matching form (see the remarks on the class).</summary>
    internal static List<string> MatchingWords(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var source = text.Length > SmsCommandParser.MaxBodyChars ? text[..SmsCommandParser.MaxBodyChars] : text;
        var decomposed = Normalized(source.Replace("\U0001F6D1", " stop ", StringComparison.Ordinal), NormalizationForm.FormKC)
            .Normalize(NormalizationForm.FormD);
        var word = new StringBuilder();
        foreach (var raw in decomposed)
        {
            var c = LookAlike(raw);
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                || c is '\'' or '\u2019' or '\u02BC' || (category == UnicodeCategory.Control && !char.IsWhiteSpace(c)))
            {
                // Inside a word: "ST\u200BOP", accents (más), "don't". Control characters are dropped, not refused.
                continue;
            }

            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        // "opt-out" and "opt out" are one word, like the keyword OPTOUT.
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "opt" && words[i + 1] is "out")
            {
                words[i] = "optout";
                words.RemoveAt(i + 1);
            }
        }

        return words;
    }

    /// <summary>
    /// <paramref name="text"/> in <paramref name="form"/>. A lone surrogate (a body cut inside an emoji) would make
    /// <see cref="string.Normalize(NormalizationForm)"/> throw, so it becomes U+FFFD first.
    /// </summary>
    internal static string Normalized(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars).Normalize(form);
    }

    /// <summary>Cyrillic and Greek capitals that look like the Latin letters of the keywords (СТОР, ЅТОР).</summary>
    private static char LookAlike(char c) => c switch
    {
        'Ѕ' or 'ѕ' => 's',
        'Т' or 'т' or 'Τ' or 'τ' => 't',
        'О' or 'о' or 'Ο' or 'ο' => 'o',
        'Р' or 'р' or 'Ρ' or 'ρ' => 'p',
        'Е' or 'е' or 'Ε' => 'e',
        'А' or 'а' or 'Α' => 'a',
        'С' or 'с' => 'c',
        'Н' or 'Η' => 'h',
        'К' or 'Κ' => 'k',
        'Ι' or 'І' or 'і' => 'i',
        'Ν' => 'n',
        'Υ' => 'y',
        _ => c,
    };
}
