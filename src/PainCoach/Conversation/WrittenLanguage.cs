namespace PainCoach.Conversation;

/// <summary>
/// Whether a free-text message is written mostly in Spanish, so that red-flag advice, the safety check and the
/// fallback reach the person in the language they wrote in (docs/sms.md, "Language"). The screen reads Spanish signs
/// as English (docs/triage.md, "Spanish"); this decides only the language of the answer. Spanish when at least two
/// words are common Spanish words and they outnumber the common English ones: "me duele la espalda y no puedo orinar"
/// is Spanish, "my back hurts bad, tengo dolor" is English. Words that English, Caribbean or texting writers use too
/// ("mi", "me", "de", "di", "si", "no", "a", "y", "ya", "pie", "son", "tu", "nada") count for neither, so a Creole "mi back a
/// hurt mi" or "y does my heel hurt" stays English. Haitian Kreyòl is not Spanish (round 28): its common words count
/// too, and Spanish needs more Spanish words than Kreyòl ones as well. Kreyòl shares a few words with Spanish ("la",
/// "se", "mal", "talon", "le" for "lè", "ni"); in a text with two Kreyòl words or more they count for neither, so "talon m
/// fè m mal la maten, se pi mal lè m leve" gets the English answer (the service has no Kreyòl texts) while "tengo el
/// talon mal desde el lunes" stays Spanish. A Kreyòl word that is also a Spanish word is in no Kreyòl list. Tagalog
/// (Taglish) is not Spanish either (round 30): its common words count the same way, and the Spanish words Tagalog
/// uses too ("pero", "mas", "o", "para", "hay", "una", "ni", "pasa", "todo") count for neither in a text with two
/// Tagalog words or more, so "medyo masakit pa pero mas maluwag na" gets the English answer (the service has no
/// Tagalog texts) while "me duele mas pero no tengo fiebre" stays Spanish.
/// </summary>
public static class WrittenLanguage
{
    /// <summary>The fewest Spanish words for a Spanish answer: one borrowed word ("dolor", "gracias") is not enough.</summary>
    private const int FewestSpanishWords = 2;

    // Function words and the everyday words of pain, body and time, accents dropped (the matching form).
    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "que", "en", "con", "por", "para", "pero",
        "muy", "mis", "su", "sus", "es", "esta", "estoy", "estan", "estaba", "tengo", "tiene", "tienes", "tenia", "hay",
        "se", "lo", "le", "les", "nos", "yo", "ella", "eso", "esto", "como", "cuando", "porque", "desde", "hace", "hoy",
        "ayer", "mucho", "mucha", "muchos", "mas", "tambien", "algo", "puedo", "puede", "siento", "sentir", "duele",
        "duelen", "dolor", "dolores", "espalda", "pierna", "piernas", "pies", "talon", "rodilla", "cintura", "dedos",
        "ahora", "dias", "semana", "semanas", "noche", "manana", "siempre", "nunca", "todo", "toda", "todos", "bien",
        "mal", "sin", "hasta", "entre", "fiebre", "orinar", "caer", "cai", "fui", "estuve", "ni", "o", "pasa",
        "paso", "ando", "estar", "hacer", "dormir", "caminar", "trabajo", "medico", "doctor", "gracias", "favor",
        "pregunta", "sabe", "saber", "quiero", "necesito", "tanto", "poco", "otra", "otro", "vez", "casa",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "my", "the", "and", "is", "it", "its", "to", "of", "in", "on", "at", "for", "with", "but",
        "have", "has", "had", "was", "were", "be", "been", "can", "cant", "dont", "doesnt", "didnt", "this", "that",
        "when", "after", "since", "from", "what", "how", "just", "so", "your", "you", "up", "out", "do", "does", "did",
        "get", "got", "feel", "feels", "foot", "feet", "back", "heel", "pain", "hurts", "hurt", "leg", "legs", "now",
        "today", "days", "weeks", "night", "morning", "really", "very", "still", "will", "would", "should", "if", "or",
        "not", "any", "all", "an", "are", "am", "he", "she", "they", "we", "there", "like", "about", "again", "bad",
        "sore", "walk", "work", "sleep", "thanks", "please", "help", "doctor",
    };

    // Haitian Kreyòl's common words, accents dropped ("fè" → "fe", "doulè" → "doule"), none of them a Spanish or English
    // word of the lists above (round 28, heldout130): they only ever keep a Kreyòl text from a Spanish answer.
    private static readonly HashSet<string> Kreyol = new(StringComparer.Ordinal)
    {
        "mwen", "fe", "anpil", "nan", "ak", "epi", "kounye", "konnya", "depi", "gen", "ka", "pou", "li", "sa", "ki",
        "janm", "pye", "doule", "ren", "pati", "lannuit", "chak", "jou", "semen", "maten", "jodi", "ye", "swa",
        "anko", "ditou", "angoudi", "santi", "anyen", "tonbe", "byen", "travay", "machin", "kraze", "lafyev",
        "fyev", "wouj", "anfle", "konn", "vle", "soti", "kenbe", "bagay", "plezi", "kouri", "bwete", "tande", "deye",
        "apre", "kras", "yon", "egzesis", "sik", "kisa", "kijan", "poukisa", "konsa", "tankou", "selman", "okenn",
        "pwa", "zo", "ko", "nou", "ap", "pral", "kapab", "bonjou", "bonswa", "mesi", "tanpri", "dokte", "lopital",
        "medikaman", "fek", "men", "pikotman", "pikote", "fonmi", "souf", "kout", "kanse", "sanzatann",
        "reveye", "domi", "feb", "lou", "bwat", "echel", "aksidan", "tranble", "temomet", "plis", "chanjman", "rete",
        "vin", "dwat", "goch", "mollet", "molet", "soulye", "manman", "pitit", "madanm", "benyen", "manje", "fanmi",
        "anpeche", "nomal", "gade", "kwochi", "lanej", "plas", "transplantasyon", "bwi", "kounyea", "mwa", "edtan",
        "pandan", "premye", "dezyem", "twa", "kat", "senk", "janbe",

        // Round 30 (heldout132, a second Kreyòl writer, mostly in Kreyòl): more everyday words, none a Spanish word.
        "kondwi", "zanmi", "pi", "kontan", "dous", "kounya", "sou", "tout", "wi", "menm", "oblije", "konprann", "poukont",
        "toujou", "bezwen", "jis", "glise", "frape", "kabann", "kanpe", "bounda", "kwis", "pwatrin", "zepol", "fos",
        "cheviy", "jenou", "gonfle", "enfle", "blese", "megri", "tanperati", "pwoblem", "isit", "rive", "vini", "tet",
        "zon", "vant",
    };

    /// <summary>The fewest Kreyòl words that make the words Kreyòl shares with Spanish count for neither.</summary>
    private const int FewestKreyolWords = 2;

    // Spanish words that Kreyòl writes too: "la" (the), "se" (is), "mal" (fè m mal, hurts), "talon" (heel), "le" (lè, when), "ni" (has).
    private static readonly HashSet<string> SharedWithKreyol = new(StringComparer.Ordinal) { "la", "se", "mal", "talon", "le", "ni" };

    // Tagalog's common words as Filipinos text them (Taglish), accents dropped (round 30, heldout135): particles ("po",
    // "opo", "ang", "ng", "mga", "yung"), pronouns, negation ("hindi", "wala"), time, the body and pain. None is a word of
    // the Spanish, English or Kreyòl lists above, nor a Spanish or English word ("ano", "sana", "pala", "sobra", "gusto",
    // "amo", "maga", "ate", "noon", "din", "may", "na", "pa", "sa", "si", "sino" are left out): they only ever keep a Tagalog text from a Spanish answer.
    private static readonly HashSet<string> Tagalog = new(StringComparer.Ordinal)
    {
        "po", "opo", "ang", "ng", "nang", "mga", "yung", "iyong", "yun", "iyon", "ito", "yan", "iyan", "dito", "doon",
        "ako", "akin", "ikaw", "siya", "sya", "kami", "tayo", "sila", "namin", "natin", "nila", "niya", "nya", "niyo",
        "nyo", "kayo", "mo", "hindi", "wala", "walang", "meron", "lang", "lamang", "naman", "kasi", "kaya", "tapos",
        "pag", "kapag", "kung", "ba", "rin", "nga", "daw", "yata", "nung", "noong", "kay", "sige", "naku", "salamat",
        "bakit", "paano", "pano", "saan", "kailan", "lahat", "isang", "dalawa", "dalawang", "ngayon", "kanina",
        "kahapon", "bukas", "umaga", "gabi", "araw", "linggo", "buwan", "taon", "oras", "medyo", "konti", "konting",
        "sobrang", "talaga", "parang", "siguro", "baka", "pwede", "puwede", "dapat", "alam", "sakit",
        "masakit", "sumasakit", "sumakit", "kirot", "kumikirot", "likod", "sakong", "paa", "binti", "tuhod", "hita",
        "balakang", "dibdib", "katawan", "talampakan", "kanan", "kanang", "kaliwa", "kaliwang", "lagnat", "ihi",
        "manhid", "namamanhid", "namamaga", "mainit", "malamig", "mahina", "malakas", "hirap", "mahirap",
        "lumalala", "nahulog", "natapilok", "nadulas", "tumayo", "maglakad", "naglalakad", "gamot", "bahay",
        "trabaho", "anak", "asawa", "lolo", "lola", "kuya", "tanong", "sabi", "nasa",
    };

    // Spanish words of the list above that Tagalog uses too: "pero" (but), "mas" (more), "o" (or), "para" (for; like),
    // "hay" (a sigh), "una" (first), "ni" (of a person: "ni Sir"), "pasa" (a bruise), "todo" (all out).
    private static readonly HashSet<string> SharedWithTagalog = new(StringComparer.Ordinal) { "pero", "mas", "o", "para", "hay", "una", "ni", "pasa", "todo" };

    /// <summary>The fewest Tagalog words that make the words Tagalog shares with Spanish count for neither.</summary>
    private const int FewestTagalogWords = 2;

    /// <summary>The language the reply should be in for <paramref name="text"/>.</summary>
    public static SmsLanguage Of(string? text)
    {
        int spanish = 0, english = 0, kreyol = 0, shared = 0, tagalog = 0, sharedWithTagalog = 0, sharedWithBoth = 0;
        foreach (var word in OptOutIntent.MatchingWords(text))
        {
            var isSpanish = Spanish.Contains(word);
            var isEnglish = English.Contains(word);
            if (isSpanish && !isEnglish && SharedWithKreyol.Contains(word) && SharedWithTagalog.Contains(word))
            {
                sharedWithBoth++;
            }
            else if (isSpanish && !isEnglish && SharedWithTagalog.Contains(word))
            {
                sharedWithTagalog++;
            }
            else if (isSpanish && !isEnglish && SharedWithKreyol.Contains(word))
            {
                shared++;
            }
            else if (isSpanish && !isEnglish)
            {
                spanish++;
            }
            else if (isEnglish && !isSpanish)
            {
                english++;
            }
            else if (Kreyol.Contains(word))
            {
                kreyol++;
            }
            else if (Tagalog.Contains(word))
            {
                tagalog++;
            }
        }

        if (kreyol < FewestKreyolWords)
        {
            spanish += shared;
        }

        // A Spanish word Tagalog uses too ("pero", "mas", "ni") is Spanish only in a text of fewer than two Tagalog words.
        if (tagalog < FewestTagalogWords)
        {
            spanish += sharedWithTagalog;
            if (kreyol < FewestKreyolWords)
            {
                spanish += sharedWithBoth;
            }
        }

        return spanish >= FewestSpanishWords && spanish > english && spanish > kreyol && spanish > tagalog ? SmsLanguage.Spanish : SmsLanguage.English;
    }
}
