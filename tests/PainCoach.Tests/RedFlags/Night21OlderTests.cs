using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Signs closed in night round 21 (rf-older21) for older adults and for people who tell a sign by what they can no longer
/// do, each class both ways: a numb seat "like when you've sat too long" that "doesn't wear off"; the part "you'd sit on a
/// horse with"; "not had a stiffy", "can't manage with the wife", "nothing happens when we're together", "can't feel
/// things the way I used to" in bed; puffing "going from the sitting room to the kitchen", not getting a sentence out
/// for breath, "can't take a deep breath without my back hurting"; a ladder that went "from under me", a tree limb that
/// struck the back; legs that "won't push me up" the step or out of the chair, "neither leg would", legs "like they
/// weren't mine"; a twang in the back of the left heel; sweating "buckets" then freezing; new holes in the belt; less
/// "push" in a foot each day; woken at two and again at four; lifting "my youngest"; a heel sore for weeks "now" beside
/// the self-care; stiff first thing and an hour to ease off; "worse than the one before"; a patch not felt "when I rub
/// it"; a floor no longer felt under the feet; "my old fella has not stirred"; "head over heels down the stairs";
/// "back poorly" starting a sentence; a foot that has "changed shape" or whose middle "has dropped". The same words in their everyday sense stay quiet,
/// and three false alerts are closed: "nobody fell off", legs that ache after a first week of walking, a blister that
/// popped. Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "rf-older21").
/// </summary>
public sealed class Night21OlderTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("my seat went numb like when you have sat on a wooden bench too long, only it doesnt wear off, back bad")]
    [InlineData("the part you would sit on a pony with has gone numb, lumbago since tuesday")]
    [InlineData("since my back went i have not had a stiffy, sorry to be blunt")]
    [InlineData("my back went a month ago and i have not been able to manage with my husband, if you follow me")]
    [InlineData("since the sciatica came on nothing happens when we are together, it always did before")]
    [InlineData("my back has been bad. in the bedroom i cant feel things like i used to")]
    [InlineData("my lumbago has crept up and im puffing just going from the bedroom to the landing")]
    [InlineData("upper back pain and i cant finish a sentence without gasping for air")]
    [InlineData("i cant take a deep breath without my back hurting, it came on this morning")]
    [InlineData("the ladder went from under me cleaning the windows, my back is very bad")]
    [InlineData("i was up the steps to the top shelf and it slipped from under me, back agony")]
    [InlineData("a limb came off the old oak in the wind and struck me across the back")]
    [InlineData("back bad since sunday and neither of my legs would push me up the kerb")]
    [InlineData("my back is bad and my legs wont push me up off the settee")]
    [InlineData("both my legs feel as if they arent mine, my back went yesterday")]
    [InlineData("my lumbago is bad and my john thomas has not stirred since, if you catch my drift")]
    [InlineData("i went arse over tit down the stone steps at church, my back is very sore")]
    [InlineData("back very poorly and i am out of puff just going down to the kitchen")]
    public void Seat_sex_breath_trauma_and_both_legs_told_by_what_fails_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("something went twang in the back of my right heel on the stairs")]
    [InlineData("back pain and i keep sweating buckets then freezing")]
    [InlineData("my back has hurt since the spring and i have had to punch more holes in my belt, i eat the same")]
    [InlineData("every day my right leg has less push in it, back sore")]
    [InlineData("type 2 diabetic and my slippers wont go on that foot, its changed shape")]
    public void A_snap_a_fever_weight_loss_worsening_weakness_and_a_diabetic_foot_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("woke at 3 and again at 5 with my back, most nights now")]
    [InlineData("i cant carry my youngest upstairs any more because of my back")]
    [InlineData("my heel has been bad for four weeks now. i have been doing the stretches and the ice")]
    [InlineData("my back is so stiff first thing. it takes the better part of an hour to ease off")]
    [InlineData("each week my heel is worse than the one before")]
    [InlineData("theres a patch on the top of my foot i cant feel when i touch it, the rest is fine")]
    [InlineData("backs no better, done the exercises for six weeks")]
    [InlineData("i can no longer feel the carpet under my right foot")]
    [InlineData("i cant get out of the armchair without help because of my back")]
    public void Night_pain_daily_life_weeks_of_heel_pain_stiffness_worsening_and_a_numb_patch_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my bum went numb on the coach seat but it wore off after a walk round, back fine")]
    [InlineData("the seat you sit on a bike with needs a new cover, back fine")]
    [InlineData("not had a stiff drink since christmas, back is fine")]
    [InlineData("i cant manage with the wife at the market every saturday, my back gets tired")]
    [InlineData("nothing happens when we are together at the bingo, we never win, back fine")]
    [InlineData("back ache, not puffing any more going from the kitchen to the lounge")]
    [InlineData("the grandkids are so noisy i cant finish a sentence, back fine")]
    [InlineData("the ladder wobbled under me but i held on and got down safe, back fine")]
    [InlineData("we had a big limb taken off the oak, my back is stiff from raking")]
    [InlineData("my legs will push me up the stairs fine, just the back is sore")]
    [InlineData("the ladder was steady and nobody fell off, back stiff from painting the ceiling")]
    [InlineData("both calves ache after my first week of walking the dog twice a day")]
    [InlineData("blister on my heel from the new walking boots, it popped and is healing")]
    [InlineData("woke at 2 and again at 4 with the cat, my heel is fine")]
    [InlineData("each month the electric bill is worse than the one before, heel fine")]
    [InlineData("the cake has sort of dropped in the middle, my feet are fine")]
    [InlineData("the old man next door has not stirred all morning, my back is fine")]
    [InlineData("my grandson tumbled head over heels down the grassy bank, laughing, back fine")]
    [InlineData("fell head over heels for the cottage, heel fine")]
    [InlineData("i can feel the carpet under my feet fine, just the heel is stiff")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
