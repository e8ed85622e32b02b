using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Sign words read in an everyday sense (night round, rf-precision4): each class has near misses that must raise no
/// alert and, beside them, the real sign in similar words that must still be caught at its level. The sentences are
/// our own variants, not corpus text (docs/triage-rounds.md, "rf-precision4").
/// </summary>
public sealed class EverydaySenseTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Weight put on a thing, or the weight of a worry, is not standing on a foot.
    [InlineData("cant put any weight on the cable machine like before, heel a bit sore")]
    [InlineData("i cant bear the weight of all this paperwork, and my back is stiff")]
    // A pop in another joint.
    [InlineData("felt a pop in my knuckles cracking them, heel still sore from walking")]
    // A drop of a foot or two.
    [InlineData("stepped off the bottom stair wrong, like 2 feet, heel a little sore but walking fine")]
    // Crashing at someone's place is sleeping there.
    [InlineData("crashed at my aunties house, her spare bed is all lumpy, back stiff")]
    // Socks worn about the house.
    [InlineData("padding round the flat in socks all weekend, heel aches")]
    // Swooning.
    [InlineData("weak at the knees when my crush walked in lol, back is better")]
    // The star sign.
    [InlineData("I'm a typical Cancer, I worry about everything, my heel aches after work")]
    // Ice numbs the skin it is on; kneeling puts a foot to sleep; a long seat numbs a bottom for a while.
    [InlineData("frozen peas on my heel after work, skin goes numb while they're on")]
    [InlineData("pins and needles in my feet after kneeling to paint the skirting, gone once i stood up")]
    [InlineData("bum went numb on the 5 hour coach trip, fine the second i got off, back a bit stiff")]
    [InlineData("squats yesterday and my legs are wobbly and tired, lower back a bit stiff")]
    // Numb in the head, tingling with excitement, burning money.
    [InlineData("numb from the neck up after a week of nights, heel sore")]
    [InlineData("tingling with anticipation before my first parkrun back, heel feels good")]
    [InlineData("new insoles are burning a hole in my wallet, heel a bit better")]
    // A foot that drops off the edge of a bed.
    [InlineData("my foot drops off the end of the bed when I sleep, is that bad for my back?")]
    // Other things getting worse; the pain of other things.
    [InlineData("my darts are getting worse every week, back is fine")]
    [InlineData("the pain is unbearable, the pain of listening to my brothers drums that is, heel is ok")]
    // A normal sugar test; a knee-to-chest stretch; "nothing numb".
    [InlineData("had a blood sugar test at the chemist, all normal, heel still sore")]
    [InlineData("is the knee to chest stretch good for a sore lower back")]
    [InlineData("nothing numb down there, just a stiff lower back from lifting")]
    public void Everyday_senses_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("cant put any weight on the bad foot since i fell", AlertLevel.Urgent)]
    [InlineData("felt a pop at the back of my ankle playing squash", AlertLevel.Urgent)]
    [InlineData("fell about 9 feet off the scaffolding onto my heels", AlertLevel.Urgent)]
    [InlineData("crashed my car this morning and my foot is bent the wrong way", AlertLevel.Urgent)]
    [InlineData("feels like im wearing a thick sock on my foot all the time", AlertLevel.SeeClinician)]
    [InlineData("i went weak at the knees and my right leg gave way since my back went", AlertLevel.SeeClinician)]
    [InlineData("im a cancer survivor and my back has started hurting at night", AlertLevel.SeeClinician)]
    [InlineData("slipped on the ice and my foot has been numb since", AlertLevel.SeeClinician)]
    [InlineData("my bum has been numb since the long drive and my back is agony", AlertLevel.Emergency)]
    [InlineData("my foot drops when i walk and catches the kerb", AlertLevel.Urgent)]
    [InlineData("the traffic is awful and my back pain keeps getting worse", AlertLevel.SeeClinician)]
    [InlineData("my heel pain is unbearable and the pain of waiting for the physio is worse", AlertLevel.SeeClinician)]
    [InlineData("my blood sugar test was fine last year but now im on metformin and my heel hurts", AlertLevel.SeeClinician)]
    [InlineData("chest pain with my back pain since this morning", AlertLevel.Emergency)]
    // The guards on the classes above: a cancer removed, the left one, a crash with a friend's car, a week of weakness,
    // a diabetic's own sugar check.
    [InlineData("i had a cancer removed from my back last year and now it aches at night", AlertLevel.SeeClinician)]
    [InlineData("cant put any weight on the left one since i fell", AlertLevel.Urgent)]
    [InlineData("crashed with my friends car yesterday and my foot looks bent", AlertLevel.Urgent)]
    [InlineData("weak in the knees for a week now and my back is agony", AlertLevel.SeeClinician)]
    [InlineData("checked my blood sugar this morning, it was fine, but theres a sore on my foot that wont heal", AlertLevel.SeeClinician)]
    // Numbness is not workout soreness: the exercise idiom does not cut a text that names it.
    [InlineData("leg day yesterday and today both my legs are numb and weak and my back is killing me", AlertLevel.Emergency)]
    [InlineData("went to the gym and since then both legs tingling and heavy, lower back agony", AlertLevel.Emergency)]
    public void The_real_sign_in_similar_words_is_still_caught(string text, AlertLevel atLeast)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.True(alert.Level >= atLeast, $"'{text}' gave {alert.Level}, expected at least {atLeast}");
    }
}
