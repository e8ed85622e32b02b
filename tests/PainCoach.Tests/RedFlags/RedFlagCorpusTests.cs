using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PainCoach.Faq;
using PainCoach.RedFlags;
using Xunit.Abstractions;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The free-text screen against two corpora written the way people text (tests/PainCoach.Tests/RedFlags/corpus-*.json),
/// each in three parts, plus a fourth tuning part in one file: <c>tuning</c>, which the phrase data is tuned on;
/// <c>tuning2</c> (corpus-tuning2.json, ordinary and red-flag sentences together), a third writer's indirect and
/// euphemistic wording, tuned on too; <c>heldout1</c>, held out at first and
/// measured once at first contact (docs/triage.md), then consumed: its sentences were read to close its misses, so it is
/// now tuning data too; later writers' parts (tuning3 to tuning5) and the consumed held-out parts heldout2 to heldout8.
/// Gates (issue 12): no alert on any ordinary sentence; at least 97% of red-flag sentences caught at their tier or higher;
/// every emergency one at emergency. Tuning parts show their failing sentences; a fresh held-out part reports counts per
/// sign and why misses were missed, never its sentences.
/// </summary>
public sealed partial class RedFlagCorpusTests(ITestOutputHelper output)
{
    private const double CatchGate = 0.97;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Which parts are read, fresh or the carers' (parts.json, the one list the tools read too).</summary>
    private static readonly PartList Catalog = Load<PartList>("parts.json");
    private static readonly FreeTextRedFlagScreen Screen = new();

    /// <summary>The screen the host registers for the FAQ and SMS: the phrases, then the second reading (docs/triage.md).</summary>
    private static readonly IRedFlagScreen Shipped = Registered();

    /// <summary>
    /// The screen a part is scored with. A read part is in the second reading's bank, so the second reading would find
    /// the part's own messages there: read parts are scored by the phrases alone (the second reading's figure on them is
    /// measured with each part left out of the bank, <see cref="SecondReadingLeftOutTests"/>). Fresh parts and the carers'
    /// parts are in no bank and are scored by the screen as shipped.
    /// </summary>
    private static IRedFlagScreen ScreenFor(string part) => FreshParts.Contains(part) || CarerParts.Contains(part) ? Shipped : Screen;

    /// <summary>Every part of both corpora: tuned on and consumed held-out (fresh parts are added once scored at the end of a round).</summary>
    private static readonly string[] Parts = [.. Catalog.Read, .. Catalog.Fresh];

    /// <summary>
    /// Parts written after the safety checks' word lists were fixed and never used to build them (heldout13 to heldout20;
    /// read for the screen's phrases since 2026-12-04, but the checks' words stay as they were built).
    /// </summary>
    private static readonly HashSet<string> WrittenAfterTheSafetyChecks = ["heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20"];

    /// <summary>
    /// Parts written after the safety checks and read after their figures were fixed (heldout21 to heldout24, read since
    /// the evening round of 2026-12-04, and heldout25 to heldout28, read since the night round): in neither figure, so the checks' bounds stay as first measured.
    /// </summary>
    private static readonly HashSet<string> OutsideTheSafetyCheckFigures = ["heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76", "heldout77", "heldout78", "heldout79", "heldout80", "heldout83", "heldout85", "heldout90", "heldout91", "heldout94", "heldout100", "heldout101", "heldout102", "heldout103", "heldout104", "heldout105", "heldout116", "heldout117", "heldout118", "heldout121", "heldout123", "heldout124", "heldout125", "heldout128", "heldout130", "heldout132", "heldout135"];

    /// <summary>Parts nobody who tuned the screen has read, scored with counts only (the Fresh theory below).</summary>
    private static readonly HashSet<string> FreshParts = [.. Catalog.Fresh];

    /// <summary>The parts the safety checks' word lists were built on: every part but those written or read after them.</summary>
    private static readonly string[] PartsTheSafetyChecksWereBuiltOn =
        [.. Parts.Where(part => !WrittenAfterTheSafetyChecks.Contains(part) && !FreshParts.Contains(part) && !OutsideTheSafetyCheckFigures.Contains(part))];

    // The safety check's reach and burden on the parts its word list was built on (97.7% and 1.9% when it was built),
    // and on the parts written after it, counts at the figures first measured.
    private const double ReachFloor = 0.97;
    private const double BurdenCeiling = 0.025;
    private const int FreshReachAtLeast = 173;
    private const int FreshBurdenAtMost = 20;

    /// <summary>The carers' parts (texts about someone else), scored apart from the patients' own.</summary>
    private static readonly string[] CarerParts = [.. Catalog.Carers];

    /// <summary>
    /// Whether a part is kept in one file, <c>corpus-{part}.json</c>, with ordinary and red-flag sentences together (every
    /// part since tuning2), or in two, <c>corpus-ordinary.{part}.json</c> and <c>corpus-red-flags.{part}.json</c>.
    /// </summary>
    private static bool InOneFile(string part) => EmbeddedCorpusFiles.Contains($"corpus-{part}.json");

    private static readonly HashSet<string> EmbeddedCorpusFiles = [.. typeof(RedFlagCorpusTests).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("PainCoach.Tests.RedFlags.", StringComparison.Ordinal))
        .Select(name => name["PainCoach.Tests.RedFlags.".Length..])];

    [Fact]
    public void The_corpora_are_big_enough_and_cover_every_tier()
    {
        var ordinary = Parts.SelectMany(Ordinary).ToList();
        var redFlags = Parts.SelectMany(RedFlags).ToList();

        Assert.True(ordinary.Count >= 150, $"{ordinary.Count} ordinary sentences");
        Assert.True(redFlags.Count >= 100, $"{redFlags.Count} red-flag sentences");
        Assert.Equal(["emergency", "see_clinician", "urgent"], redFlags.Select(r => r.Tier).Distinct().Order());
        Assert.All(redFlags, r => Level(r.Tier));
    }

    [Fact]
    public void Tuning_part_meets_the_gates() => AssertGates("tuning", showSentences: true);

    /// <summary>The third writer's indirect, euphemistic wording: tuning data.</summary>
    [Fact]
    public void Second_tuning_part_meets_the_gates() => AssertGates("tuning2", showSentences: true);

    /// <summary>
    /// Two more writers' tuning data (fast phone typing and slang; older adults, non-native English and voice-to-text),
    /// added after heldout2's second contact. Tuning data: failures are shown. Until their misses are closed the
    /// assertion is a floor at their first-contact figures (docs/triage.md), measured before any change for them.
    /// heldout2, heldout3 and heldout4 were fresh until 2026-12-03's evening session and scored as totals only (heldout2:
    /// first contact 3 false alerts, 101 caught, 30 emergencies, then 3/104/30, 4/114/36, 4/115/36; heldout3: 5/122/42,
    /// then 3/122/42; heldout4: scored once, 2/122/44), the fresh-text record in docs/triage.md. They are consumed now:
    /// tuning data, their sentences shown, with a floor at their last held-out figures. tuning6 (carers, parents and older
    /// people: long, hedging messages in dialect), tuning7 (clipped phone texts and half-medical wording) and tuning8 (240
    /// ordinary sentences, half of them built on the signs' words, and 60 red flags) came in the evening round, each scored
    /// once before any change for it; their rows are those first contacts. heldout5 to heldout8 (four new writers, kept
    /// outside the repository and read by nobody who tuned until 2026-12-03's night session) were scored as totals only:
    /// first contact 1/132/46, 8/131/46, 5/127/46, 8/132/47 (false alerts, caught, emergencies); second, after the
    /// precision round, 1/132/46, 7/131/46, 5/127/46, 7/132/47. They are consumed now, with a floor at that second score.
    /// tuning9 and tuning10 (night round: 200 ordinary sentences each, two thirds built on the signs' words in everyday
    /// senses, and two red flags per sign) were scored once before any change for them; their rows are those first contacts.
    /// heldout9 to heldout12 (fresh parts of the night round, scored as totals only twice: after the night round and with
    /// the semantic backup's third try, which added nothing) are consumed since 2026-12-03 23:10 UTC, floored at that score;
    /// their false alerts at 0 since the late round's rf-precision5 closed all fifteen by class.
    /// their catch and emergency floors were raised to every red flag (136 and 48 each) after the late round's rf-recall5.
    /// heldout13 to heldout20 (eight writers of 2026-12-03 late and 2026-12-04, kept outside the repository and scored as
    /// totals only at two contacts each) are consumed since the morning round of 2026-12-04, floored at their last score;
    /// their emergency floors at every emergency since rf-emerg6, their false alerts at 0 since rf-precision6 closed all
    /// twenty-five by class, and their catch floors at the figures after rf-recall6 (all three in the morning round).
    /// heldout21 to heldout24 (the morning round's four fresh writers, scored with counts only at its start and end: 15 /
    /// 516 / 183, then 14 / 523 / 184 in all) are consumed since the evening round of 2026-12-04, where rf-recall7 and
    /// rf-precision7 closed their 21 misses and 14 false alerts by class: every part at the gates now.
    /// heldout25 to heldout28 (the evening round's four fresh writers, 10 / 491 / 173 at its start and end) are consumed
    /// since the night round of 2026-12-04, where rf-recall8 and rf-precision8 closed 52 of their 53 misses (every
    /// emergency) and all 10 false alerts by class.
    /// heldout29 to heldout32 (the night round's four fresh writers, 26 / 492 / 167 at its start, 24 / 493 / 167 at its
    /// end) are read since the dawn round of 2026-12-04/05, where rf-emerg9, rf-recall9 and rf-precision9 closed 46 of
    /// their 51 misses (23 of 25 emergencies) and 23 of their 24 false alerts by class.
    /// </summary>
    [Theory]
    [InlineData("tuning3", 5, 118, 40)]
    [InlineData("tuning4", 6, 138, 45)]
    [InlineData("tuning5", 7, 167, 76)]
    [InlineData("heldout2", 4, 115, 36)]
    [InlineData("heldout3", 3, 122, 42)]
    [InlineData("heldout4", 2, 122, 44)]
    [InlineData("tuning6", 8, 107, 41)]
    [InlineData("tuning7", 4, 122, 43)]
    [InlineData("tuning8", 24, 60, 10)]
    [InlineData("heldout5", 1, 132, 46)]
    [InlineData("heldout6", 7, 131, 46)]
    [InlineData("heldout7", 5, 127, 46)]
    [InlineData("heldout8", 7, 132, 47)]
    [InlineData("tuning9", 17, 58, 10)]
    [InlineData("tuning10", 16, 52, 10)]
    [InlineData("heldout9", 0, 136, 48)]
    [InlineData("heldout10", 0, 136, 48)]
    [InlineData("heldout11", 0, 136, 48)]
    [InlineData("heldout12", 0, 136, 48)]
    [InlineData("heldout13", 0, 136, 48)]
    [InlineData("heldout14", 0, 136, 48)]
    [InlineData("heldout15", 0, 136, 48)]
    [InlineData("heldout16", 0, 136, 48)]
    [InlineData("heldout17", 0, 136, 48)]
    [InlineData("heldout18", 0, 136, 48)]
    [InlineData("heldout19", 0, 136, 48)]
    [InlineData("heldout20", 0, 136, 48)]
    [InlineData("heldout21", 0, 136, 48)]
    [InlineData("heldout22", 0, 136, 48)]
    [InlineData("heldout23", 0, 136, 48)]
    [InlineData("heldout24", 0, 136, 48)]
    [InlineData("heldout25", 0, 136, 48)]
    [InlineData("heldout26", 0, 136, 48)]
    [InlineData("heldout27", 0, 136, 48)]
    [InlineData("heldout28", 0, 135, 48)]
    [InlineData("heldout29", 0, 136, 48)]
    [InlineData("heldout30", 0, 135, 47)]
    [InlineData("heldout31", 0, 135, 47)]
    [InlineData("heldout32", 0, 133, 48)]
    [InlineData("heldout33", 0, 136, 48)]
    [InlineData("heldout34", 0, 135, 48)]
    [InlineData("heldout35", 0, 136, 48)]
    [InlineData("heldout36", 0, 136, 48)]
    [InlineData("heldout37", 0, 130, 44)]
    [InlineData("heldout38", 0, 129, 47)]
    [InlineData("heldout39", 0, 131, 48)]
    [InlineData("heldout40", 0, 136, 48)]
    [InlineData("heldout41", 0, 136, 48)]
    [InlineData("heldout42", 0, 136, 48)]
    [InlineData("heldout43", 0, 136, 48)]
    [InlineData("heldout44", 0, 136, 48)]
    [InlineData("heldout45", 0, 136, 48)]
    [InlineData("heldout46", 0, 125, 45)]
    [InlineData("heldout47", 0, 136, 48)]
    [InlineData("heldout48", 0, 136, 48)]
    [InlineData("heldout49", 0, 136, 48)]
    [InlineData("heldout50", 0, 136, 48)]
    [InlineData("heldout51", 0, 136, 48)]
    [InlineData("heldout52", 0, 136, 48)]
    [InlineData("heldout53", 0, 136, 48)]
    [InlineData("heldout54", 0, 136, 48)]
    [InlineData("heldout55", 0, 134, 46)]
    [InlineData("heldout56", 0, 131, 44)]
    [InlineData("heldout57", 0, 135, 48)]
    [InlineData("heldout58", 0, 133, 48)]
    [InlineData("heldout59", 0, 136, 48)]
    [InlineData("heldout60", 0, 136, 48)]
    [InlineData("heldout61", 0, 136, 48)]
    [InlineData("heldout62", 0, 136, 48)]
    [InlineData("heldout63", 0, 136, 48)]
    [InlineData("heldout64", 0, 135, 48)]
    [InlineData("heldout65", 0, 136, 48)]
    [InlineData("heldout66", 0, 133, 47)]
    [InlineData("heldout67", 0, 136, 48)]
    [InlineData("heldout68", 0, 136, 48)]
    [InlineData("heldout69", 0, 136, 48)]
    [InlineData("heldout70", 0, 128, 44)]
    [InlineData("heldout71", 0, 136, 48)]
    [InlineData("heldout72", 0, 136, 48)]
    [InlineData("heldout73", 0, 135, 48)]
    [InlineData("heldout74", 0, 134, 48)]
    [InlineData("heldout75", 0, 135, 48)]
    [InlineData("heldout76", 0, 134, 48)]
    [InlineData("heldout77", 0, 135, 47)]
    [InlineData("heldout78", 0, 136, 48)]
    [InlineData("heldout79", 0, 136, 48)]
    [InlineData("heldout80", 0, 135, 47)]
    [InlineData("heldout83", 0, 131, 46)]
    [InlineData("heldout85", 0, 136, 48)]
    [InlineData("heldout90", 0, 136, 48)]
    [InlineData("heldout91", 0, 134, 48)]
    [InlineData("heldout94", 0, 135, 48)]
    [InlineData("heldout100", 1, 136, 48)]
    [InlineData("heldout101", 0, 136, 48)]
    [InlineData("heldout102", 0, 132, 46)]
    [InlineData("heldout103", 0, 136, 48)]
    [InlineData("heldout104", 0, 136, 48)]
    [InlineData("heldout105", 0, 136, 48)]
    [InlineData("heldout116", 0, 135, 48)]
    [InlineData("heldout117", 1, 132, 47)]
    [InlineData("heldout118", 0, 136, 48)]
    [InlineData("heldout121", 0, 136, 48)]
    [InlineData("heldout123", 0, 136, 48)]
    [InlineData("heldout124", 0, 136, 48)]
    [InlineData("heldout125", 0, 136, 48)]
    [InlineData("heldout128", 0, 134, 48)]
    [InlineData("heldout130", 1, 130, 46)]
    [InlineData("heldout132", 0, 131, 44)]
    [InlineData("heldout135", 0, 126, 45)]
    public void Later_tuning_parts_do_not_fall_below_their_recorded_figures(string part, int falseAlertsAtMost, int caughtAtLeast, int emergenciesAtLeast) =>
        AssertFloor(part, falseAlertsAtMost, caughtAtLeast, emergenciesAtLeast, showSentences: true);

    /// <summary>
    /// The emergency gates (every emergency sentence at emergency, no ordinary sentence with an emergency alert) on the
    /// later tuning parts that are not at issue 12's full gates below, whatever their other tiers do: tuning6 and tuning8
    /// each keep one see-a-clinician alert left for clinical review. Every part at the full gates meets these too (no
    /// false alert at all, every emergency at emergency), so it is not screened twice here. Their emergency misses were
    /// closed by class in the rf-emerg3 round (docs/triage.md).
    /// </summary>
    [Theory]
    [InlineData("tuning6")]
    [InlineData("tuning8")]
    public void Later_tuning_parts_meet_the_emergency_gates(string part)
    {
        var missed = RedFlags(part).Where(r => r.Tier == "emergency" && ScreenFor(part).Screen(r.Text)?.Level != AlertLevel.Emergency).Select(r => r.Text).ToList();
        var raised = Ordinary(part).Where(text => ScreenFor(part).Screen(text)?.Level == AlertLevel.Emergency).ToList();

        Assert.True(missed.Count == 0, $"{part}: emergencies not at emergency:\n{string.Join("\n", missed)}");
        Assert.True(raised.Count == 0, $"{part}: ordinary sentences with an emergency alert:\n{string.Join("\n", raised)}");
    }

    /// <summary>
    /// Issue 12's full gates (0 false alerts, at least 97% caught at their tier or higher, every emergency at emergency)
    /// on the later tuning parts, now that their misses and false alerts were closed by class (the consumed heldout2-4
    /// since the evening round's three helpers were merged, and tuning7). tuning6 and tuning8 are not here: each keeps one
    /// ordinary sentence with a see-a-clinician alert for a cancer history long past (30 years ago; removed in 2009) and
    /// new heel or back pain, because CONTENT.md counts a cancer history whenever it was; that is left for clinical review
    /// (docs/triage.md). Their catches and emergencies are at the gates. The consumed heldout5 to heldout8 and tuning10
    /// meet every gate since the night round's four helpers were merged; tuning9 since its last false alert ("leg day
    /// destroyed me, legs feel weak going up stairs") was closed by the tired-legs rule (2026-12-04). heldout9 to heldout12 meet every gate since the late round's two helpers were merged,
    /// and heldout13 to heldout20 since the morning round's three helpers were (2026-12-04).
    /// </summary>
    [Theory]
    [InlineData("tuning3")]
    [InlineData("tuning4")]
    [InlineData("tuning5")]
    [InlineData("heldout2")]
    [InlineData("heldout3")]
    [InlineData("heldout4")]
    [InlineData("tuning7")]
    [InlineData("heldout5")]
    [InlineData("heldout6")]
    [InlineData("heldout7")]
    [InlineData("heldout8")]
    [InlineData("tuning9")]
    [InlineData("tuning10")]
    [InlineData("heldout9")]
    [InlineData("heldout10")]
    [InlineData("heldout11")]
    [InlineData("heldout12")]
    [InlineData("heldout13")]
    [InlineData("heldout14")]
    [InlineData("heldout15")]
    [InlineData("heldout16")]
    [InlineData("heldout17")]
    [InlineData("heldout18")]
    [InlineData("heldout19")]
    [InlineData("heldout20")]
    public void Later_tuning_parts_meet_the_gates(string part) => AssertGates(part, showSentences: true);

    /// <summary>The first held-out part, consumed: measured once at first contact, then its misses were closed.</summary>
    [Fact]
    public void Consumed_held_out_part_meets_the_gates() => AssertGates("heldout1", showSentences: true);

    /// <summary>
    /// The cauda equina safety check (SafetyCheck.cs) on every part: its reach, the share of red-flag sentences of the
    /// three cauda equina signs (numbness between the legs, bladder or bowel, sexual) whose topic it sees with back pain,
    /// whatever the screen reads; and its burden, the share of ordinary messages that get it. Counts only. A floor and a
    /// ceiling on the parts its word list was built on (at the figures measured when it was built, 2026-12-03), and on
    /// the fresh parts, which it was never tuned to, counts that may not get worse.
    /// </summary>
    [Fact]
    public void The_safety_check_reaches_the_cauda_equina_signs_and_few_ordinary_messages()
    {
        static bool IsCaudaEquina(RedFlagSentence r) => r.Sign.StartsWith("saddle", StringComparison.Ordinal)
            || r.Sign.StartsWith("bladder", StringComparison.Ordinal) || r.Sign.StartsWith("sexual", StringComparison.Ordinal);
        foreach (var part in Parts)
        {
            // What the check adds where the screen falls short: cauda equina sentences not at emergency that get it.
            var signs = RedFlags(part).Where(IsCaudaEquina).ToList();
            var missed = signs.Where(r => ScreenFor(part).Screen(r.Text)?.Level != AlertLevel.Emergency).ToList();
            output.WriteLine($"{part}: reach {signs.Count(r => Screen.TouchesCaudaEquinaTopicWithBackPain(r.Text))} / {signs.Count}; "
                + $"missed at emergency {missed.Count}, of them checked {missed.Count(r => Shipped.SafetyCheckFor(r.Text) is not null)}; "
                + $"burden {Ordinary(part).Count(text => Shipped.SafetyCheckFor(text) == SafetyCheck.CaudaEquinaMessage)} / {Ordinary(part).Count}");
        }

        (int Reached, int Signs, int Burdened, int Ordinary) Total(IEnumerable<string> parts)
        {
            var caudaEquina = parts.SelectMany(RedFlags).Where(IsCaudaEquina).ToList();
            var ordinary = parts.SelectMany(Ordinary).ToList();
            return (caudaEquina.Count(r => Screen.TouchesCaudaEquinaTopicWithBackPain(r.Text)), caudaEquina.Count,
                ordinary.Count(text => Shipped.SafetyCheckFor(text) == SafetyCheck.CaudaEquinaMessage), ordinary.Count);
        }

        var built = Total(PartsTheSafetyChecksWereBuiltOn);
        var fresh = Total(WrittenAfterTheSafetyChecks);
        output.WriteLine($"parts it was built on: reach {built.Reached} / {built.Signs} cauda equina red flags ({(double)built.Reached / built.Signs:P1}); burden {built.Burdened} / {built.Ordinary} ordinary messages ({(double)built.Burdened / built.Ordinary:P1})");
        output.WriteLine($"parts written after it: reach {fresh.Reached} / {fresh.Signs}; burden {fresh.Burdened} / {fresh.Ordinary}");

        Assert.True((double)built.Reached / built.Signs >= ReachFloor, $"reach {built.Reached} / {built.Signs}");
        Assert.True((double)built.Burdened / built.Ordinary <= BurdenCeiling, $"burden {built.Burdened} / {built.Ordinary}");
        Assert.True(fresh.Reached >= FreshReachAtLeast, $"fresh reach {fresh.Reached} / {fresh.Signs}, below the {FreshReachAtLeast} first measured");
        Assert.True(fresh.Burdened <= FreshBurdenAtMost, $"fresh burden {fresh.Burdened} / {fresh.Ordinary}, above the {FreshBurdenAtMost} first measured");
    }

    /// <summary>
    /// Carers' parts (2026-12-04): two writers texting for someone else, emergency and urgent signs of that person and
    /// ordinary messages about them, read by nobody who changed the screen and scored with counts only. Not issue 12's
    /// gates (its corpora are the patients' own words): the screen reads another person's sign as theirs only when the
    /// writer says they are texting for them (docs/triage.md, "Decisions"), so most of these stay uncaught. A regression
    /// floor at the score with the carer frames.
    /// </summary>
    [Theory]
    [InlineData("heldout-carer1", 0, 24, 10)]
    [InlineData("heldout-carer2", 1, 26, 14)]
    public void Carers_parts_do_not_fall_below_their_figures(string part, int falseAlertsAtMost, int caughtAtLeast, int emergenciesAtLeast) =>
        AssertFloor(part, falseAlertsAtMost, caughtAtLeast, emergenciesAtLeast, showSentences: false);

    /// <summary>
    /// The carer safety check (SafetyCheck.cs) on the carers' parts and on the patients' own: its reach, the carers' red
    /// flags without an alert at their tier that get it, and its burden, the ordinary messages that get it. Counts only.
    /// Bounds as fixed before it was first counted (docs/triage.md): half the reach at least, at most 1.5% of ordinary
    /// messages on the seen and on the fresh self-report parts, at most 10 of the carers' 160.
    /// </summary>
    [Fact]
    public void The_carer_check_reaches_carers_and_few_ordinary_messages()
    {
        static bool IsCarerCheck(string? check) => check is SafetyCheck.SomeoneElsesEmergencyMessage or SafetyCheck.SomeoneElsesUrgentMessage;
        var uncaught = CarerParts.SelectMany(RedFlags).Where(r => !(Shipped.Screen(r.Text)?.Level >= Level(r.Tier))).ToList();
        var reached = uncaught.Count(r => IsCarerCheck(Shipped.SafetyCheckFor(r.Text)));
        int Burden(IEnumerable<string> parts, out int ordinary)
        {
            var texts = parts.SelectMany(Ordinary).ToList();
            ordinary = texts.Count;
            return texts.Count(text => IsCarerCheck(Shipped.SafetyCheckFor(text)));
        }

        var seen = Burden(PartsTheSafetyChecksWereBuiltOn, out var seenOrdinary);
        var fresh = Burden(WrittenAfterTheSafetyChecks, out var freshOrdinary);
        var carer = Burden(CarerParts, out var carerOrdinary);
        output.WriteLine($"carers' red flags without an alert at their tier: {uncaught.Count}, of them checked {reached}");
        output.WriteLine($"burden: seen {seen} / {seenOrdinary}, fresh {fresh} / {freshOrdinary}, carers {carer} / {carerOrdinary}");

        Assert.True(reached * 2 >= uncaught.Count, $"reach {reached} / {uncaught.Count}");
        Assert.True(seen <= seenOrdinary * 0.015, $"seen burden {seen} / {seenOrdinary}");
        Assert.True(fresh <= freshOrdinary * 0.015, $"fresh burden {fresh} / {freshOrdinary}");
        Assert.True(carer <= 10, $"carers' burden {carer} / {carerOrdinary}");
    }

    /// <summary>A regression floor: no more false alerts, no fewer catches or emergencies than the recorded figures.</summary>
    private void AssertFloor(string part, int falseAlertsAtMost, int caughtAtLeast, int emergenciesAtLeast, bool showSentences)
    {
        var (falseAlerts, caught, _, emergenciesCaught, _) = Measure(part, showSentences);
        output.WriteLine($"regression floor: false alerts <= {falseAlertsAtMost}, caught >= {caughtAtLeast}, emergencies >= {emergenciesAtLeast}");

        Assert.True(falseAlerts <= falseAlertsAtMost, $"{part}: {falseAlerts} false alerts, more than recorded");
        Assert.True(caught >= caughtAtLeast, $"{part}: {caught} caught, fewer than recorded");
        Assert.True(emergenciesCaught >= emergenciesAtLeast, $"{part}: {emergenciesCaught} emergencies at emergency, fewer than recorded");
    }

    /// <summary>
    /// The fresh parts: heldout81, 82 and 84 (2026-12-06 evening: a twelfth control voice, West and East African
    /// English, voice dictation), heldout86 and 87 (voice notes, a thirteenth control voice), heldout88, 89, 92, 93 and 95
    /// (2026-12-06 night: two control voices, two voice-note writers, an adult still learning English), heldout106 and
    /// heldout107 (night round 21: a second writer of 70 to 95, a second who tells signs by what they can no longer do),
    /// and heldout108 to heldout111 (night round 22: a fourth US Latino Spanish-English writer, a fifth adult learning
    /// English, a fourth Caribbean writer, a fourth who spells by ear; scored at the round's start and end), and heldout112
    /// to heldout115 (round 23: a seventeenth control voice, a fifth US Latino Spanish-English writer, a fifth Caribbean
    /// writer, a third who tells signs by what they can no longer do; scored at the round's start and end), heldout119
    /// (round 24: a young athlete in abbreviations) and heldout120 and 122 (round 25: a Mexican writer who texts mostly in
    /// Spanish, an older woman in rural Appalachia) and heldout126 and 127 (round 26: a Jamaican woman in Brooklyn, a
    /// warehouse worker who spells by ear) and heldout129 and 131 (round 27: a Honduran woman who texts mostly in Spanish,
    /// an older Cajun man; each scored at its round's start and end), heldout133 and 134 (round 28: a Cuban-American woman in
    /// Miami Spanglish, an eighteenth control voice) and heldout136 to 139 (round 29: a Haitian woman who texts mostly in Kreyòl, a Cuban man who
    /// texts mostly in Spanish, a nineteenth control voice, a Texan dictating while driving) and heldout140 to 143 (round 30: a
    /// Filipino man who texts in Taglish, a Haitian woman who texts in Kreyòl with English, a twentieth control voice, a
    /// Vietnamese-American woman writing English learned as an adult). The floors are the figures at round 30's end (docs/triage-rounds.md, "Round 30";
    /// heldout111 and 114 with a helper of round 24 having seen how often one phrase occurs in them). heldout73 to
    /// 76, heldout80, 83, 90 and 91 (evening round 20), heldout77 to 79, 85, 94, 100 and 102 (night round 21), heldout101,
    /// 103, 104 and 105 (night round 22), heldout116, 117 and 118 (round 25), heldout121 and 123 (round 26), heldout124 and 125 (round 27), heldout128 and 130 (round 28) and heldout132 and 135 (round 30: a Haitian man who texts mostly in Kreyòl, a Filipino-American caregiver in Taglish) were read and are floored with the later
    /// tuning parts above. Kept outside the repository until scored and read by nobody who
    /// tuned the screen, scored with counts only (docs/triage.md), never sentences, by the screen as shipped, with the
    /// second reading. The assertion is a regression floor at the end-of-round figures, not issue 12's gate, which is
    /// printed beside it.
    /// </summary>
    [Theory]
    [InlineData("heldout81", 0, 134, 47)]
    [InlineData("heldout82", 0, 128, 45)]
    [InlineData("heldout84", 1, 133, 45)]
    [InlineData("heldout86", 0, 134, 46)]
    [InlineData("heldout87", 0, 130, 46)]
    [InlineData("heldout88", 0, 133, 47)]
    [InlineData("heldout89", 0, 132, 45)]
    [InlineData("heldout92", 0, 136, 48)]
    [InlineData("heldout93", 0, 134, 47)]
    [InlineData("heldout95", 2, 131, 45)]
    [InlineData("heldout106", 1, 131, 45)]
    [InlineData("heldout107", 2, 128, 43)]
    [InlineData("heldout108", 1, 128, 42)]
    [InlineData("heldout109", 2, 123, 42)]
    [InlineData("heldout110", 1, 124, 43)]
    [InlineData("heldout111", 1, 122, 39)]
    [InlineData("heldout112", 1, 132, 46)]
    [InlineData("heldout113", 4, 123, 45)]
    [InlineData("heldout114", 2, 124, 41)]
    [InlineData("heldout115", 1, 126, 43)]
    [InlineData("heldout119", 2, 127, 43)]
    [InlineData("heldout120", 3, 117, 41)]
    [InlineData("heldout122", 2, 122, 39)]
    [InlineData("heldout126", 4, 119, 40)]
    [InlineData("heldout127", 1, 132, 47)]
    [InlineData("heldout129", 2, 116, 40)]
    [InlineData("heldout131", 2, 119, 42)]
    [InlineData("heldout133", 0, 101, 33)]
    [InlineData("heldout134", 1, 131, 46)]
    [InlineData("heldout136", 1, 68, 22)]
    [InlineData("heldout137", 2, 101, 37)]
    [InlineData("heldout138", 0, 132, 44)]
    [InlineData("heldout139", 0, 123, 43)]
    [InlineData("heldout140", 3, 42, 13)]
    [InlineData("heldout141", 3, 67, 15)]
    [InlineData("heldout142", 0, 133, 46)]
    [InlineData("heldout143", 1, 112, 37)]
    public void Fresh_held_out_parts_scored_once_do_not_fall_below_their_figures(string part, int falseAlertsAtMost, int caughtAtLeast, int emergenciesAtLeast)
    {
        output.WriteLine($"issue 12 gates (printed, not asserted here): 0 false alerts, >= {CatchGate:P0} caught, every emergency at emergency");
        AssertFloor(part, falseAlertsAtMost, caughtAtLeast, emergenciesAtLeast, showSentences: false);
    }

    private void AssertGates(string part, bool showSentences)
    {
        var (falseAlerts, caught, redFlags, emergenciesCaught, emergencies) = Measure(part, showSentences);
        var rate = (double)caught / redFlags;
        Assert.True(falseAlerts == 0, $"{part}: {falseAlerts} false alerts");
        Assert.True(rate >= CatchGate, $"{part}: {rate:P1} caught at their tier or higher");
        Assert.True(emergenciesCaught == emergencies, $"{part}: {emergenciesCaught}/{emergencies} emergencies at emergency");
    }

    private (int FalseAlerts, int Caught, int RedFlags, int EmergenciesCaught, int Emergencies) Measure(string part, bool showSentences)
    {
        var ordinary = Ordinary(part);
        var falseAlerts = ordinary.Select(text => (text, alert: ScreenFor(part).Screen(text))).Where(x => x.alert is not null).ToList();

        var redFlags = RedFlags(part);
        var results = redFlags.Select(r => (r, level: ScreenFor(part).Screen(r.Text)?.Level)).ToList();
        var caught = results.Count(x => x.level >= Level(x.r.Tier));
        var emergencies = results.Where(x => x.r.Tier == "emergency").ToList();
        var emergenciesCaught = emergencies.Count(x => x.level == AlertLevel.Emergency);
        var rate = (double)caught / results.Count;

        output.WriteLine($"{part}: ordinary {ordinary.Count}, false alerts {falseAlerts.Count}; red flags {results.Count}, caught at tier or higher {caught} ({rate:P1}); emergency {emergenciesCaught}/{emergencies.Count}");
        foreach (var group in results.GroupBy(x => (x.r.Tier, x.r.Sign)).OrderBy(g => g.Key.Tier).ThenBy(g => g.Key.Sign))
        {
            output.WriteLine($"  {group.Key.Tier,-13} {group.Key.Sign,-40} {group.Count(x => x.level >= Level(x.r.Tier))}/{group.Count()}");
        }

        // Why the misses were missed, as counts only: no sign read at all, signs read but no pain area named, or a
        // lower tier than the sentence's.
        foreach (var group in results.Where(x => !(x.level >= Level(x.r.Tier))).GroupBy(x => (x.r.Sign, Reason: MissReason(x.r.Text, x.level))))
        {
            output.WriteLine($"  missed {group.Key.Sign}: {group.Key.Reason} x{group.Count()}");
        }

        foreach (var group in falseAlerts.GroupBy(x => x.alert!.Flags.Count > 0 ? x.alert.Flags[0].Id : x.alert.CrisisLine ? "crisis line alone" : "no flag"))
        {
            output.WriteLine($"  false alerts by {group.Key}: {group.Count()}");
        }

        if (showSentences)
        {
            foreach (var (text, alert) in falseAlerts)
            {
                output.WriteLine($"  FALSE ALERT {alert!.Level} ({(alert.Flags.Count > 0 ? alert.Flags[0].Id : "crisis line alone")}): {text}");
            }

            foreach (var (r, level) in results.Where(x => !(x.level >= Level(x.r.Tier))))
            {
                output.WriteLine($"  MISSED {r.Tier}/{r.Sign} got {level?.ToString() ?? "none"}: {r.Text}");
            }
        }

        return (falseAlerts.Count, caught, results.Count, emergenciesCaught, emergencies.Count);
    }

    private static string MissReason(string text, AlertLevel? level)
    {
        var reading = Screen.Read(text);
        return reading.Signs.Count == 0 ? "no sign read"
            : level is not null ? "lower tier"
            : reading.GeneralQuestion ? "read as a general question"
            : reading.Area == PainArea.Unspecified ? "no pain area read"
            : "signs read, no flag";
    }

    private static AlertLevel Level(string tier) => tier switch
    {
        "emergency" => AlertLevel.Emergency,
        "urgent" => AlertLevel.Urgent,
        "see_clinician" => AlertLevel.SeeClinician,
        _ => throw new InvalidDataException($"Unknown tier '{tier}'."),
    };

    private static List<string> Ordinary(string part) => InOneFile(part)
        ? Load<CombinedFile>($"corpus-{part}.json").Ordinary
        : Load<OrdinaryFile>($"corpus-ordinary.{part}.json").Sentences;

    private static List<RedFlagSentence> RedFlags(string part) => InOneFile(part)
        ? Load<CombinedFile>($"corpus-{part}.json").RedFlags
        : Load<RedFlagFile>($"corpus-red-flags.{part}.json").Sentences;

    /// <summary>
    /// Every text of every part, with its part and whether it is fresh (for tests that read the whole corpus, such as
    /// <see cref="LiteralGateTests"/>, which must not print a fresh part's sentences).
    /// </summary>
    internal static IEnumerable<(string Part, bool Fresh, string Text)> EveryText() =>
        Parts.Concat(CarerParts).SelectMany(part => Ordinary(part).Concat(RedFlags(part).Select(r => r.Text)).Select(text => (part, FreshParts.Contains(part), text)));

    /// <summary>Every ordinary text of every part, the carers' included, with its part (a fresh part's are counted, never shown).</summary>
    internal static IEnumerable<(string Part, string Text)> EveryOrdinaryText() =>
        Parts.Concat(CarerParts).SelectMany(part => Ordinary(part).Select(text => (part, text)));

    /// <summary>The parts read by those who tune the screen: every part but the fresh ones (the second reading's bank).</summary>
    internal static IEnumerable<string> ReadParts() => Parts.Where(part => !FreshParts.Contains(part));

    /// <summary>The probe sets in the second reading's bank, as its parts are named: "probes/NAME".</summary>
    internal const string ProbePrefix = "probes/";

    /// <summary>Every helper's probe set with an ordinary file (tools/PainCoach.RedFlagReplay/probes), as a bank part.</summary>
    internal static IEnumerable<string> ProbeParts()
    {
        const string prefix = "PainCoach.Tests.Probes.";
        const string ordinary = "-ordinary.txt";
        return typeof(RedFlagCorpusTests).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(ordinary, StringComparison.Ordinal))
            .Select(name => ProbePrefix + name[prefix.Length..^ordinary.Length]);
    }

    /// <summary>
    /// The labelled messages of <paramref name="parts"/> in the second reading's order: by part, ordinary first. A probe
    /// set gives its ordinary lines and its red-flag lines that name their tier ("tier|text").
    /// </summary>
    internal static List<(string Part, sbyte Tier, string Text)> LabelledMessagesOf(IEnumerable<string> parts) =>
        [.. parts.SelectMany(part => part.StartsWith(ProbePrefix, StringComparison.Ordinal)
            ? ProbeMessages(part)
            : Ordinary(part).Select(text => (part, LabelledMessages.Ordinary, text)).Concat(RedFlags(part).Select(r => (part, (sbyte)Level(r.Tier), r.Text))))];

    private static IEnumerable<(string Part, sbyte Tier, string Text)> ProbeMessages(string part)
    {
        var name = part[ProbePrefix.Length..];
        foreach (var line in ProbeLines($"{name}-ordinary.txt").Where(line => !string.IsNullOrWhiteSpace(line)))
        {
            yield return (part, LabelledMessages.Ordinary, line);
        }

        foreach (var line in ProbeLines($"{name}-red-flags.txt"))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && line[..bar] is "emergency" or "urgent" or "see_clinician")
            {
                yield return (part, (sbyte)Level(line[..bar]), line[(bar + 1)..]);
            }
        }
    }

    private static string[] ProbeLines(string file)
    {
        using var stream = typeof(RedFlagCorpusTests).Assembly.GetManifestResourceStream($"PainCoach.Tests.Probes.{file}");
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
    }

    internal static string LabelledMessagesHash(IEnumerable<string> parts) => LabelledMessages.HashTexts(LabelledMessagesOf(parts));

    /// <summary>The embedded corpus files that no part names: a corpus added without being wired in is read by no test.</summary>
    internal static IEnumerable<string> CorpusFilesNoPartNames()
    {
        var named = Parts.Concat(CarerParts).SelectMany(part => InOneFile(part)
            ? [$"corpus-{part}.json"]
            : new[] { $"corpus-ordinary.{part}.json", $"corpus-red-flags.{part}.json" }).ToHashSet(StringComparer.Ordinal);
        const string prefix = "PainCoach.Tests.RedFlags.";
        return typeof(RedFlagCorpusTests).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix + "corpus-", StringComparison.Ordinal))
            .Select(name => name[prefix.Length..])
            .Where(file => !named.Contains(file));
    }

    [Fact]
    public void Every_embedded_corpus_file_is_a_part() => Assert.Empty(CorpusFilesNoPartNames());

    [Fact]
    public void No_part_is_listed_twice_in_the_part_list()
    {
        var listed = Catalog.Read.Concat(Catalog.Fresh).Concat(Catalog.Carers).ToList();
        Assert.Empty(listed.GroupBy(part => part, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_listed_part_has_its_corpus_files()
    {
        var embedded = typeof(RedFlagCorpusTests).Assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);
        var missing = Parts.Concat(CarerParts).Where(part => !embedded.Contains($"PainCoach.Tests.RedFlags.corpus-{part}.json")
            && !(embedded.Contains($"PainCoach.Tests.RedFlags.corpus-ordinary.{part}.json") && embedded.Contains($"PainCoach.Tests.RedFlags.corpus-red-flags.{part}.json")));
        Assert.Empty(missing);
    }

    private static T Load<T>(string file)
    {
        using var stream = typeof(RedFlagCorpusTests).Assembly.GetManifestResourceStream($"PainCoach.Tests.RedFlags.{file}")
            ?? throw new InvalidOperationException($"The embedded corpus {file} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Json)!;
    }

    private sealed record PartList(List<string> Read, List<string> Fresh, List<string> Carers);

    private sealed record OrdinaryFile(List<string> Sentences);

    private sealed record RedFlagFile(List<RedFlagSentence> Sentences);

    private sealed record CombinedFile(List<string> Ordinary, List<RedFlagSentence> RedFlags);

    private sealed record RedFlagSentence(string Text, string Tier, string Sign);

    private static IRedFlagScreen Registered()
    {
        var services = new ServiceCollection();
        services.AddFaq();

        // Kept for the test run: the screen it holds is shared by every test of this class.
        var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IRedFlagScreen>();
    }
}
