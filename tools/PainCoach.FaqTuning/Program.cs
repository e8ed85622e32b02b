// Regenerates the FAQ's precomputed data; run through scripts/faq-vectors.sh from the repository root.
//   vectors               encode every knowledge-base text → src/PainCoach/Faq/Semantic/faq-vectors.json
//   calibrate FILE... [--misses] [--folds K] [--by-part] [--dry-run]
//                         fit the calibrated score on the tuning files → src/PainCoach/Faq/Ranking/faq-calibration.json
//   evaluate FILE...      figures of the embedded calibration on tuning files (fits nothing)
//   analyse FILE...       the embedded calibration's misses on tuning files, by class
//   ask QUESTION...       print how questions are ranked, with their signals
// It refuses any *.heldout.json: held-out questions are never used to fit anything. A held-out part that was declared
// consumed is renamed (faq-evaluation-v2.consumed.json) and is tuning data from then on.
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

    case "calibrate":
    {
        var files = args.Skip(1).Where(a => a.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
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

        var inScopeCount = questions.Count(q => q.Right.Count > 0);
        var outOfScopeCount = questions.Count - inScopeCount;
        var fitted = Fit(questions, print: true);

        foreach (var floor in new[] { 0.0, 0.01, 0.02, 0.05, 0.1 })
        {
            var (_, top3, _) = Measure(questions, fitted, fitted.Threshold, floor);
            Console.WriteLine($"runner-up floor {floor:F2}: top-3 {(double)top3 / inScopeCount:P1}");
        }

        if (args.Contains("--misses"))
        {
            foreach (var question in questions)
            {
                var all = Ranked(question, fitted).ToList();
                var ranked = all.Take(3).ToList();
                var answered = all.Sum(r => r.Confidence) >= fitted.Threshold;
                var ok = question.Right.Count == 0 ? !answered : question.Right.Contains(ranked[0].Entry) && answered;
                if (!ok)
                {
                    Console.WriteLine($"MISS '{question.Text}' want [{string.Join(",", question.Right.Select(r => ids[r]))}] got {string.Join(" ", ranked.Select(r => $"{ids[r.Entry]}:{r.Confidence:F2}(cos {question.Entries[r.Entry][0]:F2} cen {question.Entries[r.Entry][2]:F2} lex {question.Entries[r.Entry][4]:F2})"))}");
                }
            }
        }

        // Cross-validation: the honest preview of fresh text. Questions go to folds by a hash of their text; each fold is
        // measured with weights and a threshold fitted (by the same rule) on the other folds only.
        var foldsArgument = args.SkipWhile(a => a != "--folds").Skip(1).FirstOrDefault();
        if (foldsArgument is not null)
        {
            CrossValidate(questions, int.Parse(foldsArgument, CultureInfo.InvariantCulture), files);
        }

        // Leave one writer's part out: fitted on the other parts, measured on it (a harder preview: another writer's style).
        if (args.Contains("--by-part"))
        {
            Console.WriteLine("leave one part out (weights and threshold fitted on the other parts):");
            foreach (var file in files.Select(Path.GetFileName))
            {
                var others = Fit([.. questions.Where(q => q.File != file)], print: false);
                var part = questions.Where(q => q.File == file).ToList();
                var (top1, top3, rejected) = Measure(part, others, others.Threshold);
                var inScope = part.Count(q => q.Right.Count > 0);
                Console.WriteLine($"  {file,-36} threshold {others.Threshold}: top-1 {top1}/{inScope} ({(double)top1 / inScope:P1}), top-3 {top3}/{inScope} ({(double)top3 / inScope:P1}), out-of-scope rejected {rejected}/{part.Count - inScope} ({(double)rejected / (part.Count - inScope):P1})");
            }
        }

        if (args.Contains("--dry-run"))
        {
            return 0;
        }

        var fittedOn = $"{string.Join(", ", files.Select(Path.GetFileName))}: {inScopeCount} in-scope and {outOfScopeCount} out-of-scope questions, {TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var calibration = new FaqCalibration(fitted.EntryWeights, fitted.NoneWeights, fitted.NoneBias, fitted.Threshold, fittedOn);
        using (var file = File.Create(FaqCalibration.SourcePath))
        {
            calibration.Write(file);
        }

        Console.WriteLine(
            $"faq-calibration: threshold {calibration.Threshold}; entry [{string.Join(", ", FaqFeatures.EntryNames.Zip(calibration.EntryWeights, (f, w) => $"{f} {w:F2}"))}]; " +
            $"none bias {calibration.NoneBias:F2} [{string.Join(", ", FaqFeatures.NoneNames.Zip(calibration.NoneWeights, (f, w) => $"{f} {w:F2}"))}] → {FaqCalibration.SourcePath}");
        return 0;
    }

    case "analyse":
    {
        // Every in-scope question the embedded calibration does not put in the answer list, by class: noMatch (the right
        // entry's rank shown), right entry answered below the runner-up floor, right entry ranked 4th or lower; and
        // every out-of-scope question answered. Tuning files only.
        var files = args.Skip(1).Where(a => a.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
        var at = args.SkipWhile(a => a != "--at").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(-1);
        if (files.Any(f => f.Contains(".heldout.", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine("analyse takes tuning files only (never *.heldout.json).");
            return 2;
        }

        var index = FaqIndex.Build(knowledgeBase);
        var embedded = FaqCalibration.LoadEmbedded();
        var calibration = at < 0 ? embedded : new FaqCalibration(embedded.EntryWeights, embedded.NoneWeights, embedded.NoneBias, at, "");
        var ranker = new HybridFaqRanker(index, new SemanticIndex(knowledgeBase, FaqVectors.LoadEmbedded()), embedder, calibration);
        var ids = knowledgeBase.Entries.Select(e => e.Id).ToList();
        var classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            foreach (var question in LoadQuestions(path, ids, ranker))
            {
                var ranked = Ranked(question, calibration).ToList();
                var signals = ranker.Signals(question.Text);
                var domain = $"{(signals.Domain.OtherTopic ? "other" : "")}{(signals.Domain.OurTopic ? "+ours" : "")}";
                var top = $"{string.Join(" ", ranked.Take(3).Select(r => $"{ids[r.Entry]}:{r.Confidence:F2}"))} (answerable {ranked.Sum(r => r.Confidence):F2})";
                string? kind;
                if (question.Right.Count == 0)
                {
                    kind = ranked.Sum(r => r.Confidence) >= calibration.Threshold ? "oos-answered" : null;
                }
                else
                {
                    var rank = ranked.FindIndex(r => question.Right.Contains(r.Entry)) + 1;
                    var answered = ranked.Sum(r => r.Confidence) >= calibration.Threshold;
                    var shown = answered && (rank == 1 || (rank <= 3 && ranked[rank - 1].Confidence >= FaqCalibration.RunnerUpFloor));
                    kind = shown
                        ? (rank == 1 ? null : "top3-only")
                        : !answered ? $"nomatch-rank{Math.Min(rank, 4)}" : rank <= 3 ? "below-floor" : "rank4+";
                }

                if (kind is not null)
                {
                    classes[kind] = classes.GetValueOrDefault(kind) + 1;
                    Console.WriteLine($"{kind,-14} {Path.GetFileName(path).Replace("faq-evaluation-", "", StringComparison.Ordinal),-18} [{domain}] '{question.Text}' want [{string.Join(",", question.Right.Select(r => ids[r]))}] got {top}");
                }
            }
        }

        Console.WriteLine(string.Join(", ", classes.Select(c => $"{c.Key} {c.Value}")));
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

// Weights by maximum likelihood on all the given questions. The threshold by the gate-margin rule, applied to
// out-of-fold confidences: each question scored by weights fitted on the other folds, so the threshold is chosen on
// figures like those of fresh text rather than on questions the weights were fitted to.
static FaqCalibration Fit(List<Question> questions, bool print)
{
    var (entryWeights, noneWeights, noneBias) = FitSoftmax(questions, L2());
    var threshold = ChooseThreshold(OutOfFold(questions, folds: 5), print);
    return new FaqCalibration(entryWeights, noneWeights, noneBias, threshold, "");
}

// Every question with its best three entries, scored by a softmax fitted on the other folds only.
static List<Scored> OutOfFold(List<Question> questions, int folds)
{
    var scored = new List<Scored>(questions.Count);
    for (var fold = 0; fold < folds; fold++)
    {
        var (entryWeights, noneWeights, noneBias) = FitSoftmax([.. questions.Where(q => Fold(q.Text, folds) != fold)], L2());
        var calibration = new FaqCalibration(entryWeights, noneWeights, noneBias, 0.5, "");
        scored.AddRange(questions.Where(q => Fold(q.Text, folds) == fold).Select(q => Score(q, calibration)));
    }

    return scored;
}

// The threshold that keeps every tuning part furthest from failing any of the issue's gates (top-1 90 %, top-3 97 %,
// out-of-scope rejected 95 %, each asserted on one part): the largest smallest margin over parts and gates; ties go
// to the middle of the tie.
static double ChooseThreshold(List<Scored> scored, bool print)
{
    if (print)
    {
        Console.WriteLine("threshold (out-of-fold)  top-1  top-3  out-of-scope rejected  smallest margin over parts   per part: top-1/top-3/rejected");
    }

    var values = new List<(double Threshold, double Value)>();
    for (var step = 4; step <= 36; step++)
    {
        var t = Math.Round(step * 0.025, 3);
        var all = Rates(scored, t);
        var parts = scored.GroupBy(x => x.Question.File).Select(g => (File: g.Key, Rates: Rates([.. g], t))).ToList();
        var margin = parts.Min(p => Math.Min(p.Rates.Top1 - 0.90, Math.Min(p.Rates.Top3 - 0.97, p.Rates.Rejected - 0.95)));
        values.Add((t, Math.Round(margin, 6)));
        if (print)
        {
            var perPart = string.Join("  ", parts.Select(p => $"{p.File.Replace("faq-evaluation-", "", StringComparison.Ordinal).Replace(".json", "", StringComparison.Ordinal)} {p.Rates.Top1:P0}/{p.Rates.Top3:P0}/{p.Rates.Rejected:P0}"));
            Console.WriteLine($"{t,23:F3}  {all.Top1,5:P1}  {all.Top3,5:P1}  {all.Rejected,5:P1}  {margin,6:+0.000;-0.000}   {perPart}");
        }
    }

    var bestValue = values.Max(v => v.Value);
    var plateau = values.Where(v => v.Value >= bestValue - 1e-9).ToList();
    return Math.Round((plateau[0].Threshold + plateau[^1].Threshold) / 2, 3);
}

static (double Top1, double Top3, double Rejected) Rates(List<Scored> scored, double threshold)
{
    var (top1, top3, rejected) = MeasureScored(scored, threshold);
    var inScope = scored.Count(x => x.Question.Right.Count > 0);
    return ((double)top1 / inScope, (double)top3 / inScope, (double)rejected / (scored.Count - inScope));
}

// k-fold cross-validation by question hash (FNV-1a of the lower-case text): figures per file, every question measured
// by a calibration that never saw it.
static void CrossValidate(List<Question> questions, int folds, List<string> files)
{
    var results = new Dictionary<string, (int InScope, int Top1, int Top3, int OutOfScope, int Rejected)>();
    var thresholds = new List<double>();
    for (var fold = 0; fold < folds; fold++)
    {
        var train = questions.Where(q => Fold(q.Text, folds) != fold).ToList();
        var test = questions.Where(q => Fold(q.Text, folds) == fold).ToList();
        var calibration = Fit(train, print: false);
        thresholds.Add(calibration.Threshold);
        foreach (var group in test.GroupBy(q => q.File))
        {
            var (top1, top3, rejected) = Measure([.. group], calibration, calibration.Threshold);
            var sum = results.GetValueOrDefault(group.Key);
            results[group.Key] = (sum.InScope + group.Count(q => q.Right.Count > 0), sum.Top1 + top1, sum.Top3 + top3, sum.OutOfScope + group.Count(q => q.Right.Count == 0), sum.Rejected + rejected);
        }
    }

    Console.WriteLine($"{folds}-fold cross-validation (thresholds chosen per fold: {string.Join(", ", thresholds)}):");
    foreach (var file in files.Select(Path.GetFileName).Append("all"))
    {
        var r = file == "all"
            ? results.Values.Aggregate((a, b) => (a.InScope + b.InScope, a.Top1 + b.Top1, a.Top3 + b.Top3, a.OutOfScope + b.OutOfScope, a.Rejected + b.Rejected))
            : results[file!];
        Console.WriteLine($"  {file,-36} top-1 {r.Top1}/{r.InScope} ({(double)r.Top1 / r.InScope:P1}), top-3 {r.Top3}/{r.InScope} ({(double)r.Top3 / r.InScope:P1}), out-of-scope rejected {r.Rejected}/{r.OutOfScope} ({(double)r.Rejected / r.OutOfScope:P1})");
    }
}

// The L2 penalty the committed calibration was fitted with (1e-3 held the "only another topic" weight back).
static double L2() => 1e-4;

static int Fold(string text, int folds)
{
    var hash = 2166136261u;
    foreach (var b in System.Text.Encoding.UTF8.GetBytes(text.ToLowerInvariant()))
    {
        hash = unchecked((hash ^ b) * 16777619u);
    }

    return (int)(hash % (uint)folds);
}

// Maximum likelihood of the softmax over entries and "none", by batch gradient ascent with a little L2: an in-scope
// question's likelihood is the probability of any of its right entries, an out-of-scope one's that of "none".
static (double[] Entry, double[] None, double Bias) FitSoftmax(List<Question> questions, double l2)
{
    var entryWeights = new double[FaqFeatures.EntryNames.Count];
    var noneWeights = new double[FaqFeatures.NoneNames.Count];
    var bias = 0.0;
    const double rate = 1.0;
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
            questions.Add(new Question(Path.GetFileName(path), text, right, entries, none));
        }
    }

    foreach (var item in document.RootElement.GetProperty("outOfScope").EnumerateArray())
    {
        var text = item.GetString()!;
        var (entries, none) = ranker.Signals(text).Features();
        questions.Add(new Question(Path.GetFileName(path), text, [], entries, none));
    }

    return questions;
}

static IEnumerable<(int Entry, double Confidence)> Ranked(Question question, FaqCalibration calibration)
{
    var p = question.Entries.Select(row => calibration.EntryLogit(row)).ToArray();
    FaqCalibration.ToConfidences(p, calibration.NoneLogit(question.None));
    return p.Select((c, e) => (e, c)).OrderByDescending(x => x.c);
}

static (int Top1, int Top3, int Rejected) Measure(List<Question> questions, FaqCalibration calibration, double threshold, double floor = FaqCalibration.RunnerUpFloor) =>
    MeasureScored([.. questions.Select(q => Score(q, calibration))], threshold, floor);

static Scored Score(Question question, FaqCalibration calibration)
{
    var ranked = Ranked(question, calibration).ToList();
    return new(question, [.. ranked.Take(3)], ranked.Sum(r => r.Confidence));
}

static (int Top1, int Top3, int Rejected) MeasureScored(List<Scored> scored, double threshold, double floor = FaqCalibration.RunnerUpFloor)
{
    var (top1, top3, rejected) = (0, 0, 0);
    foreach (var (question, top, answerable) in scored)
    {
        // As the service does: answered when the entries' confidences add up to the threshold (1 − P(none)).
        List<(int Entry, double Confidence)> ranked = answerable < threshold ? [] : [.. top.Where((x, i) => i == 0 || x.Confidence >= floor)];
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

internal sealed record Question(string File, string Text, HashSet<int> Right, double[][] Entries, double[] None);

internal sealed record Scored(Question Question, (int Entry, double Confidence)[] Top3, double Answerable);
