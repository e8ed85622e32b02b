using System.Text.Json;
using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Form-fillers' answers, read as a class in the late-morning round of 2026-12-06 (forms19): people answer questions
/// nobody asked as "label: answer" or "label - answer" ("Weight bearing: no", "Leg: weak. Trend: weaker.", "Back - two
/// months - nothing shifts it"). The label is read as the subject of its answer (data: <c>forms</c> in
/// red-flag-phrases.json), a field that goes on from the one before ("Trend:", "Duration:") is read with it, and a
/// checklist's item answered no ("numbness no, tingling / weakness: nope") stays denied. Our own sentences, not corpus text
/// (docs/triage-rounds.md, "forms19").
/// </summary>
public sealed class LateMorningForms19Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("Heel: throbbing. Can you put weight on it: nope.", AlertLevel.Urgent)]
    [InlineData("foot - landed badly off the trampoline. weight bearing - none at all", AlertLevel.Urgent)]
    [InlineData("Right leg: weak. Progress: weaker since Friday. Back: stiff.", AlertLevel.Urgent)]
    [InlineData("Back: niggling, new. Weight: dropping, eating the same as ever, no idea why.", AlertLevel.Urgent)]
    [InlineData("Mid back: burning. Breathing: tight, can't get a proper breath in.", AlertLevel.Emergency)]
    [InlineData("Lower back: seized. Legs: both tingling down to the toes.", AlertLevel.Emergency)]
    [InlineData("Back - eight weeks - heat, pills, stretches - no change at all", AlertLevel.SeeClinician)]
    [InlineData("Back: aching. Duration: 7 weeks.", AlertLevel.SeeClinician)]
    [InlineData("Back: sore. Fever: yes, sweating buckets.", AlertLevel.Urgent)]
    [InlineData("Achilles - snapping sensation mid-rally, now hobbling", AlertLevel.Urgent)]
    [InlineData("Heel: sore. Week 7 of the night splint and calf raises.", AlertLevel.SeeClinician)]
    public void A_form_answer_is_read_as_the_statement_it_makes(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("Tingling: none. Heel: sore after my shift.")]
    [InlineData("Temperature - no. Back: tight from the drive.")]
    [InlineData("Bowels: normal. Waterworks: fine. Back: grumbling.")]
    [InlineData("Weight: steady. Back: a touch sore.")]
    [InlineData("Weight bearing: fine, bit of a limp first thing.")]
    [InlineData("Trend: improving. Leg: stronger than last week.")]
    [InlineData("Heel - 4 days - easing with ice")]
    [InlineData("Back: 3 weeks ago it flared, settled now.")]
    [InlineData("Heel: 2 weeks to my 10k, feeling ok.")]
    [InlineData("update: tingling no, weakness no, waterworks fine. back still a 3 and improving.")]
    [InlineData("Checking in - no numbness, no change in my waterworks, all good. Back 2/10 and easing.")]
    [InlineData("back: stiff. pins / needles: nope. bladder / bowel: all normal.")]
    [InlineData("Achilles: clicky, snapping noise when I circle my foot, been like that for years, no pain")]
    [InlineData("Week 2 of the plan. Heel feels loads better.")]
    public void A_form_answer_that_denies_or_is_normal_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    /// <summary>Every form pair's own examples in the data: "fires" raise an alert, "quiet" raise none.</summary>
    [Fact]
    public void Every_form_pair_example_in_the_data_reads_as_it_says()
    {
        using var stream = typeof(RedFlagPhrases).Assembly.GetManifestResourceStream(RedFlagPhrases.ResourceName)!;
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var pairs = document.RootElement.GetProperty("forms").GetProperty("pairs").EnumerateArray().ToList();
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            foreach (var text in pair.GetProperty("fires").EnumerateArray().Select(e => e.GetString()!))
            {
                Assert.True(screen.Screen(text) is not null, $"should fire: {text}");
            }

            foreach (var text in pair.GetProperty("quiet").EnumerateArray().Select(e => e.GetString()!))
            {
                Assert.True(screen.Screen(text) is null, $"should stay quiet: {text}");
            }
        }
    }
}
