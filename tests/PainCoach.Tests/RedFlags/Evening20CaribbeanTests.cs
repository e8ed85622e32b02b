using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Caribbean English closed in evening round 20 of 2026-12-06 (caribbean20), each class both ways: Creole words and
/// grammar spelt out as data ("lick down" as knocked down, "lick me" as hit me, "foot dem" as feet, "batty" as bum,
/// "an" before a sign word as "and", "red red" as very red, "miself", "suppm", "ova", "haffi", "a mi" as "of my");
/// the unmarked past after "i" or "mi" ("mi drop off", "i soil", "i lose"); "back a hurt mi" as a back mention; "nature"
/// for a man's sexual function; shivering "hot an cold"; "a whole month", "nutten nah change", "nuh better", "two
/// months this backache"; a Charcot-like arch that "drop down" in a diabetic told in another sentence; bending to tie
/// shoes; legs like jelly with the workout denied; an injury "two year ago" that healed; and hearsay about a sign ("my
/// friend said tingling is dangerous") is not having it, while the doctor or nurse telling of the writer's own sign
/// still alerts. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "caribbean20").
/// </summary>
public sealed class Evening20CaribbeanTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("mi get lick down by a minibus a Papine, back a hurt mi now")]
    [InlineData("one big board swing round on di site an lick me cross di back, can barely stand")]
    [InlineData("mi drop off di breadfruit tree, bout 12 feet, land pon mi back")]
    [InlineData("lower back bad an I soil miself at work, didnt feel it come")]
    [InlineData("pins an needles down both mi leg dem an di back a trouble mi")]
    [InlineData("my back aching and both my legs like jelly and I ain't done no exercise today")]
    [InlineData("mi back a hurt and mi batty numb numb, cyaan feel di toilet seat")]
    [InlineData("since di back pain start, mi nature weak, cyaan perform fi mi wife")]
    public void Creole_crashes_falls_leaks_both_legs_saddle_and_nature_with_back_pain_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi did a chase di goat an feel suppm snap a di back a mi heel, cyaan tip toe")]
    [InlineData("back a kill mi an mi a shiver, hot an cold under di sheet")]
    [InlineData("mi heel red red an hot an swell since Sunday")]
    [InlineData("mi lose bout 20 pound an not even trying, back hurting every night")]
    [InlineData("diabetic from young. di arch a mi foot drop down flat an it warm to touch")]
    public void A_snap_fever_a_red_hot_swollen_heel_weight_loss_and_a_diabetic_arch_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi back a hurt mi from top a November, it nuh better at all")]
    [InlineData("four months this backache. Try di cream, di pills. Still there.")]
    [InlineData("heel paining me a whole month now, di stretches not helping")]
    [InlineData("mi heel a hurt mi ova three week, mi do everyting. Nutten nah change")]
    [InlineData("mi cyaan even bend fi tie mi own shoes because a mi back")]
    [InlineData("my sister said tingling is nothing and my feet been tingling all week")]
    [InlineData("the doctor said the numbness in my leg is from a slipped disc")]
    public void Weeks_not_better_daily_life_and_a_sign_the_doctor_named_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my aunty said tingling is dangerous, I dont have any, heel just sore")]
    [InlineData("somebody told me numbness can be serious but I have none, back a bit stiff")]
    [InlineData("mi fall off mi bike three year ago an it heal up long time, back just stiff from di bus ride")]
    [InlineData("it is not my nature to complain but my heel a bit sore after work")]
    [InlineData("di goat lick mi hand, heel feel fine today")]
    [InlineData("felt a shiver down my spine at the horror movie, heel ok")]
    [InlineData("mi legs like jelly after di gym class, back a likkle tight")]
    [InlineData("mi heel a hurt mi two day from di new sandals")]
    [InlineData("mi drop mi cup an it bruk, heel fine")]
    [InlineData("di hot an cold tap inna di bathroom bruk, back a little stiff")]
    [InlineData("mi lose mi phone at di market, heel sore from di walking")]
    [InlineData("mi siddung too long in di church, back a likkle stiff, gone now")]
    public void The_same_words_in_everyday_sense_and_hearsay_about_a_sign_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
