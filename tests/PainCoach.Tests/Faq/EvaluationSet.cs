using System.Text;
using System.Text.Json;

namespace PainCoach.Tests.Faq;

/// <summary>
/// Questions written the way people text and type, each labelled with the entry that should answer it. The split
/// into tuning and held-out parts was fixed before any tuning: FNV-1a (32-bit) of the lower-cased question, held out
/// when it is 0 modulo 4. Synonyms and weights were adjusted only against the tuning part.
/// </summary>
internal static class EvaluationSet
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<EvaluationFile> File = new(Load);

    public static IReadOnlyList<LabelledQuestion> InScope => File.Value.InScope;

    public static IReadOnlyList<LabelledQuestion> Tuning { get; } = InScope.Where(q => !IsHeldOut(q.Q)).ToList();

    public static IReadOnlyList<LabelledQuestion> HeldOut { get; } = InScope.Where(q => IsHeldOut(q.Q)).ToList();

    public static IReadOnlyList<string> OutOfScope => File.Value.OutOfScope;

    public static IReadOnlyList<RedFlagText> RedFlags => File.Value.RedFlags;

    public static bool IsHeldOut(string question)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(question.ToLowerInvariant()))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % 4 == 0;
    }

    private static EvaluationFile Load()
    {
        using var stream = typeof(EvaluationSet).Assembly.GetManifestResourceStream("PainCoach.Tests.Faq.faq-evaluation.json")!;
        return JsonSerializer.Deserialize<EvaluationFile>(stream, JsonOptions)!;
    }

    internal sealed record LabelledQuestion(string Q, string Expect);

    internal sealed record RedFlagText(string Q, string Level);

    private sealed record EvaluationFile(List<LabelledQuestion> InScope, List<string> OutOfScope, List<RedFlagText> RedFlags);
}
