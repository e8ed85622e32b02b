using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Wordings of older, stoic, rural men of the US South closed in round 24 (rf-south24), each class both ways: "make water"
/// for passing urine; "britches" for trousers; "hind end" for the seat; a four wheeler, dirt bike or riding mower wrecked;
/// "man parts" or "privates" that "aint workin"; "not gonna lie" as a filler, not a denial; "the worst i ever had";
/// a pop "like a shotgun" behind the heel; a back that "keeps me up all night"; a fall "when i was a boy" as the past.
/// The same words in their everyday sense stay quiet. Our own sentences, not corpus, probe or phrase-file text
/// (docs/triage-rounds.md, "rf-south24").
/// </summary>
public sealed class Round24South24Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("lower back been achin since sunday and i aint made water since last night")]
    [InlineData("cant hardly make water this mornin and my back is givin me trouble")]
    [InlineData("back went out on me and i soiled my britches without knowin")]
    [InlineData("my hind end went numb since the back give out, cant feel the seat of the truck")]
    [InlineData("flipped my dirt bike on the gravel road and my back is hurtin")]
    [InlineData("since this back trouble started my privates aint workin no more")]
    [InlineData("not gonna lie, both my legs went numb since my back went out")]
    [InlineData("i cant hardly feel my legs below the knee since my back went")]
    [InlineData("dirtied myself at the sale barn and didnt know it, back been bad")]
    public void Bladder_seat_a_wreck_and_sex_in_old_rural_words_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Fact]
    public void A_pop_like_a_shotgun_behind_the_heel_is_urgent() =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen("stepped down off the porch and heard a bang like a rifle goin off at the back of my heel")?.Level);

    [Theory]
    [InlineData("been farmin fifty years and my back is the worst i ever had it")]
    [InlineData("my heel keeps me up all night lately, cant find no way to lay")]
    public void The_worst_i_ever_had_and_kept_up_all_night_by_the_back_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("had to make water for the coffee pot, heel is a little sore")]
    [InlineData("bought new britches at the feed store, my back is fine")]
    [InlineData("the dog sat on my hind end, heel a bit sore from the boots")]
    [InlineData("changed the oil on the riding mower, back a tad stiff")]
    [InlineData("my privates in the army days were a rowdy bunch, back a bit stiff")]
    [InlineData("not gonna lie, my heel is a touch sore after the church picnic")]
    [InlineData("worst biscuits i ever had at the diner, back is alright")]
    [InlineData("grandson set off a bottle rocket like a shotgun in the yard, heel sore from walkin")]
    [InlineData("the rooster had me up all night, my back is a little stiff")]
    [InlineData("cant hardly wait for deer season, back a little stiff")]
    [InlineData("dirtied my good shirt changin the oil, back a tad sore")]
    [InlineData("broke my back falling out of a pecan tree when i was a boy, this week just sore from hoein")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
