// Replays the red-flag screen on seen corpus parts with an earlier phrase file; run through scripts/redflag-replay.sh.
//   PainCoach.RedFlagReplay PHRASES.json [--graft CURRENT.json] [--show] PART...
//   PainCoach.RedFlagReplay PHRASES.json --ask [--why] [--program Heel|Back|Both] TEXT...  what the screen reads in each
//       text (--why: which phrase; --program: the alert as texted by a subscriber to that program)
//   PainCoach.RedFlagReplay PHRASES.json --time [--rounds N] PART...  mean screening time per text of those parts over N
//       passes after a warm-up (5 by default; fewer, shorter runs interleave better when two builds are compared)
//   PainCoach.RedFlagReplay PHRASES.json --profile [--all] PART...  time of each pattern over those parts' sentences, costliest
//       first (the 40 costliest; --all: every pattern; --gates: each pattern's literal gate instead of its time; --gated:
//       each pattern timed behind its literal gate, as the screen runs it)
//   PainCoach.RedFlagReplay PHRASES.json --dump [--programs] all  every output of the screen for every text of every read
//       corpus file and every probe line, one block per text, to diff two builds (a speed-up must not change a byte)
// --graft copies CURRENT's concept phrases (those with "backNamed") into the matching signs of PHRASES, and the word lists
// PHRASES does not have, so the old wording data runs with today's concept phrases. PART is a corpus part of
// tests/PainCoach.Tests/RedFlags (tuning, heldout1 to heldout4, tuning2, ...); fresh held-out parts are refused.
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Globalization;
using PainCoach;
using PainCoach.RedFlags;

var show = args.Contains("--show");
var graftIndex = Array.IndexOf(args, "--graft");
var graft = graftIndex >= 0 ? args[graftIndex + 1] : null;
var programIndex = Array.IndexOf(args, "--program"); // --ask --program Heel|Back|Both: texted by a subscriber
var roundsIndex = Array.IndexOf(args, "--rounds"); // --time --rounds N
BodyArea? askProgram = programIndex >= 0 ? Enum.Parse<BodyArea>(args[programIndex + 1], ignoreCase: true) : null;
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (graftIndex < 0 || i != graftIndex + 1) && (programIndex < 0 || i != programIndex + 1) && (roundsIndex < 0 || i != roundsIndex + 1)).ToList();
if (positional.Count < 2)
{
    Console.Error.WriteLine("usage: PainCoach.RedFlagReplay PHRASES.json [--graft CURRENT.json] [--show] PART...");
    return 2;
}

var parts = positional.Skip(1).ToList();
if (!args.Contains("--ask") && parts.Any(p => p.Contains("heldout", StringComparison.OrdinalIgnoreCase) && !ConsumedHeldOutParts.Contains(p)))
{
    Console.Error.WriteLine("only seen parts: fresh held-out parts are never replayed here.");
    return 2;
}

var data = JsonNode.Parse(File.ReadAllText(positional[0]), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
var grafted = 0;
if (graft is not null)
{
    var current = JsonNode.Parse(File.ReadAllText(graft), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
    var words = data["words"]!.AsObject();
    foreach (var (name, value) in current["words"]!.AsObject())
    {
        if (!words.ContainsKey(name))
        {
            words[name] = value!.DeepClone();
        }
    }

    var oldSigns = data["signs"]!.AsArray().ToDictionary(s => (string)s!["id"]!);
    foreach (var sign in current["signs"]!.AsArray())
    {
        foreach (var phrase in sign!["phrases"]!.AsArray().Where(p => p!["backNamed"] is not null))
        {
            oldSigns[(string)sign["id"]!]!["phrases"]!.AsArray().Add(phrase!.DeepClone());
            grafted++;
        }
    }
}

var corpora = Path.Combine("tests", "PainCoach.Tests", "RedFlags"); // run from the repository root
using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data.ToJsonString()));
var screen = new FreeTextRedFlagScreen(RedFlagPhrases.Load(stream));
Console.WriteLine($"phrases {positional[0]}; concept phrases grafted: {grafted}");
if (args.Contains("--dump"))
{
    // Every read corpus file and every probe line (the whole line, and the text after a "tier|"), in a fixed order.
    var all = new List<string>();
    foreach (var file in Directory.GetFiles(corpora, "corpus-*.json").Order(StringComparer.Ordinal))
    {
        var name = Path.GetFileNameWithoutExtension(file);
        if (System.Text.RegularExpressions.Regex.Match(name, @"heldout(\d+)$") is { Success: true } m && !ConsumedHeldOutParts.Contains($"heldout{m.Groups[1].Value}"))
        {
            continue; // a fresh part is never read here
        }

        var root = JsonNode.Parse(File.ReadAllText(file))!;
        foreach (var key in new[] { "ordinary", "redFlags", "sentences" })
        {
            foreach (var item in root[key]?.AsArray() ?? [])
            {
                all.Add(item is JsonObject o ? (string)o["text"]! : (string)item!);
            }
        }
    }

    foreach (var file in Directory.GetFiles(Path.Combine("tools", "PainCoach.RedFlagReplay", "probes"), "*.txt").Order(StringComparer.Ordinal))
    {
        foreach (var line in File.ReadAllLines(file))
        {
            all.Add(line);
            if (line.IndexOf('|') is var bar and >= 0)
            {
                all.Add(line[(bar + 1)..]);
            }
        }
    }

    BodyArea?[] programs = args.Contains("--programs") ? [null, BodyArea.Heel, BodyArea.Back, BodyArea.Both] : [null];
    var output = new System.Text.StringBuilder();
    foreach (var text in all)
    {
        output.Append("== ").Append(text).Append('\n');
        var reading = screen.Read(text);
        output.Append(CultureInfo.InvariantCulture, $"  read area {reading.Area}; signs {string.Join(", ", reading.Signs.Order(StringComparer.Ordinal))}; general {reading.GeneralQuestion}; not theirs {reading.NotAboutThePerson}; area open {reading.LeavesTheAreaOpen}\n");
        foreach (var program in programs)
        {
            var alert = screen.Screen(text, program);
            output.Append(CultureInfo.InvariantCulture, $"  [{program?.ToString() ?? "none"}] {alert?.Level.ToString() ?? "no alert"} {(alert is null ? "" : $"{alert.Message} | {string.Join(", ", alert.Flags.Select(f => f.Id))}")}\n");
            output.Append(CultureInfo.InvariantCulture, $"  [{program?.ToString() ?? "none"}] safety {screen.SafetyCheckFor(text, program) ?? "none"}\n");
        }

        // What --ask --why reports.
        var sentences = screen.Sentences(text).Select(screen.WithoutAskedQuestion).ToList();
        var backNamed = reading.Area is PainArea.Back or PainArea.Any;
        foreach (var sign in screen.Phrases.Signs.Where(s => reading.Signs.Contains(s.Id)))
        {
            foreach (var (phrase, index) in sign.Phrases.Select((p, i) => (p, i)))
            {
                foreach (var sentence in sentences.Where(x => screen.Matches(phrase, x, sign, backNamed)))
                {
                    output.Append(CultureInfo.InvariantCulture, $"    {sign.Id}.phrases[{index}] in \"{sentence.Text}\"\n");
                }
            }
        }
    }

    Console.Out.Write(output.ToString());
    Console.Error.WriteLine($"{all.Count} texts dumped");
    return 0;
}

if (args.Contains("--time"))
{
    // Mean time per text over every sentence of the given parts, after a warm-up pass: compares phrase files under
    // the same machine load (BenchmarkDotNet's FaqBenchmarks.ScreenRedFlags measures single questions).
    var texts = parts.SelectMany(p => { var (o, r) = Load(corpora, p); return o.Concat(r.Select(x => x.Text)); }).ToList();
    foreach (var t in texts)
    {
        screen.Screen(t);
    }

    var clock = System.Diagnostics.Stopwatch.StartNew();
    var rounds = 5;
    if (roundsIndex >= 0 && !(roundsIndex + 1 < args.Length && int.TryParse(args[roundsIndex + 1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) && rounds > 0))
    {
        Console.Error.WriteLine("--rounds takes a whole number of passes, 1 or more");
        return 2;
    }

    for (var round = 0; round < rounds; round++)
    {
        foreach (var t in texts)
        {
            screen.Screen(t);
        }
    }

    Console.WriteLine($"{texts.Count} texts x {rounds}: {clock.Elapsed.TotalMicroseconds / (texts.Count * rounds):F0} us per text");
    return 0;
}

if (args.Contains("--profile"))
{
    // Time per pattern over every normalised sentence of the given parts: which phrase parts, idioms and negation
    // patterns cost the most (the screen runs each on every sentence).
    var sentences = parts.SelectMany(p => { var (o, r) = Load(corpora, p); return o.Concat(r.Select(x => x.Text)); })
        .SelectMany(t => screen.Sentences(t)).Select(s => s.Text).ToList();
    var patterns = new List<(string Where, System.Text.RegularExpressions.Regex Pattern)>();
    foreach (var sign in screen.Phrases.Signs)
    {
        foreach (var (phrase, index) in sign.Phrases.Select((p, i) => (p, i)))
        {
            foreach (var (part, k) in phrase.Parts.Select((p, i) => (p, i)))
            {
                patterns.Add(($"{sign.Id}.phrases[{index}].part{k}", part.Pattern));
            }
        }

        if (sign.Unless is { } unless) patterns.Add(($"{sign.Id}.unless", unless));
        if (sign.NotBefore is { } notBefore) patterns.Add(($"{sign.Id}.notBefore", notBefore));
        if (sign.NotAfter is { } notAfter) patterns.Add(($"{sign.Id}.notAfter", notAfter));
    }

    foreach (var (idiom, index) in screen.Phrases.Idioms.Select((p, i) => (p, i)))
    {
        patterns.Add(($"idioms[{index}]", idiom));
    }

    // The question answered no is cut from every sentence before the signs are read (WithoutAskedQuestion).
    if (screen.Phrases.Negation.DeniedAfterAsked is { } denied) patterns.Add(("negation.deniedAfterAsked", denied));
    if (args.Contains("--gates"))
    {
        // --profile --gates: the literal gate of each pattern (LiteralGate.cs), "(none)" where it is off.
        foreach (var (where, pattern) in patterns)
        {
            Console.WriteLine($"{where}: {LiteralGate.For(pattern)}");
        }

        return 0;
    }

    // --gated: each pattern behind its literal gate, as the screen runs it, so a widening that opens a gate shows; still
    // every pattern on every sentence, while the screen runs unless / notBefore / notAfter and later parts only after a match.
    var gated = args.Contains("--gated");
    var costs = new List<(string Where, double Microseconds, int Hits)>();
    foreach (var (where, pattern) in patterns)
    {
        var gate = gated ? LiteralGate.For(pattern) : LiteralGate.Open;
        var hits = 0;
        foreach (var text in sentences) hits += gate.MayMatch(text) && pattern.IsMatch(text) ? 1 : 0; // warm-up
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in sentences) _ = gate.MayMatch(text) && pattern.IsMatch(text);
        }

        costs.Add((where, clock.Elapsed.TotalMicroseconds / 3, hits));
    }

    var total = costs.Sum(c => c.Microseconds);
    Console.WriteLine($"{patterns.Count} patterns over {sentences.Count} sentences: {total / sentences.Count:F0} us per sentence in all");
    foreach (var kind in costs.GroupBy(c => c.Where.Contains(".part", StringComparison.Ordinal) ? c.Where[(c.Where.LastIndexOf('.') + 1)..] : c.Where.StartsWith("idioms", StringComparison.Ordinal) ? "idioms" : c.Where[(c.Where.LastIndexOf('.') + 1)..]))
    {
        Console.WriteLine($"  {kind.Key,-10} {kind.Count(),4} patterns {kind.Sum(c => c.Microseconds) / sentences.Count,8:F0} us/sentence");
    }

    foreach (var (where, us, hits) in costs.OrderByDescending(c => c.Microseconds).Take(args.Contains("--all") ? int.MaxValue : 40)) // --all: every pattern
    {
        Console.WriteLine($"{us / sentences.Count,8:F2} us/sentence {us / total,6:P1} hits {hits,5}  {where}");
    }

    return 0;
}

if (args.Contains("--ask"))
{
    // The other arguments are texts, not parts: what the screen reads in each, and the alert.
    foreach (var text in parts)
    {
        var reading = screen.Read(text);
        Console.WriteLine($"{screen.Screen(text, askProgram)?.Level.ToString() ?? "no alert"} (area {reading.Area}; signs {string.Join(", ", reading.Signs.Order())}): {text}");
        if (args.Contains("--sentences"))
        {
            // The sentences as the screen reads them, after every spelling and language form (round 30).
            foreach (var sentence in screen.Sentences(text))
            {
                Console.WriteLine($"    read \"{sentence.Text}\"");
            }
        }

        if (args.Contains("--why"))
        {
            // Which phrase of each sign read matched which normalised sentence (phrase index in red-flag-phrases.json).
            var sentences = screen.Sentences(text).Select(screen.WithoutAskedQuestion).ToList();
            var backNamed = reading.Area is PainArea.Back or PainArea.Any;
            foreach (var sign in screen.Phrases.Signs.Where(s => reading.Signs.Contains(s.Id)))
            {
                foreach (var (phrase, index) in sign.Phrases.Select((p, i) => (p, i)))
                {
                    foreach (var sentence in sentences.Where(x => screen.Matches(phrase, x, sign, backNamed)))
                    {
                        Console.WriteLine($"    {sign.Id}.phrases[{index}] in \"{sentence.Text}\"");
                    }
                }
            }
        }
    }

    return 0;
}

foreach (var part in parts)
{
    var (ordinary, redFlags) = Load(corpora, part);
    var falseAlerts = ordinary.Select(t => (Text: t, Alert: screen.Screen(t))).Where(x => x.Alert is not null).ToList();
    var results = redFlags.Select(r => (R: r, Level: screen.Screen(r.Text)?.Level)).ToList();
    var caught = results.Count(x => x.Level >= Level(x.R.Tier));
    var emergencies = results.Where(x => x.R.Tier == "emergency").ToList();
    Console.WriteLine($"{part}: false alerts {falseAlerts.Count}/{ordinary.Count}; caught at tier or higher {caught}/{results.Count} ({(double)caught / results.Count:P1}); emergency {emergencies.Count(x => x.Level == AlertLevel.Emergency)}/{emergencies.Count}");
    foreach (var group in emergencies.GroupBy(x => x.R.Sign).OrderBy(g => g.Key))
    {
        Console.WriteLine($"  {group.Key,-20} {group.Count(x => x.Level == AlertLevel.Emergency)}/{group.Count()}");
    }

    if (show)
    {
        foreach (var (text, alert) in falseAlerts)
        {
            Console.WriteLine($"  FALSE ALERT {alert!.Level} ({(alert.Flags.Count > 0 ? alert.Flags[0].Id : "crisis line alone")}): {text}");
        }

        foreach (var (r, level) in results.Where(x => !(x.Level >= Level(x.R.Tier))))
        {
            Console.WriteLine($"  MISSED {r.Tier}/{r.Sign} got {level?.ToString() ?? "none"}: {r.Text}");
        }
    }
}

return 0;

static AlertLevel Level(string tier) => tier switch
{
    "emergency" => AlertLevel.Emergency,
    "urgent" => AlertLevel.Urgent,
    "see_clinician" => AlertLevel.SeeClinician,
    _ => throw new InvalidDataException($"Unknown tier '{tier}'."),
};

static (List<string> Ordinary, List<Sentence> RedFlags) Load(string folder, string part)
{
    var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    var combined = Path.Combine(folder, $"corpus-{part}.json");
    if (File.Exists(combined))
    {
        var file = JsonSerializer.Deserialize<Combined>(File.ReadAllText(combined), options)!;
        return (file.Ordinary, file.RedFlags);
    }

    var ordinary = JsonSerializer.Deserialize<Sentences<string>>(File.ReadAllText(Path.Combine(folder, $"corpus-ordinary.{part}.json")), options)!;
    var redFlags = JsonSerializer.Deserialize<Sentences<Sentence>>(File.ReadAllText(Path.Combine(folder, $"corpus-red-flags.{part}.json")), options)!;
    return (ordinary.Items, redFlags.Items);
}

internal sealed record Sentence(string Text, string Tier, string Sign);

internal sealed record Combined(List<string> Ordinary, List<Sentence> RedFlags);

internal sealed record Sentences<T>([property: System.Text.Json.Serialization.JsonPropertyName("sentences")] List<T> Items);

internal static partial class Program
{
    /// <summary>
    /// Held-out parts that were scored, then consumed as tuning data: the read parts of the corpora's part list
    /// (tests/PainCoach.Tests/RedFlags/parts.json; run from the repository root). Every other held-out part stays fresh.
    /// </summary>
    private static readonly HashSet<string> ConsumedHeldOutParts = ReadPartsListed();

    private static HashSet<string> ReadPartsListed()
    {
        using var list = JsonDocument.Parse(File.ReadAllText(Path.Combine("tests", "PainCoach.Tests", "RedFlags", "parts.json")));
        return [.. list.RootElement.GetProperty("read").EnumerateArray().Select(part => part.GetString()!)];
    }
}
