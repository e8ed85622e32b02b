// Builds and measures the red-flag screen's second reading; run through scripts/second-reading.sh from the repository root.
//   build                 encode every message of the read corpus parts and probe sets → src/PainCoach/RedFlags/red-flag-neighbours.bin
//   ask TEXT...           each text's level by the phrases alone and by the screen with the second reading
//   measure [PART|FILE]...  the rule on the read parts and probe sets, each left out of the bank in turn (false alerts added on
//                         ordinary messages, red flags newly caught at their tier); then, counts only, on each fresh PART of
//                         the corpora folder or private FILE (a writer's JSON), with the whole bank: the phrases alone and
//                         with the second reading. It prints no message of a fresh part; --show prints every read message
//                         whose level the second reading changes; --misses counts each fresh part's misses by sign and by
//                         how they were missed (nothing read, read but no alert, below tier), still without a text;
//                         --without-negated leaves texts said with a negation cue unread, as before round 23.
// The bank holds every corpus part listed as read in tests/PainCoach.Tests/RedFlags/parts.json (not the fresh parts, which
// stay unread until a round reads them, nor the carers', about someone else, which the second reading never reads); and every helper's probe set
// (tools/PainCoach.RedFlagReplay/probes: its ordinary lines, and its red-flag lines that name their tier).
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;

const string ProbePrefix = "probes/";
var corpora = Path.Combine("tests", "PainCoach.Tests", "RedFlags");
if (args.Length == 0 || args[0] is not ("build" or "measure" or "ask"))
{
    Console.Error.WriteLine("usage: PainCoach.SecondReading build | ask TEXT... | measure [PART|FILE]...");
    return 2;
}

var probes = Path.Combine("tools", "PainCoach.RedFlagReplay", "probes");
var readParts = ReadParts(corpora).Concat(ProbeParts(probes)).ToList();
using var embedder = SentenceEmbedder.LoadShipped();
if (args[0] == "build")
{
    var started = Stopwatch.StartNew();
    var messages = readParts.SelectMany((part, index) => PartMessages(part).Select(m => (Part: part, PartIndex: index, m.Tier, m.Text))).ToList();
    var marks = new FreeTextRedFlagScreen();
    var vectors = new sbyte[messages.Count * SentenceEmbedder.Dimensions];
    var scales = new float[messages.Count];
    Parallel.For(0, messages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m =>
    {
        var (values, scale) = LabelledMessages.Quantise(embedder.Embed(messages[m].Text));
        values.CopyTo(vectors, m * SentenceEmbedder.Dimensions);
        scales[m] = scale;
    });
    var bank = new LabelledMessages(
        SentenceEmbedder.ModelName,
        FaqVectors.HashFile(embedder.ModelPath),
        LabelledMessages.HashTexts(messages.Select(m => (m.Part, m.Tier, m.Text))),
        readParts,
        vectors,
        scales,
        [.. messages.Select(m => m.Tier)],
        [.. messages.Select(m => marks.SaidWithNegation(m.Text))],
        [.. messages.Select(m => (ushort)m.PartIndex)]);
    using (var file = File.Create(LabelledMessages.SourcePath))
    {
        bank.Write(file);
    }

    Console.WriteLine($"second reading: {bank.Count} messages of {readParts.Count} parts in {started.ElapsedMilliseconds} ms → {LabelledMessages.SourcePath}");
    return 0;
}

var shipped = LabelledMessages.Read(File.OpenRead(LabelledMessages.SourcePath));

// --without-negated: texts said with a negation cue left unread, as before round 23 (to measure what reading them adds).
var readsNegated = !args.Contains("--without-negated");
if (args[0] == "ask")
{
    var phrases = new FreeTextRedFlagScreen();
    var screen = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new SecondReading(embedder, shipped));
    foreach (var text in args.Skip(1))
    {
        Console.WriteLine($"{Name(phrases.Screen(text)?.Level)} -> {Name(screen.Screen(text)?.Level)}: {text}");
    }

    return 0;
}

if (!shipped.Parts.SequenceEqual(readParts))
{
    Console.Error.WriteLine("the bank is stale: run scripts/second-reading.sh build");
    return 1;
}

// Each read part against a bank without it: the phrases read every text; the second reading embeds the text's English
// rendering, as shipped (the bank stores texts as written).
var phrasesOnly = new FreeTextRedFlagScreen();
var figures = new Figures();
var probeFigures = new Figures();
for (var p = 0; p < readParts.Count; p++)
{
    var messages = PartMessages(readParts[p]);
    var leftOut = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new SecondReading(shipped, p, embedder.Embed, readsNegated));
    var into = readParts[p].StartsWith(ProbePrefix, StringComparison.Ordinal) ? probeFigures : figures;
    foreach (var (tier, text) in messages)
    {
        var (alone, with) = (phrasesOnly.Screen(text)?.Level, leftOut.Screen(text)?.Level);
        into.Add(tier, alone, with);
        if (args.Contains("--show") && alone != with)
        {
            // Read parts and probe sets only: never a fresh part's text.
            Console.WriteLine($"  {(tier == LabelledMessages.Ordinary ? "FALSE ALERT" : "CAUGHT")} {Name(with)} ({readParts[p]}): {text}");
        }
    }
}

Console.WriteLine($"read corpus parts, each left out of the bank in turn ({readParts.Count(p => !p.StartsWith(ProbePrefix, StringComparison.Ordinal))} parts): {figures}");
Console.WriteLine($"probe sets, each left out of the bank in turn ({readParts.Count(p => p.StartsWith(ProbePrefix, StringComparison.Ordinal))} sets): {probeFigures}");
var withSecond = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new SecondReading(embedder, shipped, readsNegated));
foreach (var fresh in args.Skip(1).Where(arg => !arg.StartsWith("--", StringComparison.Ordinal)))
{
    var messages = File.Exists(fresh) ? FromFile(fresh) : Messages(corpora, fresh);
    var part = new Figures();

    // --misses: counts only, never a text: how each red flag missed as shipped was missed, by its sign. "nothing read" means
    // the phrases read no sign; "read, no alert" that they read signs no rule raises alone; "below tier" an alert under
    // the message's tier. It says which kind of reading is short, not which wording.
    var signs = args.Contains("--misses") ? SignsOf(File.Exists(fresh) ? fresh : Path.Combine(corpora, $"corpus-{fresh}.json")) : null;
    var misses = new SortedDictionary<string, int>(StringComparer.Ordinal);
    for (var m = 0; m < messages.Count; m++)
    {
        var (tier, text) = messages[m];
        var asShipped = withSecond.Screen(text)?.Level;
        part.Add(tier, phrasesOnly.Screen(text)?.Level, asShipped);
        if (signs is null || tier == LabelledMessages.Ordinary || (int?)asShipped >= tier)
        {
            continue;
        }

        var how = asShipped is not null ? "below tier" : withSecond.Read(text).Signs.Count > 0 ? "read, no alert" : "nothing read";
        foreach (var key in new[] { $"how: {how}", $"sign: {signs[m]} ({how})" })
        {
            misses[key] = misses.GetValueOrDefault(key) + 1;
        }
    }

    Console.WriteLine($"{Path.GetFileNameWithoutExtension(fresh)}: {part}");
    foreach (var (key, count) in misses)
    {
        Console.WriteLine($"  {key}: {count}");
    }
}

return 0;

List<(sbyte Tier, string Text)> PartMessages(string part) => part.StartsWith(ProbePrefix, StringComparison.Ordinal)
    ? ProbeMessages(probes, part[ProbePrefix.Length..])
    : Messages(corpora, part);

// The helpers' probe sets (NAME-ordinary.txt, NAME-red-flags.txt): near misses and signs written to test phrases both
// ways. Their ordinary lines are vetoes the corpora have few of ("back pain but i can breathe fine"); a red-flag line
// counts only with its tier ("tier|text"), as most have none.
static IEnumerable<string> ProbeParts(string folder) => Directory.GetFiles(folder, "*-ordinary.txt")
    .Select(file => ProbePrefix + Path.GetFileName(file)[..^"-ordinary.txt".Length])
    .Order(StringComparer.Ordinal);

static List<(sbyte Tier, string Text)> ProbeMessages(string folder, string name)
{
    var messages = File.ReadAllLines(Path.Combine(folder, $"{name}-ordinary.txt"))
        .Where(line => !string.IsNullOrWhiteSpace(line))
        .Select(line => (LabelledMessages.Ordinary, line)).ToList();
    var redFlags = Path.Combine(folder, $"{name}-red-flags.txt");
    if (File.Exists(redFlags))
    {
        foreach (var line in File.ReadAllLines(redFlags))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && line[..bar] is "emergency" or "urgent" or "see_clinician")
            {
                messages.Add(((sbyte)TierOf(line[..bar]), line[(bar + 1)..]));
            }
        }
    }

    return messages;
}

static AlertLevel TierOf(string tier) => tier switch
{
    "emergency" => AlertLevel.Emergency,
    "urgent" => AlertLevel.Urgent,
    "see_clinician" => AlertLevel.SeeClinician,
    _ => throw new InvalidDataException($"unknown tier {tier}"),
};

static string Name(AlertLevel? level) => level?.ToWireName() ?? "none";

// The parts listed as read in the corpora's part list, in ordinal order (the bank's order).
static List<string> ReadParts(string folder)
{
    using var list = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "parts.json")));
    return [.. list.RootElement.GetProperty("read").EnumerateArray().Select(part => part.GetString()!).Order(StringComparer.Ordinal)];
}

// A part's messages, ordinary first, each in file order; a red flag's tier is 0 see a clinician, 1 urgent, 2 emergency.
static List<(sbyte Tier, string Text)> Messages(string folder, string part)
{
    var combined = Path.Combine(folder, $"corpus-{part}.json");
    if (File.Exists(combined))
    {
        return FromFile(combined);
    }

    using var ordinary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"corpus-ordinary.{part}.json")));
    using var redFlags = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"corpus-red-flags.{part}.json")));
    return [.. ordinary.RootElement.GetProperty("sentences").EnumerateArray().Select(s => (LabelledMessages.Ordinary, s.GetString()!)),
        .. redFlags.RootElement.GetProperty("sentences").EnumerateArray().Select(RedFlag)];
}

static List<(sbyte Tier, string Text)> FromFile(string path)
{
    using var document = JsonDocument.Parse(File.ReadAllText(path));
    return [.. document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => (LabelledMessages.Ordinary, s.GetString()!)),
        .. document.RootElement.GetProperty("redFlags").EnumerateArray().Select(RedFlag)];
}

// Each message's sign in a combined part's file, in the order FromFile reads them ("" for an ordinary one), for --misses.
static List<string> SignsOf(string path)
{
    using var document = JsonDocument.Parse(File.ReadAllText(path));
    return [.. document.RootElement.GetProperty("ordinary").EnumerateArray().Select(_ => ""),
        .. document.RootElement.GetProperty("redFlags").EnumerateArray().Select(r => r.GetProperty("sign").GetString()!)];
}

static (sbyte Tier, string Text) RedFlag(JsonElement sentence) => ((sbyte)TierOf(sentence.GetProperty("tier").GetString()!), sentence.GetProperty("text").GetString()!);

/// <summary>False alerts, red flags caught at their tier and emergencies at emergency: by the phrases alone and with the second reading.</summary>
internal sealed class Figures
{
    private readonly int[] addedFalseAlertsByLevel = new int[3];
    private readonly int[] addedCatchesByTier = new int[3];
    private int ordinary, redFlags, emergencies, falseAlerts, falseAlertsWith, caught, caughtWith, emergenciesCaught, emergenciesCaughtWith;

    public void Add(sbyte tier, AlertLevel? phrases, AlertLevel? withSecond)
    {
        if (tier == LabelledMessages.Ordinary)
        {
            ordinary++;
            falseAlerts += phrases is null ? 0 : 1;
            falseAlertsWith += withSecond is null ? 0 : 1;
            if (phrases is null && withSecond is { } added)
            {
                addedFalseAlertsByLevel[(int)added]++;
            }

            return;
        }

        redFlags++;
        caught += (int?)phrases >= tier ? 1 : 0;
        caughtWith += (int?)withSecond >= tier ? 1 : 0;
        if (!((int?)phrases >= tier) && (int?)withSecond >= tier)
        {
            addedCatchesByTier[tier]++;
        }

        if (tier == (sbyte)AlertLevel.Emergency)
        {
            emergencies++;
            emergenciesCaught += phrases == AlertLevel.Emergency ? 1 : 0;
            emergenciesCaughtWith += withSecond == AlertLevel.Emergency ? 1 : 0;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ordinary} ordinary, {redFlags} red flags, {emergencies} emergencies | phrases {falseAlerts} / {caught} / {emergenciesCaught} | with the second reading {falseAlertsWith} / {caughtWith} / {emergenciesCaughtWith} (false alerts / caught at tier / emergencies); false alerts added at see a clinician / urgent / emergency {addedFalseAlertsByLevel[0]} / {addedFalseAlertsByLevel[1]} / {addedFalseAlertsByLevel[2]}; catches added by tier {addedCatchesByTier[0]} / {addedCatchesByTier[1]} / {addedCatchesByTier[2]}");
}
