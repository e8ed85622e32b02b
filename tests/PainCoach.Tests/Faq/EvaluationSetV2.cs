using System.Text.Json;

namespace PainCoach.Tests.Faq;

/// <summary>
/// The v2 evaluation set: questions written from scratch the way patients text (typos, slang, abbreviations, two
/// questions in one), each with every acceptable entry, and out-of-scope health questions. It was split once, by
/// hash, before any tuning, into two files. Only the tuning part was read while building the ranker at first
/// (scripts/faq-vectors.sh fits on it). The held-out part's totals were printed at every build for a long time, so it
/// was declared consumed (renamed <c>consumed</c>) and is tuning data now; fresh held-out sets replace it (docs/faq.md).
/// </summary>
internal sealed class EvaluationSetV2
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static EvaluationSetV2 Tuning { get; } = Load("tuning");

    /// <summary>More tuning questions from a second writer (added later; the held-out part is unchanged).</summary>
    public static EvaluationSetV2 TuningMore { get; } = Load("tuning-more");

    /// <summary>The former held-out part (104 + 22), consumed: read and tuned on like the tuning parts.</summary>
    public static EvaluationSetV2 Consumed { get; } = Load("consumed");

    /// <summary>A third writer's tuning questions (older adults, non-native English, voice-to-text), added later.</summary>
    public static EvaluationSetV2 TuningThird { get; } = Load("tuning3", "faq-evaluation-v3.tuning.json");

    /// <summary>A fifth writer's tuning questions (everyday phone users in many regions), added later still.</summary>
    public static EvaluationSetV2 TuningFourth { get; } = Load("tuning4", "faq-evaluation-v3.tuning4.json");

    /// <summary>
    /// The v3 held-out set: a fourth writer's questions, written this session, never read by anyone who tuned the
    /// ranker; tests print its totals only.
    /// </summary>
    public static EvaluationSetV2 HeldOutV3 { get; } = Load("heldout3", "faq-evaluation-v3.heldout.json");

    /// <summary>The v4 held-out set: a new writer's questions, written this session, measured once after the last tuning round.</summary>
    public static EvaluationSetV2 HeldOutV4 { get; } = Load("heldout4", "faq-evaluation-v4.heldout.json");

    private EvaluationSetV2(string part, IReadOnlyList<LabelledQuestion> inScope, IReadOnlyList<string> outOfScope)
    {
        Part = part;
        InScope = inScope;
        OutOfScope = outOfScope;
    }

    public string Part { get; }

    public IReadOnlyList<LabelledQuestion> InScope { get; }

    public IReadOnlyList<string> OutOfScope { get; }

    private static EvaluationSetV2 Load(string part, string? file = null)
    {
        using var stream = typeof(EvaluationSetV2).Assembly.GetManifestResourceStream($"PainCoach.Tests.Faq.{file ?? $"faq-evaluation-v2.{part}.json"}")!;
        var set = JsonSerializer.Deserialize<EvaluationFile>(stream, JsonOptions)!;
        return new EvaluationSetV2(part, set.InScope, set.OutOfScope);
    }

    internal sealed record LabelledQuestion(string Q, IReadOnlyList<string> Expect);

    private sealed record EvaluationFile(List<LabelledQuestion> InScope, List<string> OutOfScope);
}
