using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Caribbean English closed in night round 22 (rf-caribbean22), each class both ways: "nah" before a verb ("nah work",
/// "nah even trying") and "doh" (don't) as negation, and "man part" for the penis; the unmarked past with a thing as the
/// subject (a ladder that "slip from under me", a heavy box that "fall off the shelf on top a me") or with no subject at
/// the start of the sentence ("jump off the back of the van and land hard on my heels"); "bust" for burst; a body part
/// that "swell"; "a night" for at night; "the brittle bone ting"; "from last month" for since last month; a question about
/// both legs answered "both of mine doing it". Quiet: "nah" as an answer, a ladder that might slip, "bust out laughing", a
/// night shift, both feet swollen after a flight, someone else's or a cleared bone test, a child "too heavy" to lift and
/// a trip stopped "because of the snow" (the reason is not the pain). Our own sentences, not corpus, probe or phrase-file
/// text (docs/triage-rounds.md, "rf-caribbean22").
/// </summary>
public sealed class Night22CaribbeanTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("from mi back start up last week mi man part nah work at all")]
    [InlineData("back a kill mi an i doh feel it when mi bladder full, mi wet miself twice")]
    [InlineData("mi step ladder slip from under me at mi sister yard, mi back hit di concrete")]
    [InlineData("a heavy box a books fall off di top shelf on top a me, now mi back a hurt mi bad")]
    [InlineData("back bad since Sunday. can a disc make both legs go dead? both of mine doing it now")]
    public void Caribbean_emergencies_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi back a pain mi every day an mi drop two dress size, mi nah even trying")]
    [InlineData("jump off di truck tailgate and land hard pon mi heels, mi cyaan stand")]
    [InlineData("something bust at di back of mi heel when mi push off, cyaan go up pon mi toes")]
    [InlineData("mi left calf swell up an it hot an tender, di right one normal")]
    public void Caribbean_urgent_signs_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("di back pain worse a night, mi cyaan get comfortable")]
    [InlineData("mi cyaan sleep a night with this heel, it throbbing")]
    [InlineData("mi have di brittle bone ting an mi lower back start hurt mi")]
    [InlineData("mi heel a hurt mi from last month, stretch an ice an nuttin change")]
    public void Caribbean_see_a_clinician_signs_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("did the pain wake me up? nah, it was the dog, heel just a bit stiff")]
    [InlineData("mi man part fine thank God, only di back stiff from di long drive")]
    [InlineData("i doh get no tingling, only heel sore when mi get up")]
    [InlineData("mi worried di ladder might slip from under me so mi son hold it, back fine")]
    [InlineData("we bust out laughing at di wedding an mi back twinge, it gone now")]
    [InlineData("mi do a night shift at di hotel, heel likkle stiff after")]
    [InlineData("both mi foot swell after di flight from Kingston, gone down now, heel fine")]
    [InlineData("mi auntie have di brittle bone ting, mi back just stiff from di bus")]
    [InlineData("dem check mi for di brittle bone ting an it clear, back stiff from gardening")]
    [InlineData("can sciatica make both legs go numb? both of mine fine, mi just wondering")]
    [InlineData("i cant lift my grandson up any more, he is getting too big")]
    [InlineData("cant get to the market because of the snow, heel a little stiff")]
    [InlineData("mi heel did sore from last month but it better now")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
