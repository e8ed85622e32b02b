using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Red flags closed by class in the night round (recall8), each class both ways: wordings that must reach their tier,
/// and everyday near misses that must raise no alert. Our own sentences, not corpus text (docs/triage-rounds.md, "recall8").
/// Classes: the back named by a reply score or a word before it ("back 6", "my rubbish back"); chest pressure as
/// something on the chest, "SOB at rest"; sex (nothing works with the partner named, can't come, what stops you getting
/// hard); bladder (busting but nothing comes, no wee since, leaking unaware, a sign told as "it"); saddle (a dead patch
/// where a seat touches, not feeling the seat under one); both legs ("bilat", "both" as the next sentence); the urgent
/// and see-a-clinician wordings of the same round.
/// </summary>
public sealed class NightRecall8Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("back 8 today, and my chest is tight and heavy since lunch")]
    [InlineData("back's a 5, also peeing myself and not even aware it's happening")]
    [InlineData("my wretched back again and now it feels like someone's stood on my chest")]
    [InlineData("back pain and im SOB even at rest today")]
    [InlineData("back sore and it feels like a ton is sitting on my chest")]
    [InlineData("sciatica, and tried with my husband tonight and nothing works down below")]
    [InlineData("back gone since monday and nothings working in the bedroom department")]
    [InlineData("my back has stopped me getting hard since saturday")]
    [InlineData("back pain this week, I can keep an erection but I cant come at all, that's new")]
    [InlineData("back pain, desperate for a wee since lunch but nothing comes")]
    [InlineData("bad back, havent done a pee since yesterday teatime")]
    [InlineData("does sciatica make you wet yourself? mine started this morning and I cant control it")]
    [InlineData("back pain and a dead patch where the bike saddle would go")]
    [InlineData("back agony and I can't feel the seat under my bum")]
    [InlineData("back pain, and I cant feel my legs properly. both of them")]
    [InlineData("lbp, now bilat leg tingling since this morning")]
    public void Emergency_signs_in_these_words_are_emergencies(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("back 7 and a fever of 38 since last night")]
    [InlineData("back pain. sweating. hot then shivering. awful night")]
    [InlineData("on pred 30mg for my arthritis and a fever now, heel sore")]
    [InlineData("felt a pop playing tennis and now I cant stand on my tiptoes on that leg")]
    [InlineData("cant put the right foot down at all since I went over on it")]
    [InlineData("my left foot is dragging when I walk since yesterday")]
    [InlineData("tripped off the stairs and my foot is facing a way it isnt meant to")]
    [InlineData("my leg went weak on monday and now its weak, cant push off on it like i could on sunday")]
    [InlineData("had sugar for years and theres an open bit on my heel that weeps")]
    public void Urgent_signs_in_these_words_are_urgent_or_higher(string text) => Assert.True(screen.Screen(text)?.Level >= AlertLevel.Urgent, text);

    [Theory]
    [InlineData("8. back.")]
    [InlineData("heel 6 today, was 4 last week. keeps going up")]
    [InlineData("my back's no better after 5 weeks of exercises")]
    [InlineData("heel still sore 3 weeks on, doing everything you suggested")]
    [InlineData("heel pain for 3 weeks now. tried ice and insoles. no luck")]
    [InlineData("back going on 7 weeks now")]
    [InlineData("back pain getting steadily worse since the summer")]
    [InlineData("heel's been going slowly downhill since the spring")]
    [InlineData("back pain wakes me several times a night")]
    [InlineData("toes on my right foot feel all prickly since my back went")]
    [InlineData("my right leg feels feebler than the left")]
    [InlineData("cant even do the weekly food shop with my back")]
    [InlineData("get up at 6 and my back is stiff until gone 8")]
    [InlineData("back pain getting steadily worse, was fine to drive last month")]
    public void See_a_clinician_signs_in_these_words_alert(string text) => Assert.True(screen.Screen(text)?.Level >= AlertLevel.SeeClinician, text);

    [Theory]
    [InlineData("back 2 today, feeling good after the walk")]
    [InlineData("I'll be back 5 minutes late, sorry")]
    [InlineData("back 3, chest day at the gym was brutal but fun")]
    [InlineData("back's a 2. the kids sat on my chest watching telly")]
    [InlineData("back feels great, thanks")]
    [InlineData("I sob at films, back fine")]
    [InlineData("back pain, can't come to the session during the day")]
    [InlineData("back pain, the toilet queue at work is awful, busting for a wee but had to wait")]
    [InlineData("back sore, the bathroom tap is leaking and I wasn't aware of it till the floor was wet")]
    [InlineData("my chair under me at work is wobbly, back sore")]
    [InlineData("a dead patch on the lawn, back ok")]
    [InlineData("heel ok, both of them are coming with me to the appointment")]
    [InlineData("heard a snap in my finger and cant push off the wall at swimming, heel fine")]
    [InlineData("dragging my feet on booking the physio")]
    [InlineData("cant put my foot down with the kids")]
    [InlineData("I've had sugar in my tea for years, heel fine")]
    [InlineData("the shower goes hot then freezing, back ok")]
    [InlineData("9. heel stretches done")]
    [InlineData("back 3 today, was 6 last week. coming down")]
    [InlineData("the baby wakes me every couple of hours")]
    [InlineData("my wool socks are prickly, heel fine")]
    [InlineData("cant do the big shop on saturday, can we move my call")]
    [InlineData("up at 6 and at work until 8, back fine")]
    [InlineData("my back is fine, it was bad last month")]
    public void Everyday_near_misses_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
