using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The corpora as texted by a subscriber (docs/triage-rounds.md "Night round (2026-12-04)"): each red-flag sentence under the
/// program its sign belongs to (the back signs BACK, the heel and foot signs HEEL, the rest BOTH), each ordinary sentence
/// under HEEL, BACK and BOTH, a false alert if any of the three raises one. The program may only add: no part may lose
/// a catch or gain a false alert over the same texts read without one. Fresh parts report counts only.
/// </summary>
public sealed partial class RedFlagCorpusTests
{
    private static readonly HashSet<string> BackSigns = ["saddle_numbness", "bladder_bowel", "sexual_dysfunction", "both_legs", "back_trauma", "chest_pain_breath", "fever_back", "cancer_weight_loss_back", "back_not_improving", "osteoporosis_steroids_back"];

    private static readonly HashSet<string> HeelSigns = ["heel_trauma", "fever_heel", "red_hot_swollen", "diabetic_foot", "achilles_snap", "cannot_bear_weight", "foot_deformed_after_injury", "heel_two_weeks", "diabetes_foot_pain", "immunosuppressed_or_cancer_new_pain"];

    private static readonly BodyArea[] Programs = [BodyArea.Heel, BodyArea.Back, BodyArea.Both];

    /// <summary>The parts whose red-flag sentences name their sign (every part after the first three).</summary>
    private static string[] SignedParts => [.. Parts.Where(part => part is not ("tuning" or "heldout1" or "heldout2"))]; // computed: static fields of partial files initialise in no set order

    public static TheoryData<string> PartsWithSigns() => [.. SignedParts];

    /// <summary>
    /// False alerts a subscriber's program may add on a part: on a fresh part, counted once at the end of the round that
    /// wrote it; until the part is read the figure may not grow (docs/triage-rounds.md, "Late morning round (2026-12-05)").
    /// Read parts are held to zero added, but for one recorded below with its reason: heldout38's two were closed by precision11 once the part was read, heldout43's two and heldout44's
    /// one by precision12 in the midday round (2026-12-05), heldout45's one and heldout48's one by precision13 in the
    /// afternoon round (2026-12-05), and heldout50's one (a form's item answered "diabetes: no") by precision14 in the
    /// evening round (2026-12-05), and heldout55's one (a fall "from standing height" read as a fall from a height) by
    /// precision15 in the night round (2026-12-05), and heldout66's one (a race "in 6 wks" ahead read as how long the
    /// heel had hurt) by shorthand18 in the morning round (2026-12-06), once those parts were read. Fresh: heldout103
    /// (spelling by ear), three at the end of evening round 20 (2026-12-06); heldout105 (a learner of English), one at
    /// the end of night round 21. heldout100, read in night round 21, had three:
    /// two were closed at that round's merge (a "what if" fever, "la fiebre del sábado"); the third, a crash in which
    /// "nobody [was] hurt" and no pain is named, stays, because a sign's clearing words act on the whole text from one
    /// sentence and would clear "nobody hurt. my back is killing me now" (docs/triage-rounds.md, "Merge (merge21)").
    /// heldout103 and heldout105, read in night round 22, kept theirs (3 → 2 and 1) to the end of that round: its keep
    /// rule held the helpers to the texts as sent, not as a subscriber sends them. Round 23 (rf-open23b, whose keep rule
    /// includes the programs) closed them and heldout100's by class: a crash that only made someone late or hurt nobody,
    /// a fortnight's holiday read as two weeks of heel pain, shivering in a cold flat with "no temperature"
    /// (docs/triage-rounds.md, "rf-open23b"). Fresh: heldout111 (spelling by ear), two at the end of night round 22;
    /// heldout120 (a Mexican writer in Spanish), two, and heldout123 (a Salvadoran writer in Spanish and English), one, at
    /// the end of round 25, counted, never read. heldout123 was read in round 26 and its one stays: a phone dropped off a
    /// scaffold ("se me cayó el teléfono del andamio", and "dropped my phone off the scaffold" in English too) is read as a
    /// fall from a height, quiet as sent only because no body area is named (docs/triage-rounds.md, "Round 26").
    /// heldout125 (a Guatemalan writer, mostly in Spanish), two, and heldout127 (a fifth writer who spells by ear), one,
    /// at the end of round 26, counted, never read. Round 27 closed heldout123's (a thing dropped off a height is not the
    /// writer's fall, rf-open27) and read heldout125, whose two were a phone dropped off a ladder (closed by the same
    /// class) and a crash that only made the writer late ("hubo un choque en el freeway y llegué tarde"), which stays.
    /// heldout128 (a Cuban writer, mostly in Spanish), two, and heldout130 (a Haitian-American writer with Kreyòl), two,
    /// at the end of round 27, counted, never read (both read since round 28; their allowances were not revisited).
    /// At the end of round 29, counted, never read: heldout132 and 136 (the writers who text in Kreyòl) and heldout135 (a
    /// caregiver in Taglish), one each, and heldout108 (a US Latino Spanish-English writer, fresh since night round 22),
    /// one: round 29's kept state (the Kreyòl and Cuban forms) makes one of its ordinary texts alert under a program,
    /// where it had none; not read, so not mended (docs/triage-rounds.md, "Round 29"). At the end of round 30, counted,
    /// never read: heldout142 (a twentieth control voice, new that round), one ordinary text that alerts only under a
    /// program (docs/triage-rounds.md, "Round 30").
    /// </summary>
    private static readonly Dictionary<string, int> FalseAlertsTheProgramMayAdd = new() { ["heldout108"] = 1, ["heldout111"] = 2, ["heldout120"] = 2, ["heldout125"] = 1, ["heldout127"] = 1, ["heldout128"] = 2, ["heldout130"] = 2, ["heldout132"] = 1, ["heldout135"] = 1, ["heldout136"] = 1, ["heldout142"] = 1 };

    [Theory]
    [MemberData(nameof(PartsWithSigns))]
    public void Texted_by_a_subscriber_the_program_adds_catches_and_no_false_alert(string part)
    {
        var ordinary = Ordinary(part);
        var falseAlertsWithout = ordinary.Count(text => ScreenFor(part).Screen(text) is not null);
        var withProgram = ordinary.Select(text => (text, programs: Programs.Where(program => ScreenFor(part).Screen(text, program) is not null).ToList()))
            .Where(x => x.programs.Count > 0).ToList();

        var redFlags = RedFlags(part);
        var without = redFlags.Select(r => ScreenFor(part).Screen(r.Text)?.Level).ToList();
        var with = redFlags.Select(r => ScreenFor(part).Screen(r.Text, ProgramOf(r.Sign))?.Level).ToList();
        var caughtWithout = redFlags.Where((r, i) => without[i] >= Level(r.Tier)).Count();
        var caughtWith = redFlags.Where((r, i) => with[i] >= Level(r.Tier)).Count();
        var emergenciesWith = redFlags.Where((r, i) => r.Tier == "emergency" && with[i] == AlertLevel.Emergency).Count();
        var lost = redFlags.Where((r, i) => without[i] >= Level(r.Tier) && !(with[i] >= Level(r.Tier))).ToList();

        output.WriteLine($"{part} texted by a subscriber: false alerts {withProgram.Count} (without a program {falseAlertsWithout}); caught {caughtWith} (without {caughtWithout}) of {redFlags.Count}; emergencies {emergenciesWith}");
        foreach (var group in redFlags.Where((r, i) => with[i] >= Level(r.Tier) && !(without[i] >= Level(r.Tier))).GroupBy(r => r.Sign))
        {
            output.WriteLine($"  caught only with the program: {group.Key} x{group.Count()}");
        }

        if (!FreshParts.Contains(part))
        {
            foreach (var (text, programs) in withProgram.Where(x => ScreenFor(part).Screen(x.text) is null))
            {
                output.WriteLine($"  FALSE ALERT only with {string.Join("/", programs)}: {text}");
            }
        }

        // A fresh part is not read, so what the program adds on it is recorded at the round's end and may not grow.
        var allowed = falseAlertsWithout + FalseAlertsTheProgramMayAdd.GetValueOrDefault(part);
        Assert.True(withProgram.Count <= allowed, $"{part}: the program added {withProgram.Count - falseAlertsWithout} false alerts");
        Assert.True(lost.Count == 0, $"{part}: {lost.Count} red flags lost with the program");
    }

    /// <summary>
    /// The cauda equina safety check (SafetyCheck.cs) as texted by a back-pain subscriber, whose program says the back
    /// when the text does not: how many more cauda equina red flags without an emergency alert get it, and how many more
    /// ordinary messages (under BACK or BOTH) get it, over every read part that has signs, counts only.
    /// </summary>
    [Fact]
    public void Texted_by_a_back_pain_subscriber_the_safety_check_reaches_further_at_a_bounded_cost()
    {
        var read = CheckWithProgram(SignedParts.Where(part => !FreshParts.Contains(part)));
        var fresh = CheckWithProgram(FreshParts);
        output.WriteLine($"read parts: {read}");
        output.WriteLine($"fresh parts: {fresh}");

        Assert.True(read.ReachedWith >= read.ReachedWithout, "the program lost reach");
        Assert.True(read.BurdenWith - read.BurdenWithout <= read.Ordinary * 0.005, $"the program added {read.BurdenWith - read.BurdenWithout} checks to ordinary messages");
    }

    /// <summary>
    /// Cauda equina red flags (saddle, bladder or bowel, sex) without an emergency alert under a BACK program, and how
    /// many get the safety check with and without the program; ordinary messages that get it under BACK or BOTH.
    /// </summary>
    private static ProgramCheck CheckWithProgram(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        var caudaEquina = list.SelectMany(part => RedFlags(part).Where(r => r.Sign is "saddle_numbness" or "bladder_bowel" or "sexual_dysfunction")
            .Where(r => ScreenFor(part).Screen(r.Text, BodyArea.Back)?.Level != AlertLevel.Emergency)).ToList();
        var ordinary = list.SelectMany(Ordinary).ToList();
        return new ProgramCheck(
            caudaEquina.Count,
            caudaEquina.Count(r => Shipped.SafetyCheckFor(r.Text) == SafetyCheck.CaudaEquinaMessage),
            caudaEquina.Count(r => Shipped.SafetyCheckFor(r.Text, BodyArea.Back) == SafetyCheck.CaudaEquinaMessage),
            ordinary.Count,
            ordinary.Count(text => Shipped.SafetyCheckFor(text) == SafetyCheck.CaudaEquinaMessage),
            ordinary.Count(text => Shipped.SafetyCheckFor(text, BodyArea.Back) == SafetyCheck.CaudaEquinaMessage
                || Shipped.SafetyCheckFor(text, BodyArea.Both) == SafetyCheck.CaudaEquinaMessage));
    }

    private sealed record ProgramCheck(int Missed, int ReachedWithout, int ReachedWith, int Ordinary, int BurdenWithout, int BurdenWith);

    private static BodyArea ProgramOf(string sign) =>
        BackSigns.Contains(sign) ? BodyArea.Back : HeelSigns.Contains(sign) ? BodyArea.Heel : BodyArea.Both;
}
