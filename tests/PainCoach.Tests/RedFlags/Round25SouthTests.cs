using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Round 25 (rf-south25): an older rural writer of the US South, each class both ways. A horse that "throwed" me, a
/// step missed "all the way to the bottom", a round bale "down on top of me"; "neither leg wants to hold me up"; "cant
/// catch my wind"; "the nature" that will not rise, things in the bedroom that "quit workin", "aint been able to";
/// "my water wont come"; britches looser while eating the same; a heel that cannot be touched "to the ground"; "swoll";
/// sweating "plumb through the sheets"; "runnin 102" on chemo; the toe of a shoe that drags; a fall off a hay wagon onto
/// the heels; the back of the leg below the knee swollen and hot; "aint a lick better", "on account of", "of a mornin"
/// past the second cup of coffee, "of a night", "ever week", "since the 4th of july"; prednisone for the lungs is
/// long-term steroids, not chest pain. The same words in their everyday sense stay quiet. Our own sentences, not corpus,
/// probe or phrase-file text (docs/triage-rounds.md, "rf-south25").
/// </summary>
public sealed class Round25SouthTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("my old mare throwed me into the fence post and i hit square on my back, hurts bad")]
    [InlineData("lost my footin on the top step of the cellar and went all the way to the bottom on my back")]
    [InlineData("a big round bale rolled off the trailer right down on top of me, my back is stove up")]
    [InlineData("low back is bad and neither leg wants to hold me up this mornin")]
    [InlineData("back been achin and i cant catch my wind just goin to the mailbox")]
    [InlineData("my back been hurtin and i cant get the nature to rise since it went out")]
    [InlineData("since my back went out things in the bedroom quit workin")]
    [InlineData("my back been hurtin and i aint been able to get hard all month")]
    [InlineData("back is hurtin and my water wont come, been tryin since supper")]
    public void Trauma_both_legs_breath_sex_and_water_told_the_Southern_way_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my work britches keep gettin looser and i eat same as ever, back pain new")]
    [InlineData("heel so bad i cant even touch it to the ground")]
    [InlineData("diabetic and my heel is swoll up red and hot")]
    [InlineData("heel achin and i sweated plumb through the sheets last night")]
    [InlineData("on chemo for my blood and runnin 102 with this heel")]
    [InlineData("toe of my shoe keeps draggin on the ground and my back hurts")]
    [InlineData("fell off the hay wagon and come down hard on my heels")]
    [InlineData("back of my right leg below the knee is swollen and hot")]
    public void Weight_loss_weight_bearing_swelling_fever_foot_drop_heel_trauma_and_a_calf_told_the_Southern_way_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("back hurtin two months now and it aint a lick better")]
    [InlineData("cant walk out to the henhouse no more on account of my back")]
    [InlineData("back stiff of a mornin clean past my second cup of coffee")]
    [InlineData("cant lay flat of a night with this back")]
    [InlineData("heel gets worse ever week no matter what")]
    [InlineData("my heel been sore since the 4th of july, done the stretches and ice")]
    [InlineData("i take prednisone for my lungs and now my back is hurtin new")]
    public void Weeks_daily_life_stiffness_night_pain_worsening_holidays_and_steroids_told_the_Southern_way_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("the mare throwed a fit at the farrier, back fine")]
    [InlineData("a round bale rolled down the hill and the dog chased it, back fine")]
    [InlineData("neither one of my legs is sore, just a stiff back")]
    [InlineData("i cant catch the wind in my sails no more, back fine")]
    [InlineData("we walked the nature trail, my back a mite stiff")]
    [InlineData("my water wont come on since the pipe froze, back sore from haulin water")]
    [InlineData("cant tell no difference with the new insoles yet, how long do they take")]
    [InlineData("my britches keep gettin looser since i started walkin of a mornin")]
    [InlineData("been runnin 100 miles a month on the bike, heel a mite sore")]
    [InlineData("cant make it to the sale barn saturday on account of the rain, heel fine")]
    [InlineData("i use my inhaler for my lungs and my back is a little stiff from choppin wood")]
    [InlineData("set down the feed sack too quick and my back twinged a little")]
    [InlineData("cant hardly wait for the fourth of july, heel is fine")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
