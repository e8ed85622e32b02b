using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Night round 22 (rf-sound22), a third writer who spells by ear (heldout103), each class both ways: key words the
/// sound reading lacked ("eether", "sensashun", "intimit", "palet", "rong", "droped", "slitest", "backake", "carfs",
/// "somthin", "gaspin", "ostio porosis"); "close" heard for clothes before "are hanging" and the like; "aint shifting"
/// as a pain that does not ease; a heavy load that "come down on my back off" something; "not feel my private area"
/// without "can't"; any weight on the foot "and i go down"; a back that "stops me lifting the baby"; a round of work
/// ("cant do my round"); heart pills or a heart transplant, which are not chest pain; a calf stretch, which is not the
/// calf. The same words in their everyday sense stay quiet. Our own sentences, not corpus, probe or phrase-file text
/// (docs/triage-rounds.md, "rf-sound22").
/// </summary>
public sealed class Night22SoundTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("my bak went yesterday and i cant feel my feet on eether side")]
    [InlineData("no sensashun at all when we are intimit, since the bak flared")]
    [InlineData("a palet of slabs come down on my back at the builders yard")]
    [InlineData("backake since monday and now im wheezin just sat in my chair")]
    [InlineData("is it normal to not feel my bits? bak is agony")]
    public void Both_legs_sex_a_heavy_load_breath_and_the_saddle_spelt_by_ear_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("tripped on the kerb and my foot is the rong shape now")]
    [InlineData("droped a paving slab on my foot and it looks rong, out of place")]
    [InlineData("somthin went snap in the back of my heal at squash, cant push off")]
    [InlineData("my rite carf has gone fat and hot, the other ones normal")]
    [InlineData("my close are fallin off me, not tryin to lose weight, new ache in my lower bak")]
    [InlineData("any weight on my left foot and i just go down")]
    public void A_foot_the_wrong_shape_a_snap_one_calf_clothes_hanging_off_and_going_down_on_the_foot_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("4 weeks of stretches and my bak aint shiftin")]
    [InlineData("my bak keeps me from carryin my toddler to nursery")]
    [InlineData("havent been able to do my round all week, heel is killin")]
    [InlineData("i got osteo porosis and my bak has hurt since the weekend")]
    [InlineData("i take pills for my heart transplant and my lower back started achin this week")]
    [InlineData("seven weeks doin the calf exercises and its no better")]
    public void A_back_that_aint_shifting_daily_life_osteoporosis_split_in_two_and_a_transplant_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my calf stretch is hard work, heel is a bit better")]
    [InlineData("i can feel everything down there fine, just a stiff bak")]
    [InlineData("close the door behind you, my heel is sore")]
    [InlineData("the pain in my heel aint comin back since the insoles")]
    [InlineData("my bak never stops me liftin the baby")]
    [InlineData("cant do my round of golf, its rainin, heel fine")]
    [InlineData("any weight on my foot and i go down the shop slow, heel a bit sore")]
    [InlineData("pills for my heart and my lower back is stiff from the garden")]
    [InlineData("droped my keys in the bath, heel is fine")]
    [InlineData("i got the rong size shoes and my heel rubs")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
