using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Signs and false alerts closed in night round 21 by rf-second21 (a writer who spells by ear, and a Caribbean English
/// writer), each class both ways: a stage of pregnancy told right after "pregnant" ("pregnant? 5 months", "pregnant,
/// 20 weeks") is not how long the pain lasted; "a friend of mine with diabetes" is someone else's sign; an age in digits
/// after a fall ("when i was 16") dates it; "outa 10" is "out of 10"; "the jim" is the gym; words spelt by ear ("falled",
/// "feva", "mesed", "acsidents", "pasage", "rite", "loosin", "funny angel", "my wait"); "landed on me back"; the bare past
/// of Creole ("bags fall on my back"), "we maxi", "pant fi breath", "where you does sit", "an mi nuh know how"; "we were
/// hit on the highway"; redness where "it spreading up toward my ankle"; "tablets for my kidney transplant" (no longer
/// read as "for my ..." help). Our own sentences, not corpus, probe or
/// phrase-file text (docs/triage-rounds.md, "rf-second21").
/// </summary>
public sealed class Night21SecondTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("fell off the garage roof on sunday and landed on me back, its well sore")]
    [InlineData("I falled from the scaffold at work, back very bad now")]
    [InlineData("my back is killing and i mesed myself in the night without knowing")]
    [InlineData("back bad and i keep having acsidents, poo in my pants, never had this")]
    [InlineData("since my back went the skin round my back pasage feels dead")]
    [InlineData("some concrete blocks fall on my back at the yard, spine hurting bad")]
    [InlineData("a truck run into the back of we car this evening and now mi back hurting")]
    [InlineData("we were shunted at the traffic lights, i was the passenger, my back has hurt since")]
    [InlineData("mi back a hurt an mi a pant fi breath from walk up di hill")]
    [InlineData("back hurtin and where you does sit on a bike seat it numb")]
    public void Spelt_by_ear_and_creole_emergencies_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("heel sore and i have a feva since last night, 38.9")]
    [InlineData("my rite leg is loosin strength every week, trip on the stairs")]
    [InlineData("hurt my ankle in the match and my foot is sticking out at a weird angel")]
    [InlineData("my foot wont take my wait since i jumped off the wall")]
    [InlineData("back a pain mi an mi lose bout 12 pound an mi nuh know how")]
    [InlineData("the redness on my foot was tiny this morning, now it spreading up toward my shin")]
    public void Spelt_by_ear_and_creole_urgent_signs_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("me back's bin playin up since easter, 4 month now, nothing touches it")]
    [InlineData("i take tablets for my lung transplant and my back has a new pain this week")]
    public void A_back_playing_up_for_months_said_me_back_and_new_pain_on_transplant_tablets_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("Is it safe to do the calf stretches if I'm pregnant? 7 months, heel aching a little")]
    [InlineData("i'm pregnant, 24 weeks, can i carry on with the back routine")]
    [InlineData("a cousin of mine with diabetes lost his foot, so i check mine, i dont have it, heel sore from my shoes")]
    [InlineData("legs like jelly after the jim last night, back totally fine")]
    [InlineData("come off my motorbike when i was 19, back was fine after, just stiff today from painting")]
    [InlineData("heel pain 2 outa 10 today, getting there")]
    [InlineData("my daughter was an angel in the play, my heel aches from standing")]
    [InlineData("the wait for my scan is long, back ok")]
    [InlineData("we were hit on the motorway by hail, car dented, my back is just stiff from sitting")]
    [InlineData("my husband was hit on the highway last year, he is fine, my back is stiff from the gym")]
    [InlineData("are there tablets for my immune system you would suggest, heel sore from walking")]
    public void The_same_words_said_of_a_stage_someone_else_the_past_a_low_score_or_their_everyday_sense_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
