using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Heavy SMS shorthand, closed as a class in the morning round of 2026-12-06 (shorthand18): the short forms the phrase
/// lists cannot see ("bk", "hl", "ft", "cnt", "aftr", "btr", "evry", "lst nite") and dropped g's ("shiverin", "jumpin")
/// are spelt out as data (`spelling.shortForms`, `spelling.droppedG`), a measure in feet is not the foot, a race or a
/// wedding "in N wks" ahead is not how long the pain has lasted, and a sign answered no in the same breath ("nope none
/// jst achy") or "all sorted ages ago" is not raised. Our own sentences, not corpus text (docs/triage-rounds.md,
/// "shorthand18").
/// </summary>
public sealed class MorningShorthand18Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("lower bk bad since sat n nw i cnt feel nothin wen i wipe", AlertLevel.Emergency)]
    [InlineData("bk went at wrk n i cnt wee at all since lst nite", AlertLevel.Emergency)]
    [InlineData("im diabetic n my rght ft is red n hot 2day", AlertLevel.Urgent)]
    [InlineData("cnt put my lft ft down at all aftr fallin off the step", AlertLevel.Urgent)]
    [InlineData("hl pain n im shiverin wiv a fever", AlertLevel.Urgent)]
    [InlineData("my hls r agony aftr jumpin off the shed roof", AlertLevel.Urgent)]
    [InlineData("hl still sore aftr 4 wks of stretches evry day n no btr", AlertLevel.SeeClinician)]
    [InlineData("bk keeps me up evry nite its so bad", AlertLevel.SeeClinician)]
    [InlineData("diabetic n my hls hurt wen i walk", AlertLevel.SeeClinician)]
    [InlineData("my rght leg is weaker thn the lft n my bk aches", AlertLevel.SeeClinician)]
    public void Shorthand_red_flags_are_read_at_their_level(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    // A pain that has lasted, told beside a date ahead, keeps its level.
    [InlineData("bk pain for 6 wks nw, my hols r in 2 wks", AlertLevel.SeeClinician)]
    [InlineData("five weeks of heel pain and the insoles have done nothing, my half marathon is in 3 weeks", AlertLevel.SeeClinician)]
    // "not just" is no answer of no.
    [InlineData("my leg is numb, no not just the foot, the whole leg and my back aches", AlertLevel.SeeClinician)]
    public void A_date_ahead_or_a_correction_does_not_clear_a_real_sign(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my bk is a bit btr 2day thx 4 the stretches")]
    [InlineData("numbness nope none jst a sore hl aftr netball")]
    [InlineData("cn i do the 5k in 4 wks wiv my sore hl")]
    [InlineData("leg went numb yrs ago aftr a slipped disc, all sorted ages ago, jst stiff bk now")]
    [InlineData("hl achin aftr a long shift, wat insoles shd i get")]
    [InlineData("gna b on my ft all day at the wedding in 3 wks, any tips 4 my hl")]
    [InlineData("had a sore bk lst wk n its gone nw")]
    [InlineData("wk 2 of the exercises n my hl feels gd")]
    [InlineData("jst checkin my appt time 4 my bk")]
    [InlineData("can i still do the marathon in 7 weeks with a sore heel")]
    public void Everyday_shorthand_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("cn i still run the half in 5 wks w a dodgy hl or shd i pull out")]
    [InlineData("pins n needles nah none jst a achy hl")]
    public void Everyday_shorthand_raises_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    // A measure in feet is a height, not the foot: the back is the area.
    [InlineData("fell about 10 ft off the scaffold n landed on my bk")]
    [InlineData("came off a ladder maybe 12 feet up, back is agony")]
    public void A_fall_measured_in_feet_onto_the_back_is_an_emergency(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);
}
