using System.Globalization;
using System.Text;
using System.Text.Json;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Semantic;

namespace PainCoach.FaqTuning;

/// <summary>
/// The semantic red-flag channel's second try, measured leave-writer-out (docs/triage.md, "A semantic backup channel:
/// second try"). Every setting is chosen by cross-validation on the training writers only (tuning, heldout1, tuning2 and
/// the FAQ's v2 tuning questions); tuning3 and tuning4, two writers the phrase screen was never tuned on, are only
/// measured. Never reads a held-out file.
/// </summary>
internal static partial class RedFlagSemanticExperiment
{
    private const string RedFlagDirectory = "tests/PainCoach.Tests/RedFlags/";
    private const string FaqDirectory = "tests/PainCoach.Tests/Faq/";
    private const int Classes = 4;
    private const int Features = SentenceEmbedder.Dimensions + 1;
    private const int OuterFolds = 5;
    private const int InnerFolds = 4;
    private const int Iterations = 1500;
    private const float LearningRate = 2.0f;
    private const float L2 = 0.0001f;
    private static readonly string[] WarningSignEntries = ["swollen-calf", "emergency-signs"];
    private static readonly double[] Slacks = [.. Enumerable.Range(0, 26).Select(i => i * 0.02)];

    private sealed record Item(string Text, AlertLevel? Tier, string? Sign, string Part);

    private sealed record Unit(int Item, string Text, bool Whole, bool Guarded, bool StrictGuarded, bool PhraseSign);

    private sealed record Scoring(string Name, bool Clauses, int Guard, bool EmergencyNeedsBack = false);

    public static int Run(string[] args, SentenceEmbedder embedder)
    {
        var showAll = args.Contains("--all-variants");
        // --by-writer: the outer folds are the training writers (tuning with heldout1, tuning2, the FAQ questions),
        // so the slack is the least that raises no ordinary sentence of a writer the model was fitted without.
        var byWriter = args.Contains("--by-writer");
        var outerFolds = byWriter ? 3 : OuterFolds;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var train = LoadTraining();
        var test = LoadTest();
        Console.WriteLine($"training: {train.Count(i => i.Tier is not null)} red-flag, {train.Count(i => i.Tier is null)} ordinary; "
            + $"test: {string.Join(", ", test.GroupBy(i => i.Part).Select(g => $"{g.Key} {g.Count(i => i.Tier is not null)} red-flag / {g.Count(i => i.Tier is null)} ordinary"))}");

        var screen = new FreeTextRedFlagScreen();
        var trainUnits = Units(train, screen);
        var testUnits = Units(test, screen);
        var cache = new EmbeddingCache(embedder, Path.Combine(Path.GetTempPath(), "paincoach-redflag-semantic-cache.tsv"));
        cache.Embed(trainUnits.Select(u => u.Text).Concat(testUnits.Select(u => u.Text)));
        Console.WriteLine($"units: training {trainUnits.Count}, test {testUnits.Count}; embedded in {started.Elapsed.TotalSeconds:F0} s");

        var phraseLevels = test.Select(i => screen.Screen(i.Text)?.Level).ToList();
        backRead = [.. train.Concat(test).Select(i => i.Text).Distinct().Where(t => screen.Read(t).Area is PainArea.Back or PainArea.Any)];
        PrintPhraseBaseline(test, phraseLevels);

        Scoring[] scorings =
        [
            new("whole text", Clauses: false, Guard: 0),
            new("whole text + negation guard", Clauses: false, Guard: 1),
            new("clauses", Clauses: true, Guard: 0),
            new("clauses + negation guard", Clauses: true, Guard: 1),
            new("clauses + strict guard (any negation word)", Clauses: true, Guard: 2),
            new("whole text + negation guard, emergency only with the back read", Clauses: false, Guard: 1, EmergencyNeedsBack: true),
            new("whole text, emergency only with the back read", Clauses: false, Guard: 0, EmergencyNeedsBack: true),
        ];

        var models = new List<(string Name, Func<List<Item>, List<Unit>, int[], List<(float[] X, int Y)>> Exemplars)>
        {
            ("sentence exemplars", SentenceExemplars),
            ("clause exemplars", ClauseExemplars),
        };

        var results = new List<(string Name, double Slack, int OofFalse, int OofCaught, int OofEmergency, AlertLevel?[] TestLevels)>();
        foreach (var (modelName, exemplars) in models)
        {
            var folds = train.Select(i => byWriter ? WriterOf(i.Part) : SemanticRedFlagTraining.FoldOf(i.Text, OuterFolds)).ToArray();
            var trainVectors = trainUnits.Select(u => cache[u.Text]).ToList();

            // Outer folds: a model fitted without the fold scores it (the 5-fold out-of-fold probabilities), and
            // inside the rest 4 more folds give the thresholds that model would have had (nested cross-validation).
            var outerProbabilities = new double[trainUnits.Count][];
            var innerThresholds = new Dictionary<(int Fold, int Scoring, double Slack), double[]>();
            for (var fold = 0; fold < outerFolds; fold++)
            {
                var inTrain = Enumerable.Range(0, train.Count).Where(i => folds[i] != fold).ToHashSet();
                var weights = RedFlagTierModel.Fit(exemplars(train, trainUnits, [.. Enumerable.Range(0, train.Count).Where(inTrain.Contains)]));
                Score(weights, trainUnits, trainVectors, u => folds[u.Item] == fold, outerProbabilities);

                var innerFolds = train.Select(i => SemanticRedFlagTraining.FoldOf(i.Text + "#inner", InnerFolds)).ToArray();
                var innerProbabilities = new double[trainUnits.Count][];
                for (var inner = 0; inner < InnerFolds; inner++)
                {
                    var innerWeights = RedFlagTierModel.Fit(exemplars(train, trainUnits, [.. inTrain.Where(i => innerFolds[i] != inner)]));
                    Score(innerWeights, trainUnits, trainVectors, u => inTrain.Contains(u.Item) && innerFolds[u.Item] == inner, innerProbabilities);
                }

                for (var s = 0; s < scorings.Length; s++)
                {
                    var innerScores = VariantScores(train, trainUnits, innerProbabilities, scorings[s], inTrain.Contains);
                    foreach (var slack in Slacks)
                    {
                        innerThresholds[(fold, s, slack)] = RedFlagTierModel.ChooseThresholds(train.Select(t => t.Tier is null).ToList(), innerScores, inTrain.Contains, slack);
                    }
                }

                Console.WriteLine($"  {modelName}: outer fold {fold + 1}/{outerFolds} done at {started.Elapsed.TotalSeconds:F0} s");
            }

            // The shipped thresholds come from 5-fold out-of-fold scores on all training data plus the chosen slack (by
            // writer, the outer scores are of models that never saw the writer: those chose the slack, not the thresholds).
            var kFoldProbabilities = outerProbabilities;
            if (byWriter)
            {
                kFoldProbabilities = new double[trainUnits.Count][];
                var kFolds = train.Select(i => SemanticRedFlagTraining.FoldOf(i.Text, OuterFolds)).ToArray();
                for (var fold = 0; fold < OuterFolds; fold++)
                {
                    var weights = RedFlagTierModel.Fit(exemplars(train, trainUnits, [.. Enumerable.Range(0, train.Count).Where(i => kFolds[i] != fold)]));
                    Score(weights, trainUnits, trainVectors, u => kFolds[u.Item] == fold, kFoldProbabilities);
                }
            }

            var finalWeights = RedFlagTierModel.Fit(exemplars(train, trainUnits, [.. Enumerable.Range(0, train.Count)]));
            var testVectors = testUnits.Select(u => cache[u.Text]).ToList();
            var testProbabilities = new double[testUnits.Count][];
            Score(finalWeights, testUnits, testVectors, _ => true, testProbabilities);

            for (var s = 0; s < scorings.Length; s++)
            {
                var scoring = scorings[s];
                Console.WriteLine();
                Console.WriteLine($"== {modelName}, {scoring.Name}: nested cross-validation on training (outer {(byWriter ? "3 writers" : OuterFolds + " folds")} x inner {InnerFolds} folds)");
                Console.WriteLine("  slack  ordinary raised  red flags caught at tier+  emergencies at emergency");
                var outerScores = VariantScores(train, trainUnits, outerProbabilities, scoring, _ => true);
                double? chosen = null;
                (int False, int Caught, int Emergency) chosenFigures = default;
                foreach (var slack in Slacks)
                {
                    var raised = 0;
                    var caught = 0;
                    var emergency = 0;
                    for (var i = 0; i < train.Count; i++)
                    {
                        var level = RedFlagTierModel.LevelOf(outerScores[i], innerThresholds[(folds[i], s, slack)]);
                        if (train[i].Tier is not { } tier)
                        {
                            raised += level is null ? 0 : 1;
                            continue;
                        }

                        caught += level >= tier ? 1 : 0;
                        emergency += tier == AlertLevel.Emergency && level == AlertLevel.Emergency ? 1 : 0;
                    }

                    if (slack <= 0.2 || raised == 0 && chosen is null)
                    {
                        Console.WriteLine($"  {slack,5:F2}  {raised,6} / {train.Count(i => i.Tier is null)}  {caught,10} / {train.Count(i => i.Tier is not null)}  {emergency,12} / {train.Count(i => i.Tier == AlertLevel.Emergency)}");
                    }

                    if (raised == 0 && chosen is null)
                    {
                        chosen = slack;
                        chosenFigures = (raised, caught, emergency);
                    }
                }

                chosen ??= Slacks[^1];
                var finalThresholds = RedFlagTierModel.ChooseThresholds(train.Select(t => t.Tier is null).ToList(), VariantScores(train, trainUnits, kFoldProbabilities, scoring, _ => true), _ => true, chosen.Value);
                Console.WriteLine($"  chosen slack {chosen:F2} (the least with no out-of-fold false alert); shipped thresholds from 5-fold out-of-fold scores: "
                    + string.Join(" ", finalThresholds.Select(t => t.ToString("F3", CultureInfo.InvariantCulture))));
                var testScores = VariantScores(test, testUnits, testProbabilities, scoring, _ => true);
                var testLevels = testScores.Select(score => RedFlagTierModel.LevelOf(score, finalThresholds)).ToArray();
                results.Add(($"{modelName}, {scoring.Name}", chosen.Value, chosenFigures.False, chosenFigures.Caught, chosenFigures.Emergency, testLevels));
            }
        }

        Console.WriteLine();
        Console.WriteLine("== chosen on training data (nested cross-validation; no tuning3/4 figure was used):");
        var preferred = results.OrderByDescending(r => r.OofCaught).ThenByDescending(r => r.OofEmergency).First();
        foreach (var r in results)
        {
            Console.WriteLine($"  {r.Name}: slack {r.Slack:F2}, out of fold {r.OofFalse} false alerts, {r.OofCaught} caught, {r.OofEmergency} emergencies{(r == preferred ? "  <- preferred" : string.Empty)}");
        }

        Console.WriteLine();
        foreach (var r in results.Where(r => showAll || r == preferred || r.Name == results[0].Name))
        {
            PrintTest(r.Name, test, phraseLevels, r.TestLevels, args.Contains("--texts"));
        }

        Console.WriteLine($"done in {started.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static List<Item> LoadTraining()
    {
        var items = new List<Item>();
        foreach (var part in new[] { "tuning", "heldout1" })
        {
            using (var red = Open($"{RedFlagDirectory}corpus-red-flags.{part}.json"))
            {
                items.AddRange(red.RootElement.GetProperty("sentences").EnumerateArray().Select(s => RedItem(s, part)));
            }

            using var ordinary = Open($"{RedFlagDirectory}corpus-ordinary.{part}.json");
            items.AddRange(ordinary.RootElement.GetProperty("sentences").EnumerateArray().Select(s => new Item(s.GetString()!, null, null, part)));
        }

        items.AddRange(Combined("tuning2"));
        foreach (var path in new[] { "faq-evaluation-v2.tuning.json", "faq-evaluation-v2.tuning-more.json" })
        {
            using var faq = Open(FaqDirectory + path);
            items.AddRange(faq.RootElement.GetProperty("inScope").EnumerateArray()
                .Where(q => !q.GetProperty("expect").EnumerateArray().Any(e => WarningSignEntries.Contains(e.GetString())))
                .Select(q => new Item(q.GetProperty("q").GetString()!, null, null, "faq")));
        }

        return items;
    }

    private static List<Item> LoadTest() => [.. Combined("tuning3"), .. Combined("tuning4")];

    private static IEnumerable<Item> Combined(string part)
    {
        using var document = Open($"{RedFlagDirectory}corpus-{part}.json");
        return [.. document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => new Item(s.GetString()!, null, null, part)),
            .. document.RootElement.GetProperty("redFlags").EnumerateArray().Select(s => RedItem(s, part))];
    }

    private static Item RedItem(JsonElement s, string part) =>
        new(s.GetProperty("text").GetString()!, ParseTier(s.GetProperty("tier").GetString()!), s.GetProperty("sign").GetString(), part);

    private static JsonDocument Open(string path)
    {
        if (path.Contains("heldout2", StringComparison.OrdinalIgnoreCase) || path.Contains(".heldout.", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{path} is held out: never read by tuning.");
        }

        using var stream = File.OpenRead(path);
        return JsonDocument.Parse(stream);
    }

    private static AlertLevel ParseTier(string tier) => tier switch
    {
        "emergency" => AlertLevel.Emergency,
        "urgent" => AlertLevel.Urgent,
        "see_clinician" => AlertLevel.SeeClinician,
        _ => throw new InvalidDataException($"Unknown tier '{tier}'."),
    };

    /// <summary>Every text as a whole, and its clauses (two words or more) when it has more than one.</summary>
    private static List<Unit> Units(List<Item> items, FreeTextRedFlagScreen screen)
    {
        var units = new List<Unit>();
        for (var i = 0; i < items.Count; i++)
        {
            var clauses = RedFlagClauses.Split(items[i].Text);
            var guards = clauses.Select(c => (Guard(c, screen, strict: false), Guard(c, screen, strict: true), screen.Read(c).Signs.Count > 0)).ToList();
            units.Add(new Unit(i, items[i].Text, Whole: true, guards.Any(g => g.Item1) || Guard(items[i].Text, screen, strict: false),
                guards.Any(g => g.Item2) || Guard(items[i].Text, screen, strict: true), screen.Read(items[i].Text).Signs.Count > 0));
            if (clauses.Count > 1)
            {
                units.AddRange(clauses.Select((c, k) => new Unit(i, c, Whole: false, guards[k].Item1, guards[k].Item2, guards[k].Item3)));
            }
        }

        return units;
    }

    /// <summary>
    /// The negation guard: the phrase screen reads a sign's words in the text but as negated or cleared ("no
    /// numbness", "bladder is fine", "my mum had cancer", "a car crash years ago"), or a sign word sits in a clearing
    /// phrase. Strict: any negation cue of the phrase data at all.
    /// </summary>
    private static bool Guard(string text, FreeTextRedFlagScreen screen, bool strict) =>
        RedFlagClauses.Guarded(text, screen, RedFlagPhrases.Default)
        || (strict && screen.Sentences(text).Any(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(RedFlagPhrases.Default.Negation.Cues.Contains)));

    /// <summary>Whole sentences: red flags with their tier, ordinary text as ordinary.</summary>
    private static List<(float[] X, int Y)> SentenceExemplars(List<Item> items, List<Unit> units, int[] chosen) =>
        [.. chosen.Select(i => (Cache!.Vector(items[i].Text), ClassOf(items[i].Tier)))];

    /// <summary>
    /// Clause exemplars: every ordinary sentence and each of its clauses as ordinary; a red-flag sentence whole, and
    /// its clauses in which the phrase screen reads a sign (the clause that carries it) with its tier.
    /// </summary>
    private static List<(float[] X, int Y)> ClauseExemplars(List<Item> items, List<Unit> units, int[] chosen)
    {
        var set = chosen.ToHashSet();
        return [.. units.Where(u => set.Contains(u.Item) && (u.Whole || items[u.Item].Tier is null || u.PhraseSign))
            .Select(u => (Cache!.Vector(u.Text), ClassOf(items[u.Item].Tier)))];
    }

    private static HashSet<string> backRead = [];

    private static int WriterOf(string part) => part switch
    {
        "tuning" or "heldout1" => 0,
        "tuning2" => 1,
        _ => 2,
    };

    private static int ClassOf(AlertLevel? tier) => tier is { } level ? (int)level + 1 : 0;

    private static EmbeddingCache? Cache { get; set; }

    private static void Score(float[][] weights, List<Unit> units, List<float[]> vectors, Func<Unit, bool> which, double[][] into)
    {
        for (var u = 0; u < units.Count; u++)
        {
            if (which(units[u]))
            {
                into[u] = RedFlagTierModel.Probabilities(weights, vectors[u]);
            }
        }
    }

    /// <summary>Per text and tier, P(that tier or higher): the highest over the units the scoring reads.</summary>
    private static double[][] VariantScores(List<Item> items, List<Unit> units, double[][] probabilities, Scoring scoring, Func<int, bool> which)
    {
        var count = items.Count;
        var scores = new double[count][];
        for (var i = 0; i < count; i++)
        {
            scores[i] = new double[Classes - 1];
        }

        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (!which(unit.Item) || (!scoring.Clauses && !unit.Whole) || (scoring.Guard == 1 && unit.Guarded) || (scoring.Guard == 2 && unit.StrictGuarded))
            {
                continue;
            }

            for (var tier = 0; tier < Classes - 1; tier++)
            {
                scores[unit.Item][tier] = Math.Max(scores[unit.Item][tier], RedFlagTierModel.AtOrAbove(probabilities[u], tier));
            }
        }

        if (scoring.EmergencyNeedsBack)
        {
            for (var i = 0; i < count; i++)
            {
                if (!backRead.Contains(items[i].Text))
                {
                    scores[i][(int)AlertLevel.Emergency] = 0;
                }
            }
        }

        return scores;
    }

    private static void PrintPhraseBaseline(List<Item> test, List<AlertLevel?> phrase)
    {
        Console.WriteLine("phrase screen at this commit (frozen at 2f43a6e):");
        foreach (var part in test.Select(i => i.Part).Distinct())
        {
            var idx = Enumerable.Range(0, test.Count).Where(i => test[i].Part == part).ToList();
            Console.WriteLine($"  {part}: false alerts {idx.Count(i => test[i].Tier is null && phrase[i] is not null)} / {idx.Count(i => test[i].Tier is null)}, "
                + $"caught {idx.Count(i => test[i].Tier is { } t && phrase[i] >= t)} / {idx.Count(i => test[i].Tier is not null)}, "
                + $"emergencies {idx.Count(i => test[i].Tier == AlertLevel.Emergency && phrase[i] == AlertLevel.Emergency)} / {idx.Count(i => test[i].Tier == AlertLevel.Emergency)}");
        }
    }

    private static void PrintTest(string name, List<Item> test, List<AlertLevel?> phrase, AlertLevel?[] channel, bool texts)
    {
        Console.WriteLine($"== TEST tuning3/4 (measured once), {name}");
        foreach (var part in test.Select(i => i.Part).Distinct().Append("both"))
        {
            var idx = Enumerable.Range(0, test.Count).Where(i => part == "both" || test[i].Part == part).ToList();
            var line = new StringBuilder($"  {part,-8}");
            foreach (var tier in new[] { AlertLevel.Emergency, AlertLevel.Urgent, AlertLevel.SeeClinician })
            {
                var misses = idx.Where(i => test[i].Tier == tier && !(phrase[i] >= tier)).ToList();
                var added = misses.Count(i => channel[i] >= tier);
                line.Append(CultureInfo.InvariantCulture, $" | {tier.ToWireName()}: +{added} of {misses.Count} missed");
            }

            var ordinary = idx.Where(i => test[i].Tier is null).ToList();
            var addedFalse = ordinary.Where(i => channel[i] is not null && !(phrase[i] >= channel[i])).ToList();
            var byLevel = string.Join(", ", new[] { AlertLevel.Emergency, AlertLevel.Urgent, AlertLevel.SeeClinician }.Select(t => $"{t.ToWireName()} {addedFalse.Count(i => channel[i] == t)}"));
            line.Append(CultureInfo.InvariantCulture, $" | added false alerts {addedFalse.Count} / {ordinary.Count}: {byLevel}");
            var red = idx.Where(i => test[i].Tier is not null).ToList();
            var overTier = red.Count(i => channel[i] > test[i].Tier && !(phrase[i] >= channel[i]));
            var alone = red.Count(i => channel[i] >= test[i].Tier);
            line.Append(CultureInfo.InvariantCulture, $" | channel alone caught {alone} / {red.Count}; raised a red flag above its tier {overTier}");
            Console.WriteLine(line);
        }

        if (texts)
        {
            for (var i = 0; i < test.Count; i++)
            {
                var added = channel[i] is { } level && !(phrase[i] >= level);
                if (added)
                {
                    Console.WriteLine($"    {(test[i].Tier is null ? "FALSE" : test[i].Tier <= channel[i] ? "CATCH" : "LOWER")} {test[i].Part} {test[i].Tier?.ToWireName() ?? "ordinary"}/{test[i].Sign} -> {channel[i]?.ToWireName()} (phrase {phrase[i]?.ToWireName() ?? "none"}): {test[i].Text}");
                }
            }
        }

        Console.WriteLine();
    }

    /// <summary>Sentence vectors by text (shorthand spelled out, as the FAQ reads a question), kept in a file between runs.</summary>
    private sealed class EmbeddingCache
    {
        private readonly SentenceEmbedder embedder;
        private readonly string path;
        private readonly Dictionary<string, float[]> vectors = new(StringComparer.Ordinal);

        public EmbeddingCache(SentenceEmbedder embedder, string path)
        {
            this.embedder = embedder;
            this.path = path;
            if (File.Exists(path))
            {
                foreach (var line in File.ReadLines(path))
                {
                    var tab = line.IndexOf('\t', StringComparison.Ordinal);
                    var bytes = Convert.FromBase64String(line[..tab]);
                    var vector = new float[SentenceEmbedder.Dimensions];
                    Buffer.BlockCopy(bytes, 0, vector, 0, bytes.Length);
                    vectors[line[(tab + 1)..]] = vector;
                }
            }

            Cache = this;
        }

        public float[] this[string text] => Vector(text);

        public float[] Vector(string text) => vectors[Key(text)];

        public void Embed(IEnumerable<string> texts)
        {
            using var writer = File.AppendText(path);
            foreach (var key in texts.Select(Key).Distinct().Where(k => !vectors.ContainsKey(k)).ToList())
            {
                var vector = embedder.Embed(key);
                vectors[key] = vector;
                var bytes = new byte[vector.Length * sizeof(float)];
                Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
                writer.WriteLine(Convert.ToBase64String(bytes) + "\t" + key);
            }
        }

        private static string Key(string text) => TextingShorthand.Expand(text).Replace('\n', ' ').Replace('\t', ' ');
    }
}
