// Regenerates the FAQ's precomputed data; run through scripts/faq-vectors.sh from the repository root.
//   vectors               encode every knowledge-base text → src/PainCoach/Faq/Semantic/faq-vectors.json
//   calibrate FILE...     fit the calibrated score on the tuning files → src/PainCoach/Faq/Ranking/faq-calibration.json
//   evaluate FILE...      figures of the embedded calibration on tuning files (fits nothing)
//   ask QUESTION...       print how questions are ranked, with their signals
//   redflag-model         fit the semantic red-flag channel that ships on every seen text → src/PainCoach/RedFlags/Semantic/red-flag-semantic.json
//   redflag-semantic      the semantic red-flag channel's second try: nested cross-validation on the training writers,
//                         then measured on tuning3/4 (--all-variants: every variant; --texts: the sentences it changes)
// It refuses any *.heldout.json: held-out questions are never used to fit anything.
using System.Globalization;
using System.Text.Json;
using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;
using PainCoach.Language;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: PainCoach.FaqTuning vectors | calibrate <tuning.json>...");
    return 2;
}

var knowledgeBase = KnowledgeBase.LoadEmbedded();
using var embedder = SentenceEmbedder.LoadShipped();
switch (args[0])
{
    case "vectors":
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var vectors = FaqVectors.Compute(knowledgeBase, embedder);
        using (var file = File.Create(FaqVectors.SourcePath))
        {
            vectors.Write(file);
        }

        Console.WriteLine($"faq-vectors: {vectors.Texts.Count} texts of {knowledgeBase.Entries.Count} entries in {started.ElapsedMilliseconds} ms → {FaqVectors.SourcePath}");
        return 0;
    }

    case "redflag-semantic":
        // The semantic red-flag channel's second try, leave-writer-out (docs/triage.md); fits nothing that ships.
        return PainCoach.FaqTuning.RedFlagSemanticExperiment.Run(args, embedder);

    case "redflag-model":
    {
        // The semantic red-flag channel that ships: fitted on every seen text (tuning3/4 included), slack by writer.
        var started = System.Diagnostics.Stopwatch.StartNew();
        // --without-tuning34: the experiment's training writers only, written to /tmp (a check that the generator
        // reproduces the leave-writer-out experiment's model); never shipped.
        var check = args.Contains("--without-tuning34");
        var seen = PainCoach.RedFlags.Semantic.SemanticRedFlagTraining.ReadSeen(File.OpenRead, withTuning34: !check);
        var screen = new PainCoach.RedFlags.FreeTextRedFlagScreen();
        var units = PainCoach.RedFlags.Semantic.SemanticRedFlagTraining.Units(seen, screen, PainCoach.RedFlags.RedFlagPhrases.Default);
        var vectors = units.Select(u => u.Text).Distinct().ToDictionary(t => t, t => embedder.Embed(PainCoach.RedFlags.Semantic.SemanticRedFlagTraining.Prepare(t)), StringComparer.Ordinal);
        Console.WriteLine($"{seen.Count} texts, {units.Count} units embedded in {started.ElapsedMilliseconds} ms");
        var (weights, thresholds, slack) = PainCoach.RedFlags.Semantic.SemanticRedFlagTraining.FitShipped(seen, units, t => vectors[t], Console.WriteLine);
        var model = new PainCoach.RedFlags.Semantic.RedFlagTierModel(
            weights,
            thresholds,
            SentenceEmbedder.ModelName,
            FaqVectors.HashFile(embedder.ModelPath),
            PainCoach.RedFlags.Semantic.SemanticRedFlagTraining.HashTexts(seen),
            slack,
            "red-flag corpora tuning, heldout1 (consumed), tuning2, tuning3, tuning4; FAQ v2 tuning and tuning-more in-scope questions less warning-sign ones");
        var output = check ? Path.Combine(Path.GetTempPath(), "red-flag-semantic-3-writers.json") : PainCoach.RedFlags.Semantic.RedFlagTierModel.SourcePath;
        using (var file = File.Create(output))
        {
            model.Write(file);
        }

        Console.WriteLine($"red-flag-semantic: {model} in {started.Elapsed.TotalSeconds:F0} s -> {output}");
        return 0;
    }

    case "redflag-check":
    {
        // The shipped semantic model on the corpora it was fitted on: what it adds to the phrase screen, per tier.
        var screen = new PainCoach.RedFlags.FreeTextRedFlagScreen();
        var modelPath = args.SkipWhile(a => a != "--model").Skip(1).FirstOrDefault();
        PainCoach.RedFlags.Semantic.RedFlagTierModel model;
        if (modelPath is null)
        {
            model = PainCoach.RedFlags.Semantic.RedFlagTierModel.LoadEmbedded();
        }
        else
        {
            using var file = File.OpenRead(modelPath);
            model = PainCoach.RedFlags.Semantic.RedFlagTierModel.Load(file);
        }

        var channel = new PainCoach.RedFlags.Semantic.SemanticRedFlagChannel(model, screen, PainCoach.RedFlags.RedFlagPhrases.Default, embedder);
        Console.WriteLine(model);
        foreach (var part in args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a != modelPath))
        {
            var texts = PainCoach.RedFlags.Semantic.SemanticRedFlagTraining.Combined(File.OpenRead, part);
            var levels = texts.Select(t => (t, Phrase: screen.Screen(t.Text)?.Level, Channel: channel.Level(t.Text))).ToList();
            var misses = levels.Where(l => l.t.Tier is { } tier && !(l.Phrase >= tier)).ToList();
            Console.WriteLine($"{part}: phrase misses {misses.Count}, channel catches {misses.Count(l => l.Channel >= l.t.Tier)} "
                + $"(emergency {misses.Count(l => l.t.Tier == PainCoach.RedFlags.AlertLevel.Emergency && l.Channel == PainCoach.RedFlags.AlertLevel.Emergency)} of {misses.Count(l => l.t.Tier == PainCoach.RedFlags.AlertLevel.Emergency)}), "
                + $"raised lower {misses.Count(l => l.Channel is not null && l.Channel < l.t.Tier)}; ordinary raised {levels.Count(l => l.t.Tier is null && l.Channel is not null)}");
            foreach (var (t, _, level) in misses.Where(l => l.Channel is not null))
            {
                Console.WriteLine($"  {t.Tier}/{t.Sign} -> {level}: {t.Text}");
            }
        }

        return 0;
    }

    case "calibrate":
    {
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count == 0 || files.Any(f => f.Contains(".heldout.", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine("calibrate takes tuning files only (never *.heldout.json).");
            return 2;
        }

        FaqVectors vectors;
        using (var file = File.OpenRead(FaqVectors.SourcePath))
        {
            vectors = FaqVectors.Load(file);
        }

        var semantic = new SemanticIndex(knowledgeBase, vectors);
        if (semantic.MissingTexts.Count > 0)
        {
            Console.Error.WriteLine($"{semantic.MissingTexts.Count} texts have no vector: run vectors first.");
            return 1;
        }

        var index = FaqIndex.Build(knowledgeBase);
        var zero = new FaqCalibration(new double[FaqFeatures.EntryNames.Count], new double[FaqFeatures.NoneNames.Count], 0, 0.5, "");
        var ranker = new HybridFaqRanker(index, semantic, embedder, zero);
        var ids = knowledgeBase.Entries.Select(e => e.Id).ToList();
        var questions = files.SelectMany(path => LoadQuestions(path, ids, ranker)).ToList();

        var (entryWeights, noneWeights, noneBias) = FitSoftmax(questions);
        var fitted = new FaqCalibration(entryWeights, noneWeights, noneBias, 0.5, "");
        var inScopeCount = questions.Count(q => q.Right.Count > 0);
        var outOfScopeCount = questions.Count - inScopeCount;

        // The threshold: the one that keeps the tuning figures furthest from failing any of the issue's gates (top-1
        // 90 %, top-3 97 %, out-of-scope rejected 95 %): the largest smallest margin; ties go to the middle of the tie.
        Console.WriteLine("threshold  top-1  top-3  out-of-scope rejected  smallest margin to a gate");
        var values = new List<(double Threshold, double Value)>();
        for (var step = 2; step <= 18; step++)
        {
            var t = step * 0.05;
            var (top1, top3, rejected) = Measure(questions, fitted, t);
            var (top1Rate, top3Rate, rejectedRate) = ((double)top1 / inScopeCount, (double)top3 / inScopeCount, (double)rejected / outOfScopeCount);
            var margin = Math.Min(top1Rate - 0.90, Math.Min(top3Rate - 0.97, rejectedRate - 0.95));
            values.Add((Math.Round(t, 2), Math.Round(margin, 6)));
            Console.WriteLine($"{t,9:F2}  {top1Rate,5:P1}  {top3Rate,5:P1}  {rejectedRate,5:P1}  {margin,6:+0.000;-0.000}");
        }

        var bestValue = values.Max(v => v.Value);
        var plateau = values.Where(v => v.Value >= bestValue - 1e-9).ToList();
        var best = (Threshold: Math.Round((plateau[0].Threshold + plateau[^1].Threshold) / 2, 3), Value: bestValue);

        foreach (var floor in new[] { 0.0, 0.01, 0.02, 0.05, 0.1 })
        {
            var (_, top3, _) = Measure(questions, fitted, best.Threshold, floor);
            Console.WriteLine($"runner-up floor {floor:F2}: top-3 {(double)top3 / inScopeCount:P1}");
        }

        if (args.Contains("--misses"))
        {
            foreach (var question in questions)
            {
                var ranked = Ranked(question, fitted).Take(3).ToList();
                var ok = question.Right.Count == 0 ? ranked[0].Confidence < best.Threshold : question.Right.Contains(ranked[0].Entry) && ranked[0].Confidence >= best.Threshold;
                if (!ok)
                {
                    Console.WriteLine($"MISS '{question.Text}' want [{string.Join(",", question.Right.Select(r => ids[r]))}] got {string.Join(" ", ranked.Select(r => $"{ids[r.Entry]}:{r.Confidence:F2}(cos {question.Entries[r.Entry][0]:F2} cen {question.Entries[r.Entry][2]:F2} lex {question.Entries[r.Entry][4]:F2})"))}");
                }
            }
        }

        var fittedOn = $"{string.Join(", ", files.Select(Path.GetFileName))}: {inScopeCount} in-scope and {outOfScopeCount} out-of-scope questions, {TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var calibration = new FaqCalibration(entryWeights, noneWeights, noneBias, best.Threshold, fittedOn);
        using (var file = File.Create(FaqCalibration.SourcePath))
        {
            calibration.Write(file);
        }

        Console.WriteLine(
            $"faq-calibration: threshold {best.Threshold}; entry [{string.Join(", ", FaqFeatures.EntryNames.Zip(entryWeights, (f, w) => $"{f} {w:F2}"))}]; " +
            $"none bias {noneBias:F2} [{string.Join(", ", FaqFeatures.NoneNames.Zip(noneWeights, (f, w) => $"{f} {w:F2}"))}] → {FaqCalibration.SourcePath}");
        return 0;
    }

    case "evaluate":
    {
        // Figures of the embedded calibration on tuning files (nothing is fitted).
        var files = args.Skip(1).ToList();
        if (files.Any(f => f.Contains(".heldout.", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine("evaluate takes tuning files only (never *.heldout.json).");
            return 2;
        }

        var index = FaqIndex.Build(knowledgeBase);
        var calibration = FaqCalibration.LoadEmbedded();
        var ranker = new HybridFaqRanker(index, new SemanticIndex(knowledgeBase, FaqVectors.LoadEmbedded()), embedder, calibration);
        var ids = knowledgeBase.Entries.Select(e => e.Id).ToList();
        foreach (var path in files)
        {
            var questions = LoadQuestions(path, ids, ranker);
            var inScope = questions.Count(q => q.Right.Count > 0);
            var (top1, top3, rejected) = Measure(questions, calibration, calibration.Threshold);
            Console.WriteLine($"{Path.GetFileName(path)} at threshold {calibration.Threshold}: top-1 {top1}/{inScope} ({(double)top1 / inScope:P1}), top-3 {top3}/{inScope} ({(double)top3 / inScope:P1}), out-of-scope rejected {rejected}/{questions.Count - inScope} ({(double)rejected / (questions.Count - inScope):P1})");
        }

        return 0;
    }

    case "ask":
    {
        // Shows how one question is ranked, with its signals (for looking into a tuning miss).
        var index = FaqIndex.Build(knowledgeBase);
        var ranker = new HybridFaqRanker(index, new SemanticIndex(knowledgeBase, FaqVectors.LoadEmbedded()), embedder, FaqCalibration.LoadEmbedded());
        foreach (var question in args.Skip(1))
        {
            var signals = ranker.Signals(question);
            var confidences = new double[index.EntryCount];
            ranker.Confidences(question, confidences);
            Console.WriteLine($"'{question}' domain {signals.Domain} known words {signals.AnyKnownWord}");
            foreach (var e in Enumerable.Range(0, index.EntryCount).OrderByDescending(e => confidences[e]).Take(5))
            {
                Console.WriteLine($"  {knowledgeBase.Entries[e].Id,-28} {confidences[e]:F3}  cos {signals.Cosines[e]:F2} cen {signals.Centroids[e]:F2} lex {signals.Lexical[e]:F2}");
            }
        }

        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

// Maximum likelihood of the softmax over entries and "none", by batch gradient ascent with a little L2: an in-scope
// question's likelihood is the probability of any of its right entries, an out-of-scope one's that of "none".
static (double[] Entry, double[] None, double Bias) FitSoftmax(List<Question> questions)
{
    var entryWeights = new double[FaqFeatures.EntryNames.Count];
    var noneWeights = new double[FaqFeatures.NoneNames.Count];
    var bias = 0.0;
    const double rate = 1.0;
    const double l2 = 1e-3;
    for (var iteration = 0; iteration < 3000; iteration++)
    {
        var entryGradient = new double[entryWeights.Length];
        var noneGradient = new double[noneWeights.Length];
        var biasGradient = 0.0;
        foreach (var question in questions)
        {
            var calibration = new FaqCalibration(entryWeights, noneWeights, bias, 0.5, "");
            var p = new double[question.Entries.Length];
            for (var e = 0; e < p.Length; e++)
            {
                p[e] = calibration.EntryLogit(question.Entries[e]);
            }

            var noneLogit = calibration.NoneLogit(question.None);
            FaqCalibration.ToConfidences(p, noneLogit);
            var pNone = 1 - p.Sum();
            var pRight = question.Right.Count == 0 ? pNone : question.Right.Sum(r => p[r]);

            // d log P(right) / d z_k = [k right] p_k / P(right) - p_k
            for (var e = 0; e < p.Length; e++)
            {
                var target = question.Right.Contains(e) ? p[e] / pRight : 0;
                var g = target - p[e];
                for (var i = 0; i < entryWeights.Length; i++)
                {
                    entryGradient[i] += g * question.Entries[e][i];
                }
            }

            var noneG = (question.Right.Count == 0 ? 1 : 0) - pNone;
            for (var j = 0; j < noneWeights.Length; j++)
            {
                noneGradient[j] += noneG * question.None[j];
            }

            biasGradient += noneG;
        }

        for (var i = 0; i < entryWeights.Length; i++)
        {
            entryWeights[i] += rate * ((entryGradient[i] / questions.Count) - (l2 * entryWeights[i]));
        }

        for (var j = 0; j < noneWeights.Length; j++)
        {
            noneWeights[j] += rate * ((noneGradient[j] / questions.Count) - (l2 * noneWeights[j]));
        }

        bias += rate * biasGradient / questions.Count;
    }

    return (entryWeights, noneWeights, bias);
}

static List<Question> LoadQuestions(string path, List<string> ids, HybridFaqRanker ranker)
{
    var questions = new List<Question>();
    using var document = JsonDocument.Parse(File.ReadAllBytes(path));
    foreach (var item in document.RootElement.GetProperty("inScope").EnumerateArray())
    {
        var right = item.GetProperty("expect").EnumerateArray().Select(e => ids.IndexOf(e.GetString()!)).Where(i => i >= 0).ToHashSet();
        if (right.Count > 0)
        {
            var text = item.GetProperty("q").GetString()!;
            var (entries, none) = ranker.Signals(text).Features();
            questions.Add(new Question(text, right, entries, none));
        }
    }

    foreach (var item in document.RootElement.GetProperty("outOfScope").EnumerateArray())
    {
        var text = item.GetString()!;
        var (entries, none) = ranker.Signals(text).Features();
        questions.Add(new Question(text, [], entries, none));
    }

    return questions;
}

static IEnumerable<(int Entry, double Confidence)> Ranked(Question question, FaqCalibration calibration)
{
    var p = question.Entries.Select(row => calibration.EntryLogit(row)).ToArray();
    FaqCalibration.ToConfidences(p, calibration.NoneLogit(question.None));
    return p.Select((c, e) => (e, c)).OrderByDescending(x => x.c);
}

static (int Top1, int Top3, int Rejected) Measure(List<Question> questions, FaqCalibration calibration, double threshold, double floor = FaqCalibration.RunnerUpFloor)
{
    var (top1, top3, rejected) = (0, 0, 0);
    foreach (var question in questions)
    {
        var ranked = Ranked(question, calibration).Take(3).ToList();
        ranked = ranked[0].Confidence < threshold ? [] : [.. ranked.Where((x, i) => i == 0 || x.Confidence >= floor)];
        if (question.Right.Count == 0)
        {
            rejected += ranked.Count == 0 ? 1 : 0;
            continue;
        }

        top1 += ranked.Count > 0 && question.Right.Contains(ranked[0].Entry) ? 1 : 0;
        top3 += ranked.Any(x => question.Right.Contains(x.Entry)) ? 1 : 0;
    }

    return (top1, top3, rejected);
}

internal sealed record Question(string Text, HashSet<int> Right, double[][] Entries, double[] None);
