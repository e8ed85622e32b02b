using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainCoach.Language;

namespace PainCoach.RedFlags.Semantic;

/// <summary>One seen text: a red flag (tier and sign) or ordinary (<see cref="Tier"/> null), and whose writing it is.</summary>
public sealed record SeenText(string Text, AlertLevel? Tier, string? Sign, string Writer);

/// <summary>A text or one of its clauses, with what the channel needs to know about it.</summary>
/// <param name="Item">The index of its text.</param>
/// <param name="Text">The words read.</param>
/// <param name="Whole">The whole text, not a clause.</param>
/// <param name="Guarded">The channel may not read it (<see cref="RedFlagClauses.Read"/>); a whole text is guarded when any clause is.</param>
/// <param name="PhraseSign">The phrase screen reads a sign in it.</param>
public sealed record TextUnit(int Item, string Text, bool Whole, bool Guarded, bool PhraseSign);

/// <summary>What leaving each writer out gave at one slack, for one writer (or all).</summary>
/// <param name="Ordinary">Ordinary texts.</param>
/// <param name="AddedFalse">Ordinary texts the combined screen raises above the phrase screen.</param>
/// <param name="Red">Red-flag texts.</param>
/// <param name="Phrase">Red flags the phrase screen catches at their tier or higher.</param>
/// <param name="ChannelAlone">Red flags the channel alone raises to their tier or higher.</param>
/// <param name="Added">Red flags caught by the combined screen and not by the phrase screen.</param>
/// <param name="Emergencies">Emergency red flags.</param>
/// <param name="PhraseEmergencies">Emergencies the phrase screen calls emergency.</param>
/// <param name="AddedEmergencies">Emergencies the combined screen calls emergency and the phrase screen does not.</param>
public sealed record WriterFigures(int Ordinary, int AddedFalse, int Red, int Phrase, int ChannelAlone, int Added, int Emergencies, int PhraseEmergencies, int AddedEmergencies);

/// <summary>The leave-writer-out run: the slack chosen, the figures per slack and writer, and what ships.</summary>
public sealed record LeaveWriterOutResult(
    double Slack,
    IReadOnlyList<string> Writers,
    IReadOnlyDictionary<(double Slack, string Writer), WriterFigures> Figures,
    float[][] Weights,
    double[] Thresholds);

/// <summary>
/// How the semantic channel's model is made (scripts/redflag-semantic.sh; docs/triage.md, third try): the seen texts
/// of every training writer, their clauses, the clause exemplars, and the slack, chosen leaving each writer out: the
/// least with which no left-out writer's ordinary text gets an alert the phrase screen alone does not give. Never at
/// start-up; never reads a held-out file.
/// </summary>
public static partial class SemanticRedFlagTraining
{
    /// <summary>The slacks tried, least first.</summary>
    public static readonly IReadOnlyList<double> Slacks = [.. Enumerable.Range(0, 26).Select(i => i * 0.02)];

    /// <summary>One writer per file: the parts written in one file each (ordinary and red flags together).</summary>
    public static readonly IReadOnlyList<string> CombinedParts =
        ["tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10",
         "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"];

    /// <summary>The FAQ's tuning questions, read as ordinary text of the writer "faq" (never a held-out FAQ file).</summary>
    public static readonly IReadOnlyList<string> FaqParts =
        ["faq-evaluation-v2.tuning.json", "faq-evaluation-v2.tuning-more.json", "faq-evaluation-v3.tuning.json", "faq-evaluation-v3.tuning4.json"];

    private const string RedFlagDirectory = "tests/PainCoach.Tests/RedFlags/";
    private const string FaqDirectory = "tests/PainCoach.Tests/Faq/";
    private static readonly string[] WarningSignEntries = ["swollen-calf", "emergency-signs"];

    /// <summary>The red-flag parts kept for the ship decision: never read to fit or choose anything.</summary>
    [GeneratedRegex(@"corpus-heldout(?:9|1[0-2])\.json$|\.heldout\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NeverRead();

    /// <summary>Every seen text the model is fitted on, by writer.</summary>
    public static IReadOnlyList<SeenText> ReadSeen(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var items = new List<SeenText>();
        foreach (var (parts, writer) in new[] { (new[] { "tuning", "heldout1" }, "first"), (["heldout2"], "heldout2") })
        {
            foreach (var part in parts)
            {
                using (var red = Open(open, $"{RedFlagDirectory}corpus-red-flags.{part}.json"))
                {
                    items.AddRange(red.RootElement.GetProperty("sentences").EnumerateArray().Select(s => RedItem(s, writer)));
                }

                using var ordinary = Open(open, $"{RedFlagDirectory}corpus-ordinary.{part}.json");
                items.AddRange(ordinary.RootElement.GetProperty("sentences").EnumerateArray().Select(s => new SeenText(s.GetString()!, null, null, writer)));
            }
        }

        foreach (var part in CombinedParts)
        {
            items.AddRange(Combined(open, $"{RedFlagDirectory}corpus-{part}.json", part));
        }

        foreach (var path in FaqParts)
        {
            using var faq = Open(open, FaqDirectory + path);
            items.AddRange(faq.RootElement.GetProperty("inScope").EnumerateArray()
                .Where(q => !q.GetProperty("expect").EnumerateArray().Any(e => WarningSignEntries.Contains(e.GetString())))
                .Select(q => new SeenText(q.GetProperty("q").GetString()!, null, null, "faq")));
        }

        return items;
    }

    /// <summary>A combined corpus file (ordinary and red flags of one writer).</summary>
    public static IReadOnlyList<SeenText> Combined(Func<string, Stream> open, string path, string writer)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var document = Open(open, path);
        return [.. document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => new SeenText(s.GetString()!, null, null, writer)),
            .. document.RootElement.GetProperty("redFlags").EnumerateArray().Select(s => RedItem(s, writer))];
    }

    private static SeenText RedItem(JsonElement s, string writer) =>
        new(s.GetProperty("text").GetString()!, ParseTier(s.GetProperty("tier").GetString()!), s.GetProperty("sign").GetString(), writer);

    private static JsonDocument Open(Func<string, Stream> open, string path)
    {
        if (NeverRead().IsMatch(path))
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

    /// <summary>Every text whole, and its clauses when it has more than one, each with its guard (as the channel reads them).</summary>
    public static List<TextUnit> Units(IReadOnlyList<string> texts, FreeTextRedFlagScreen screen)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(screen);
        var units = new List<TextUnit>();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var (clauses, guarded, wholeGuarded) = RedFlagClauses.Read(text, screen);
            units.Add(new TextUnit(i, text, Whole: true, wholeGuarded, screen.Read(text).Signs.Count > 0));
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
    public static (float[] X, int[] Y) ClauseExemplars(IReadOnlyList<SeenText> items, IReadOnlyList<TextUnit> units, Func<string, float[]> vector, Func<int, bool> chosen)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(chosen);
        var picked = units.Where(u => chosen(u.Item) && (u.Whole || items[u.Item].Tier is null || u.PhraseSign)).ToList();
        var x = new float[picked.Count * SentenceEmbedder.Dimensions];
        var y = new int[picked.Count];
        for (var k = 0; k < picked.Count; k++)
        {
            vector(picked[k].Text).CopyTo(x, k * SentenceEmbedder.Dimensions);
            y[k] = ClassOf(items[picked[k].Item].Tier);
        }

        return (x, y);
    }

    public static int ClassOf(AlertLevel? tier) => tier is { } level ? (int)level + 1 : 0;

    /// <summary>Per text and tier, P(that tier or higher): the highest over its units that are read (not guarded).</summary>
    public static double[][] TextScores(int count, IReadOnlyList<TextUnit> units, IReadOnlyList<double[]?> probabilities)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(probabilities);
        var scores = new double[count][];
        for (var i = 0; i < count; i++)
        {
            scores[i] = new double[RedFlagTierModel.Classes - 1];
        }

        for (var u = 0; u < units.Count; u++)
        {
            if (probabilities[u] is not { } p || units[u].Guarded)
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

    /// <summary>
    /// The third try's fixed rule. Each writer is left out in turn: a model fitted on the others scores it (its
    /// out-of-fold scores). For a left-out writer, the thresholds are the highest out-of-fold score of the other
    /// writers' ordinary texts plus a slack; the slack is the least on the grid with which no left-out writer's
    /// ordinary text is raised above the phrase screen's level. What ships: the model refitted on every writer, with
    /// thresholds from every writer's out-of-fold ordinary scores plus that slack.
    /// </summary>
    /// <param name="items">The seen texts.</param>
    /// <param name="units">Their units (<see cref="Units"/>).</param>
    /// <param name="vector">The sentence vector of a unit's text.</param>
    /// <param name="phraseLevels">The phrase screen's level of each text.</param>
    /// <param name="progress">Where progress lines go.</param>
    public static LeaveWriterOutResult LeaveWriterOut(IReadOnlyList<SeenText> items, IReadOnlyList<TextUnit> units, Func<string, float[]> vector, IReadOnlyList<AlertLevel?> phraseLevels, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(phraseLevels);
        var writers = items.Select(i => i.Writer).Distinct().ToList();
        var ordinary = items.Select(i => i.Tier is null).ToList();
        var probabilities = new double[units.Count][];
        var gate = new object();
        Parallel.ForEach(writers, new ParallelOptions { MaxDegreeOfParallelism = 2 }, writer =>
        {
            var (x, y) = ClauseExemplars(items, units, vector, i => items[i].Writer != writer);
            var weights = RedFlagTierModel.Fit(x, y);
            for (var u = 0; u < units.Count; u++)
            {
                if (items[units[u].Item].Writer == writer)
                {
                    probabilities[u] = RedFlagTierModel.Probabilities(weights, vector(units[u].Text));
                }
            }

            lock (gate)
            {
                progress?.Invoke($"  fitted without {writer} ({y.Length} exemplars)");
            }
        });

        var scores = TextScores(items.Count, units, probabilities);
        var figures = new Dictionary<(double, string), WriterFigures>();
        double? chosen = null;
        foreach (var slack in Slacks)
        {
            var totalFalse = 0;
            foreach (var writer in writers)
            {
                var thresholds = RedFlagTierModel.ChooseThresholds(ordinary, scores, i => items[i].Writer != writer, slack);
                var levels = items.Select((item, i) => item.Writer == writer ? RedFlagTierModel.LevelOf(scores[i], thresholds) : null).ToList();
                var f = Figures(items, phraseLevels, levels, i => items[i].Writer == writer);
                figures[(slack, writer)] = f;
                totalFalse += f.AddedFalse;
            }

            if (totalFalse == 0 && chosen is null)
            {
                chosen = slack;
            }
        }

        var slackChosen = chosen ?? Slacks[^1];
        var shipped = RedFlagTierModel.ChooseThresholds(ordinary, scores, _ => true, slackChosen);
        var (allX, allY) = ClauseExemplars(items, units, vector, _ => true);
        progress?.Invoke($"  refitting on every writer ({allY.Length} exemplars)");
        return new LeaveWriterOutResult(slackChosen, writers, figures, RedFlagTierModel.Fit(allX, allY), shipped);
    }

    /// <summary>The counts of <see cref="WriterFigures"/> for the texts <paramref name="which"/> picks.</summary>
    public static WriterFigures Figures(IReadOnlyList<SeenText> items, IReadOnlyList<AlertLevel?> phrase, IReadOnlyList<AlertLevel?> channel, Func<int, bool> which)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(which);
        int ordinary = 0, addedFalse = 0, red = 0, byPhrase = 0, alone = 0, added = 0, emergencies = 0, phraseEmergencies = 0, addedEmergencies = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (!which(i))
            {
                continue;
            }

            var combined = Max(phrase[i], channel[i]);
            if (items[i].Tier is not { } tier)
            {
                ordinary++;
                addedFalse += combined > phrase[i] || (phrase[i] is null && combined is not null) ? 1 : 0;
                continue;
            }

            red++;
            byPhrase += phrase[i] >= tier ? 1 : 0;
            alone += channel[i] >= tier ? 1 : 0;
            added += combined >= tier && !(phrase[i] >= tier) ? 1 : 0;
            if (tier == AlertLevel.Emergency)
            {
                emergencies++;
                phraseEmergencies += phrase[i] == AlertLevel.Emergency ? 1 : 0;
                addedEmergencies += combined == AlertLevel.Emergency && phrase[i] != AlertLevel.Emergency ? 1 : 0;
            }
        }

        return new WriterFigures(ordinary, addedFalse, red, byPhrase, alone, added, emergencies, phraseEmergencies, addedEmergencies);
    }

    /// <summary>The higher of two levels (either may be none).</summary>
    public static AlertLevel? Max(AlertLevel? a, AlertLevel? b) => a is null ? b : b is null ? a : (AlertLevel)Math.Max((int)a, (int)b);
}
