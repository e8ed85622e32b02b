namespace PainCoach.Language;

/// <summary>
/// The whole English words of the sentence model's WordPiece vocabulary (about 21,700 lower-case words; the model's
/// vocab.txt, embedded by SentenceModel.targets): a word list that ships with the model anyway, used to tell a real
/// word from one spelt by sound.
/// </summary>
public static class ModelVocabulary
{
    public const string ResourceName = "PainCoach.Language.vocab.txt";

    private static readonly Lazy<IReadOnlySet<string>> Words = new(() => EmbeddedData.Load(
        ResourceName,
        stream =>
        {
            using var reader = new StreamReader(stream);
            var words = new HashSet<string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                // Word pieces ("##ing"), marks ("[PAD]"), digits and letters outside a-z are not whole English words.
                if (line.Length > 0 && line.All(c => c is >= 'a' and <= 'z'))
                {
                    words.Add(line);
                }
            }

            return (IReadOnlySet<string>)words;
        },
        "it is copied out of the model package by SentenceModel.targets; rebuild the PainCoach project."));

    /// <summary>The vocabulary's whole words.</summary>
    public static IReadOnlySet<string> WholeWords => Words.Value;
}
