using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Red flags in wording the screen missed on heldout9 to heldout12, closed by class in the late round (rf-recall5,
/// docs/triage.md): Caribbean creole and Scots forms, short misspellings of "back", sex failing "with my partner", the
/// seat-shaped saddle area, rear-end and reversing crashes, no full breath, foot drop said as a foot that will not come
/// up, a foot out of line after an injury, incontinence pads, help to get dressed, steadily rising pain, a heel duration
/// given as a date last month, the worst pain of one's life. The sentences are our own variants, not corpus text; most
/// were missed before the late round. Beside them, near misses in similar words that must raise no alert.
/// </summary>
public sealed class LateRecallClassesTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("since mi back go bad mi cyaan feel nutten down below", AlertLevel.Emergency)]
    [InlineData("my lower back went and i cant finish when im in bed with my girlfriend", AlertLevel.Emergency)]
    [InlineData("sciatica for a week and having real trouble keeping an erection, thats new", AlertLevel.Emergency)]
    [InlineData("my back gave out and the wee fella wont wake up anymore", AlertLevel.Emergency)]
    [InlineData("slipped disc and i can barely feel the bit of me that sits on the toilet seat", AlertLevel.Emergency)]
    [InlineData("was t boned at the junction and my back is in agony", AlertLevel.Emergency)]
    [InlineData("a taxi reversed into me outside the station and my back is killing me", AlertLevel.Emergency)]
    [InlineData("upper back aching and i cant draw a deep breath", AlertLevel.Emergency)]
    [InlineData("my back hurts and neither of my knees will support me this morning", AlertLevel.Emergency)]
    [InlineData("bad back and i have had to start wearing tena pads this week", AlertLevel.Emergency)]
    [InlineData("cant pull the front of my right foot up, back pain too", AlertLevel.Urgent)]
    [InlineData("my toes keep scuffing the pavement since my back flared", AlertLevel.Urgent)]
    [InlineData("jumped off the wall and my ankle is pointing sideways", AlertLevel.Urgent)]
    [InlineData("my trousers are hanging off me and im not dieting, lower back aching", AlertLevel.Urgent)]
    [InlineData("my bakc has been bad since july and there is no improvment", AlertLevel.SeeClinician)]
    [InlineData("my heel has hurt since the beginning of last month and nothing helps", AlertLevel.SeeClinician)]
    [InlineData("my back pain keeps steadily building every day", AlertLevel.SeeClinician)]
    [InlineData("worst heel pain ive ever felt", AlertLevel.SeeClinician)]
    [InlineData("my lower back is so bad my daughter has been dressing me", AlertLevel.SeeClinician)]
    public void Late_round_wording_is_caught_at_its_level(string text, AlertLevel level)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.True(alert.Level >= level, $"'{text}' gave {alert.Level}, expected {level} or higher");
    }

    [Theory]
    [InlineData("mi back likkle bit stiff, nutten serious")]
    [InlineData("i cant finish the crossword when im with my wife, she is too quick, back fine")]
    [InlineData("a car reversed into the wall next to me, my back is fine just stiff from the gym")]
    [InlineData("i took a full breath and my back clicked, feels better")]
    [InlineData("both my kids have colds, my heel is a bit sore")]
    [InlineData("im wearing pads in my work boots and my heel is better")]
    [InlineData("i point my toes at the ceiling in pilates and my back feels looser")]
    [InlineData("my ankle looks a bit bruised after the game, walking fine")]
    [InlineData("my trousers are hanging off me since i started the gym, back a little stiff")]
    [InlineData("my heel pain started on the 28th and is already easing")]
    [InlineData("my bum went numb on the flight but was fine once i walked about, back a bit stiff")]
    [InlineData("neither of my knees hurt, just my back")]
    public void Near_misses_in_the_same_words_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
