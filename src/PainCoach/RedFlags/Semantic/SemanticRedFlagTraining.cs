using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>One seen text: a red flag (tier and sign) or ordinary (<see cref="Tier"/> null), and whose writing it is.</summary>
public sealed record SeenText(string Text, AlertLevel? Tier, string? Sign, string Writer);

/// <summary>A text or one of its clauses, with what the channel needs to know about it.</summary>
/// <param name="Item">The index of its text.</param>
/// <param name="Text">The words read.</param>
/// <param name="Whole">The whole text, not a clause.</param>
/// <param name="Guarded">The phrase screen reads it as negated or cleared (<see cref="RedFlagClauses.Guarded"/>); a whole text is guarded when any clause is.</param>
/// <param name="PhraseSign">The phrase screen reads a sign in it.</param>
public sealed record TextUnit(int Item, string Text, bool Whole, bool Guarded, bool PhraseSign);

/// <summary>
/// How the semantic channel's model is made (the generator, scripts/redflag-semantic.sh) and was measured (the
/// leave-writer-out experiment in PainCoach.FaqTuning; docs/triage.md): the seen texts, their clauses, the exemplars,
/// and the slack, chosen so that no ordinary sentence of a writer the model never saw is raised. Never at start-up.
/// </summary>
public static class SemanticRedFlagTraining
{
    public const int Folds = 5;
    public const int InnerFolds = 4;

    /// <summary>The slacks tried, least first: the least that raises no held-out writer's ordinary sentence is taken.</summary>
    public static readonly IReadOnlyList<double> Slacks = [.. Enumerable.Range(0, 26).Select(i => i * 0.02)];

    private const string RedFlagDirectory = "tests/PainCoach.Tests/RedFlags/";
    private const string FaqDirectory = "tests/PainCoach.Tests/Faq/";
    private static readonly string[] WarningSignEntries = ["swollen-calf", "emergency-signs"];

    /// <summary>Every seen text the shipped model is fitted on (all tuning data; never a held-out file), by writer.</summary>
    public static IReadOnlyList<SeenText> ReadSeen(Func<string, Stream> open, bool withTuning34 = true)
    {
        ArgumentNullException.ThrowIfNull(open);
        var items = new List<SeenText>();
        foreach (var part in new[] { "tuning", "heldout1" })
        {
            using (var red = Open(open, $"{RedFlagDirectory}corpus-red-flags.{part}.json"))
            {
                items.AddRange(red.RootElement.GetProperty("sentences").EnumerateArray().Select(s => RedItem(s, "writer1")));
            }

            using var ordinary = Open(open, $"{RedFlagDirectory}corpus-ordinary.{part}.json");
            items.AddRange(ordinary.RootElement.GetProperty("sentences").EnumerateArray().Select(s => new SeenText(s.GetString()!, null, null, "writer1")));
        }

        items.AddRange(Combined(open, "tuning2"));
        foreach (var path in new[] { "faq-evaluation-v2.tuning.json", "faq-evaluation-v2.tuning-more.json" })
        {
            using var faq = Open(open, FaqDirectory + path);
            items.AddRange(faq.RootElement.GetProperty("inScope").EnumerateArray()
                .Where(q => !q.GetProperty("expect").EnumerateArray().Any(e => WarningSignEntries.Contains(e.GetString())))
                .Select(q => new SeenText(q.GetProperty("q").GetString()!, null, null, "faq")));
        }

        if (withTuning34)
        {
            items.AddRange(Combined(open, "tuning3"));
            items.AddRange(Combined(open, "tuning4"));
        }

        return items;
    }

    /// <summary>A combined corpus file (ordinary and red flags of one writer): corpus-tuning2.json and later.</summary>
    public static IReadOnlyList<SeenText> Combined(Func<string, Stream> open, string part)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var document = Open(open, $"{RedFlagDirectory}corpus-{part}.json");
        return [.. document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => new SeenText(s.GetString()!, null, null, part)),
            .. document.RootElement.GetProperty("redFlags").EnumerateArray().Select(s => RedItem(s, part))];
    }

    private static SeenText RedItem(JsonElement s, string writer) =>
        new(s.GetProperty("text").GetString()!, ParseTier(s.GetProperty("tier").GetString()!), s.GetProperty("sign").GetString(), writer);

    private static JsonDocument Open(Func<string, Stream> open, string path)
    {
        if (path.Contains("heldout2", StringComparison.OrdinalIgnoreCase) || path.Contains(".heldout.", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{path} is held out: never read to fit anything.");
        }

        using var stream = open(path);
        return JsonDocument.Parse(stream);
    }

    public static AlertLevel ParseTier(string tier) => tier switch
    {
        "emergency" => AlertLevel.Emergency,
        "urgent" => AlertLevel.Urgent,
        "see_clinician" => AlertLevel.SeeClinician,
        _ => throw new InvalidDataException($"Unknown tier '{tier}'."),
    };

    /// <summary>SHA-256 (hex) over every text's tier, sign, writer and text, in order: changes whenever the fit would.</summary>
    public static string HashTexts(IEnumerable<SeenText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var t in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{t.Tier?.ToWireName() ?? "ordinary"}\n{t.Sign}\n{t.Writer}\n{t.Text}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The text the model reads: texting shorthand spelled out, as the FAQ reads a question.</summary>
    public static string Prepare(string text) => TextingShorthand.Expand(text);

    /// <summary>Every text whole, and its clauses when it has more than one.</summary>
    public static List<TextUnit> Units(IReadOnlyList<SeenText> items, FreeTextRedFlagScreen screen, RedFlagPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(screen);
        var units = new List<TextUnit>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].Text;
            var clauses = RedFlagClauses.Split(text);
            var guarded = clauses.Select(c => RedFlagClauses.Guarded(c, screen, phrases)).ToList();
            units.Add(new TextUnit(i, text, Whole: true, guarded.Any(g => g) || RedFlagClauses.Guarded(text, screen, phrases), screen.Read(text).Signs.Count > 0));
            if (clauses.Count > 1)
            {
                units.AddRange(clauses.Select((c, k) => new TextUnit(i, c, Whole: false, guarded[k], screen.Read(c).Signs.Count > 0)));
            }
        }

        return units;
    }

    /// <summary>
    /// Clause exemplars: each ordinary text and each of its clauses as ordinary; a red-flag text whole, and its clauses
    /// in which the phrase screen reads a sign (the clause that carries it) with its tier.
    /// </summary>
    public static List<(float[] X, int Y)> ClauseExemplars(IReadOnlyList<SeenText> items, IReadOnlyList<TextUnit> units, Func<string, float[]> vector, IReadOnlySet<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(chosen);
        return [.. units.Where(u => chosen.Contains(u.Item) && (u.Whole || items[u.Item].Tier is null || u.PhraseSign))
            .Select(u => (vector(u.Text), ClassOf(items[u.Item].Tier)))];
    }

    public static int ClassOf(AlertLevel? tier) => tier is { } level ? (int)level + 1 : 0;

    /// <summary>Per text and tier, P(that tier or higher): the highest over its units that are read (not guarded).</summary>
    public static double[][] TextScores(int count, IReadOnlyList<TextUnit> units, IReadOnlyList<double[]?> probabilities, Func<TextUnit, bool> read)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(read);
        var scores = new double[count][];
        for (var i = 0; i < count; i++)
        {
            scores[i] = new double[RedFlagTierModel.Classes - 1];
        }

        for (var u = 0; u < units.Count; u++)
        {
            if (probabilities[u] is not { } p || !read(units[u]))
            {
                continue;
            }

            for (var tier = 0; tier < RedFlagTierModel.Classes - 1; tier++)
            {
                scores[units[u].Item][tier] = Math.Max(scores[units[u].Item][tier], RedFlagTierModel.AtOrAbove(p, tier));
            }
        }

        return scores;
    }

    /// <summary>FNV-1a of the lower-cased text (as the corpora's split): a sentence and its duplicates share a fold.</summary>
    public static int FoldOf(string text, int folds)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text.ToLowerInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }

    /// <summary>
    /// The shipped model: weights fitted on every exemplar; the slack, the least with which a model fitted without a
    /// writer (thresholds from 4-fold out-of-fold scores of the other writers) raises none of that writer's ordinary
    /// texts; the thresholds, 5-fold out-of-fold scores of all texts plus that slack. Scoring: clauses with the
    /// negation guard (docs/triage.md).
    /// </summary>
    public static (float[][] Weights, double[] Thresholds, double Slack) FitShipped(IReadOnlyList<SeenText> items, IReadOnlyList<TextUnit> units, Func<string, float[]> vector, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(units);
        var writers = items.Select(i => i.Writer).Distinct().ToList();
        var ordinary = items.Select(i => i.Tier is null).ToList();
        var all = Enumerable.Range(0, items.Count).ToList();
        bool Read(TextUnit u) => !u.Guarded;
        double[][] OutOfFold(IReadOnlyList<int> within, Func<int, int> foldOf, int folds)
        {
            var probabilities = new double[units.Count][];
            for (var fold = 0; fold < folds; fold++)
            {
                var weights = RedFlagTierModel.Fit(ClauseExemplars(items, units, vector, within.Where(i => foldOf(i) != fold).ToHashSet()));
                var scored = within.Where(i => foldOf(i) == fold).ToHashSet();
                for (var u = 0; u < units.Count; u++)
                {
                    if (scored.Contains(units[u].Item))
                    {
                        probabilities[u] = RedFlagTierModel.Probabilities(weights, vector(units[u].Text));
                    }
                }
            }

            return probabilities;
        }

        var falseAlerts = new int[Slacks.Count];
        foreach (var writer in writers)
        {
            var others = all.Where(i => items[i].Writer != writer).ToList();
            var inner = TextScores(items.Count, units, OutOfFold(others, i => FoldOf(items[i].Text + "#inner", InnerFolds), InnerFolds), Read);
            var weights = RedFlagTierModel.Fit(ClauseExemplars(items, units, vector, others.ToHashSet()));
            var heldOut = all.Where(i => items[i].Writer == writer).ToHashSet();
            var probabilities = units.Select(u => heldOut.Contains(u.Item) ? RedFlagTierModel.Probabilities(weights, vector(u.Text)) : null).ToList();
            var scores = TextScores(items.Count, units, probabilities, Read);
            var otherSet = others.ToHashSet();
            for (var s = 0; s < Slacks.Count; s++)
            {
                var thresholds = RedFlagTierModel.ChooseThresholds(ordinary, inner, otherSet.Contains, Slacks[s]);
                falseAlerts[s] += heldOut.Count(i => ordinary[i] && RedFlagTierModel.LevelOf(scores[i], thresholds) is not null);
            }

            progress?.Invoke($"left out {writer}: {string.Join(" ", falseAlerts)}");
        }

        var chosen = Array.FindIndex(falseAlerts, f => f == 0);
        var slack = Slacks[chosen < 0 ? Slacks.Count - 1 : chosen];
        var kFold = TextScores(items.Count, units, OutOfFold(all, i => FoldOf(items[i].Text, Folds), Folds), Read);
        var finalThresholds = RedFlagTierModel.ChooseThresholds(ordinary, kFold, _ => true, slack);
        return (RedFlagTierModel.Fit(ClauseExemplars(items, units, vector, all.ToHashSet())), finalThresholds, slack);
    }
}
