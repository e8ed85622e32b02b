// Regenerates the FAQ's precomputed data; run through scripts/faq-vectors.sh from the repository root.
//   vectors               encode every knowledge-base text → src/PainCoach/Faq/Semantic/faq-vectors.json
//   calibrate FILE...     fit the calibrated score on the tuning files → src/PainCoach/Faq/Ranking/faq-calibration.json
// It refuses any *.heldout.json: held-out questions are never used to fit anything.
using System.Globalization;
using System.Text.Json;
using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;

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
        var zero = new FaqCalibration(new double[FaqFeatures.Count], 0, 0.5, "");
        var ranker = new HybridFaqRanker(index, semantic, embedder, zero);
        var ids = knowledgeBase.Entries.Select(e => e.Id).ToList();
        var questions = new List<(string Text, HashSet<int> Right)>();
        foreach (var path in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var item in document.RootElement.GetProperty("inScope").EnumerateArray())
            {
                var right = item.GetProperty("expect").EnumerateArray().Select(e => ids.IndexOf(e.GetString()!)).Where(i => i >= 0).ToHashSet();
                if (right.Count > 0)
                {
                    questions.Add((item.GetProperty("q").GetString()!, right));
                }
            }

            foreach (var item in document.RootElement.GetProperty("outOfScope").EnumerateArray())
            {
                questions.Add((item.GetString()!, []));
            }
        }

        // Features of every entry for every question: right entries are positives, all others negatives.
        var n = ids.Count;
        var features = new List<double[][]>();
        foreach (var (text, _) in questions)
        {
            var cosines = new double[n];
            var centroids = new double[n];
            var lexicalScores = new double[n];
            var lexical = new double[n];
            ranker.Features(text, cosines, centroids, lexicalScores, lexical, out var anyKnownWord, out var domain);
            var cosineTop = FaqFeatures.TopTwo(cosines);
            var centroidTop = FaqFeatures.TopTwo(centroids);
            var lexicalTop = FaqFeatures.TopTwo(lexical);
            var rows = new double[n][];
            for (var e = 0; e < n; e++)
            {
                rows[e] = new double[FaqFeatures.Count];
                FaqFeatures.Compute(e, cosines, cosineTop, centroids, centroidTop, lexical, lexicalTop, anyKnownWord, domain, rows[e]);
            }

            features.Add(rows);
        }

        if (args.Contains("--single"))
        {
            foreach (var (name, column) in new[] { ("cosine", 0), ("centroid", 2), ("lexical", 4) })
            {
                var hits = 0;
                for (var q = 0; q < features.Count; q++)
                {
                    if (questions[q].Right.Count == 0)
                    {
                        continue;
                    }

                    var bestEntry = Enumerable.Range(0, n).MaxBy(e => features[q][e][column]);
                    hits += questions[q].Right.Contains(bestEntry) ? 1 : 0;
                }

                Console.WriteLine($"{name} alone: top-1 {hits}/{questions.Count(q => q.Right.Count > 0)}");
            }
        }

        var (weights, bias) = FitLogistic(features, questions.Select(q => q.Right).ToList());
        var inScope = questions.Count(q => q.Right.Count > 0);
        var outOfScope = questions.Count - inScope;
        Console.WriteLine("threshold  top-1  top-3  out-of-scope rejected");
        var best = (Threshold: 0.5, Value: double.NegativeInfinity);
        for (var t = 0.05; t < 0.96; t += 0.05)
        {
            var (top1, top3, rejected) = Measure(features, questions, weights, bias, t);
            var value = ((double)top1 / inScope) + ((double)rejected / outOfScope);
            Console.WriteLine($"{t,9:F2}  {(double)top1 / inScope,5:P1}  {(double)top3 / inScope,5:P1}  {(double)rejected / outOfScope,5:P1}");
            if (value > best.Value + 1e-9)
            {
                best = (Math.Round(t, 2), value);
            }
        }

        var fittedOn = $"{string.Join(", ", files.Select(Path.GetFileName))}: {inScope} in-scope and {outOfScope} out-of-scope questions, {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var calibration = new FaqCalibration(weights, bias, best.Threshold, fittedOn);
        using (var file = File.Create(FaqCalibration.SourcePath))
        {
            calibration.Write(file);
        }

        if (args.Contains("--misses"))
        {
            for (var q = 0; q < features.Count; q++)
            {
                var ranked = features[q]
                    .Select((row, e) => (Entry: e, Confidence: 1 / (1 + Math.Exp(-(bias + row.Zip(weights, (x, w) => x * w).Sum())))))
                    .OrderByDescending(x => x.Confidence).Take(3).ToList();
                var right = questions[q].Right;
                var ok = right.Count == 0 ? ranked[0].Confidence < best.Threshold : right.Contains(ranked[0].Entry) && ranked[0].Confidence >= best.Threshold;
                if (!ok)
                {
                    Console.WriteLine($"MISS '{questions[q].Text}' want [{string.Join(",", right.Select(r => ids[r]))}] got {string.Join(" ", ranked.Select(r => $"{ids[r.Entry]}:{r.Confidence:F2}(cos {features[q][r.Entry][0]:F2} cen {features[q][r.Entry][2]:F2} lex {features[q][r.Entry][4]:F2})"))}");
                }
            }
        }

        Console.WriteLine($"faq-calibration: threshold {best.Threshold}, weights [{string.Join(", ", FaqFeatures.Names.Zip(weights, (f, w) => $"{f} {w:F2}"))}], bias {bias:F2} → {FaqCalibration.SourcePath}");
        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

// Plain batch gradient descent on the logistic loss with a little L2; every question weighs the same in total
// (its right entries half, its wrong entries half), so long lists of easy negatives do not drown the positives.
static (double[] Weights, double Bias) FitLogistic(List<double[][]> features, List<HashSet<int>> right)
{
    var count = FaqFeatures.Count;
    var weights = new double[count];
    var bias = 0.0;
    const double rate = 2.0;
    const double l2 = 1e-3;
    for (var iteration = 0; iteration < 20000; iteration++)
    {
        var gradient = new double[count];
        var biasGradient = 0.0;
        var totalWeight = 0.0;
        for (var q = 0; q < features.Count; q++)
        {
            var rows = features[q];
            var positives = right[q].Count;
            var negatives = rows.Length - positives;
            for (var e = 0; e < rows.Length; e++)
            {
                var isRight = right[q].Contains(e);
                var sampleWeight = isRight ? 0.5 / positives : (positives == 0 ? 1.0 : 0.5) / negatives;
                var z = bias;
                for (var i = 0; i < count; i++)
                {
                    z += weights[i] * rows[e][i];
                }

                var error = (1 / (1 + Math.Exp(-z))) - (isRight ? 1 : 0);
                for (var i = 0; i < count; i++)
                {
                    gradient[i] += sampleWeight * error * rows[e][i];
                }

                biasGradient += sampleWeight * error;
                totalWeight += sampleWeight;
            }
        }

        for (var i = 0; i < count; i++)
        {
            weights[i] -= rate * ((gradient[i] / totalWeight) + (l2 * weights[i]));
        }

        bias -= rate * biasGradient / totalWeight;
    }

    return (weights, bias);
}

static (int Top1, int Top3, int Rejected) Measure(List<double[][]> features, List<(string Text, HashSet<int> Right)> questions, double[] weights, double bias, double threshold)
{
    var (top1, top3, rejected) = (0, 0, 0);
    for (var q = 0; q < features.Count; q++)
    {
        var ranked = features[q]
            .Select((row, e) => (Entry: e, Confidence: 1 / (1 + Math.Exp(-(bias + row.Zip(weights, (x, w) => x * w).Sum())))))
            .OrderByDescending(x => x.Confidence)
            .Take(3)
            .Where(x => x.Confidence >= threshold)
            .ToList();
        if (questions[q].Right.Count == 0)
        {
            rejected += ranked.Count == 0 ? 1 : 0;
            continue;
        }

        top1 += ranked.Count > 0 && questions[q].Right.Contains(ranked[0].Entry) ? 1 : 0;
        top3 += ranked.Any(x => questions[q].Right.Contains(x.Entry)) ? 1 : 0;
    }

    return (top1, top3, rejected);
}
