using PainCoach.RedFlags;
using PainCoach.Tests.Faq;
using Xunit.Abstractions;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The second reading on the read parts and the helpers' probe sets, each left out of the bank in turn, so no message is
/// read against itself (the figures of docs/triage.md, "Second reading", which <c>scripts/second-reading.sh measure</c>
/// prints too). The rule was chosen on the read parts before any fresh text was scored, and its guard on the read parts and
/// probe sets. The bounds are on the screen as shipped (phrases, then the second reading) at the figures first measured,
/// so a phrase round that catches what the second reading caught keeps them, and a change to the rule, the guard, the
/// bank or the phrases that adds false alerts or loses catches fails.
/// </summary>
public sealed class SecondReadingLeftOutTests(ITestOutputHelper output)
{
    // As measured after the evening round of 2026-12-06 (heldout73-76 read and in the bank). The 86 read parts (13,883
    // ordinary, 11,644 red flags, 4,096 emergencies): the phrases alone 3 / 11,577 / 4,075 (false alerts / caught at
    // tier / emergencies at emergency), with the second reading 12 / 11,582 / 4,075. The 76 probe sets (2,389 ordinary,
    // mostly near misses written to be hard; 2,174 red flags with a tier): 52 / 2,134 / 1,057 alone, 71 / 2,136 / 1,059
    // with it. First measured (82 read parts, 28,906 messages in the bank): 10 / 11,045 / 3,883 and 70 / 2,136 / 1,059.
    // The night round asks it also where the phrases read only "both legs": probes 71 / 2,139 / 1,062, read parts the same.
    // Evening round 20 (heldout80, 83, 90 and 91 read and in the bank, five helpers' probe sets): the 90 read parts (14,523
    // ordinary, 12,188 red flags, 4,288 emergencies) 2 / 12,116 / 4,264 alone, 11 / 12,120 / 4,264 with it; the 81 probe
    // sets (2,579 ordinary, 2,391 red flags) 53 / 2,346 / 1,130 alone, 72 / 2,351 / 1,134 with it (the false alert more
    // is the phrases', a numb bottom from sitting in Spanish, as its English twin reads). Night round 21 (heldout77-79,
    // 85, 94, 100 and 102 read and in the bank, five more probe sets): the 97 read parts (15,643 ordinary, 13,140 red
    // flags, 4,624 emergencies) 6 / 13,061 / 4,595 alone, 15 / 13,066 / 4,596 with it; the 86 probe sets (2,661
    // ordinary, 2,494 red flags) 54 / 2,450 / 1,182 alone, 76 / 2,455 / 1,186 with it. Night round 22 (heldout101,
    // 103, 104 and 105 read and in the bank, four more probe sets; the twelve nearest must agree, not ten): the 101 read
    // parts (16,283 ordinary, 13,684 red flags, 4,816 emergencies) 5 / 13,608 / 4,789 alone, 11 / 13,613 / 4,790 with
    // it; the 90 probe sets (2,756 ordinary, 2,599 red flags) 54 / 2,558 / 1,228 alone, 71 / 2,562 / 1,232 with it.
    // Round 23 (two more probe sets; a text said with a negation cue is read against its sixteen nearest, eight of them
    // said with one too): the read parts 4 / 13,608 / 4,789 alone, 11 / 13,615 / 4,790 with it (10 / 13,612 / 4,789
    // without the negated texts); the 92 probe sets (2,796 ordinary, 2,641 red flags) 54 / 2,601 / 1,241 alone,
    // 73 / 2,606 / 1,246 with it (72 / 2,605 / 1,245 without).
    // Round 24 (the second reading embeds the screen's English rendering of a text, not the text as written; kept on
    // fresh text by the round's rule, +16 catches for +1 false alert over twenty-four unread parts): the read parts
    // 13 / 13,616 / 4,790, the probe sets 78 / 2,607 / 1,247. Left out in turn the read parts gain 2 false alerts and 1
    // catch, the probe sets 5 and 1: the bounds follow the decision taken on fresh text. After its two helpers (Spanish,
    // older rural English; two more probe sets, 94 with 2,872 ordinary and 2,804 red flags): read parts 12 / 13,616 /
    // 4,790, probe sets 77 / 2,768 / 1,326. Round 25 (heldout116-118 read, 104 parts with 16,763 ordinary and 14,092 red
    // flags; three more probe sets, 97 with 2,939 ordinary and 2,915 red flags): read parts 13 / 14,018 / 4,932, probe
    // sets 77 / 2,877 / 1,370. Round 26 (heldout121 and 123 read, 106 parts with 17,083 ordinary and 14,364 red flags;
    // three more probe sets, 100 with 2,993 ordinary and 2,990 red flags): read parts 14 / 14,289 / 5,028, probe sets
    // 77 / 2,951 / 1,397. Round 27 (heldout124 and 125 read, 108 parts with 17,403 ordinary and 14,636 red flags; three
    // more probe sets, 103 with 3,045 ordinary and 3,060 red flags): read parts 14 / 14,562 / 5,125, probe sets 79 / 3,019
    // / 1,426 (two probe false alerts more, on 52 more ordinary probe lines).
    // Round 29 (heldout128 and 130 read since round 28, 110 parts with 17,723 ordinary and 14,908 red flags; two more probe
    // sets, 105 with 3,075 ordinary and 3,113 red flags): read parts 15 / 14,827 / 5,219 (one false alert more; heldout130
    // keeps one of the phrases), probe sets 78 / 3,074 / 1,447.
    // Round 30 (heldout132 and 135 read, 112 parts with 18,043 ordinary and 15,180 red flags; two more probe sets, 107
    // with 3,108 ordinary and 3,178 red flags): read parts 16 / 15,088 / 5,309 (one false alert more, the second reading's,
    // at emergency: it adds 2 / 4 / 5 at see a clinician / urgent / emergency, round 29 2 / 4 / 4), probe sets 78 / 3,139 /
    // 1,476.
    private static readonly Figures ReadPartsBound = new(FalseAlerts: 16, Caught: 15_088, Emergencies: 5_309);
    private static readonly Figures ProbeSetsBound = new(FalseAlerts: 78, Caught: 3_139, Emergencies: 1_476);

    [Fact]
    public void Left_out_parts_gain_catches_for_few_false_alerts()
    {
        var bank = LabelledMessages.LoadEmbedded();
        var phrases = new FreeTextRedFlagScreen();
        var messages = RedFlagCorpusTests.LabelledMessagesOf(bank.Parts);
        var firstOf = bank.Parts.Select(part => messages.FindIndex(m => m.Part == part)).ToArray();
        var byPart = new (Figures Alone, Figures With, int Messages)[bank.Parts.Count];

        // Parts are independent (each is read against the bank without it), so they run side by side.
        Parallel.For(0, bank.Parts.Count, part =>
        {
            var ofThePart = messages.Skip(firstOf[part]).TakeWhile(m => m.Part == bank.Parts[part]).ToList();
            var leftOut = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new SecondReading(bank, part, FaqTestServices.Embedder.Embed));
            var (alone, with) = (new Figures(0, 0, 0), new Figures(0, 0, 0));
            foreach (var (_, tier, text) in ofThePart)
            {
                // The screen asks the second reading only where the phrases give no alert, so only those are read twice.
                var phrasesLevel = phrases.Screen(text)?.Level;
                var shippedLevel = phrasesLevel ?? leftOut.Screen(text)?.Level;
                alone = alone.Add(tier, phrasesLevel);
                with = with.Add(tier, shippedLevel);
            }

            byPart[part] = (alone, with, ofThePart.Count);
        });

        Assert.Equal(bank.Count, byPart.Sum(p => p.Messages));
        var probe = bank.Parts.Select(part => part.StartsWith(RedFlagCorpusTests.ProbePrefix, StringComparison.Ordinal)).ToArray();
        for (var part = 0; part < bank.Parts.Count; part++)
        {
            if (byPart[part].With != byPart[part].Alone)
            {
                output.WriteLine($"{bank.Parts[part]}: {byPart[part].Alone} alone, {byPart[part].With} with the second reading");
            }
        }

        var readAlone = Figures.Sum(byPart.Where((_, part) => !probe[part]).Select(p => p.Alone));
        var readWith = Figures.Sum(byPart.Where((_, part) => !probe[part]).Select(p => p.With));
        var probesAlone = Figures.Sum(byPart.Where((_, part) => probe[part]).Select(p => p.Alone));
        var probesWith = Figures.Sum(byPart.Where((_, part) => probe[part]).Select(p => p.With));
        output.WriteLine($"read parts: phrases alone {readAlone}, with the second reading {readWith}");
        output.WriteLine($"probe sets: phrases alone {probesAlone}, with the second reading {probesWith}");
        AssertWithin("read parts", readWith, ReadPartsBound);
        AssertWithin("probe sets", probesWith, ProbeSetsBound);
    }

    private static void AssertWithin(string what, Figures measured, Figures bound)
    {
        Assert.True(measured.FalseAlerts <= bound.FalseAlerts, $"{what}: {measured.FalseAlerts} false alerts, above {bound.FalseAlerts}");
        Assert.True(measured.Caught >= bound.Caught, $"{what}: {measured.Caught} caught at tier, below {bound.Caught}");
        Assert.True(measured.Emergencies >= bound.Emergencies, $"{what}: {measured.Emergencies} emergencies at emergency, below {bound.Emergencies}");
    }

    /// <summary>False alerts on ordinary messages, red flags caught at their tier or higher, emergencies at emergency.</summary>
    private sealed record Figures(int FalseAlerts, int Caught, int Emergencies)
    {
        public Figures Add(sbyte tier, AlertLevel? level) => tier == LabelledMessages.Ordinary
            ? this with { FalseAlerts = FalseAlerts + (level is null ? 0 : 1) }
            : this with
            {
                Caught = Caught + ((int?)level >= tier ? 1 : 0),
                Emergencies = Emergencies + (tier == (sbyte)AlertLevel.Emergency && level == AlertLevel.Emergency ? 1 : 0),
            };

        public static Figures Sum(IEnumerable<Figures> parts) =>
            parts.Aggregate(new Figures(0, 0, 0), (total, part) => new Figures(total.FalseAlerts + part.FalseAlerts, total.Caught + part.Caught, total.Emergencies + part.Emergencies));

        public override string ToString() => $"{FalseAlerts} / {Caught} / {Emergencies}";
    }
}
