namespace PainCoach.Conversation;

/// <summary>
/// Whether a free-text message is written mostly in Spanish, so that red-flag advice, the safety check and the
/// fallback reach the person in the language they wrote in (docs/sms.md, "Language"). The screen reads Spanish signs
/// as English (docs/triage.md, "Spanish"); this decides only the language of the answer. Spanish when at least two
/// words are common Spanish words and they outnumber the common English ones: "me duele la espalda y no puedo orinar"
/// is Spanish, "my back hurts bad, tengo dolor" is English. Words that English, Caribbean or texting writers use too
/// ("mi", "me", "de", "di", "si", "no", "a", "y", "ya", "pie", "son", "tu", "nada") count for neither, so a Creole "mi back a
/// hurt mi" or "y does my heel hurt" stays English.
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

    /// <summary>The language the reply should be in for <paramref name="text"/>.</summary>
    public static SmsLanguage Of(string? text)
    {
        int spanish = 0, english = 0;
        foreach (var word in OptOutIntent.MatchingWords(text))
        {
            var isSpanish = Spanish.Contains(word);
            var isEnglish = English.Contains(word);
            if (isSpanish && !isEnglish)
            {
                spanish++;
            }
            else if (isEnglish && !isSpanish)
            {
                english++;
            }
        }

        return spanish >= FewestSpanishWords && spanish > english ? SmsLanguage.Spanish : SmsLanguage.English;
    }
}
