using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the late morning round (recall11), each class both ways: the sign as South
/// Asian, African and Caribbean English writers, people who describe what they feel in images, and plain adults say it
/// must reach its level, and everyday texts in similar words must raise no alert. Our own sentences, not corpus or probe
/// text (docs/triage-rounds.md, "recall11 (late morning round, 2026-12-05)").
/// </summary>
public sealed class LateMorningRecall11Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // An address word ("mate", "bro") right before the body word is not someone else's back or heel.
    [InlineData("mate heel's gone red and hot and puffy since friday")]
    [InlineData("bro back's been stuffed since saturday and now my right leg keeps getting weaker")]
    // Caribbean and South Asian small words: than, fever, swollen, dont.
    [InlineData("mi right leg weaker dan it was on monday, getting worse every day")]
    [InlineData("lower back dard and bukhar from last night, shivering")]
    [InlineData("my ankle is phula and red and very hot")]
    [InlineData("mi foot swell up and it red and hot, cyaan walk good")]
    [InlineData("mi lost bare weight since summer an mi nuh know why, mi back sore now")]
    // Weight bearing told in images.
    [InlineData("cant put even a speck of weight through my heel since the tackle")]
    [InlineData("since the fall i cant let my foot touch the ground at all")]
    [InlineData("any weight through my heel is out of the question since i landed on it")]
    // A foot out of shape after an injury, in images.
    [InlineData("slipped on the ice and my foot is pointing to the wrong side")]
    [InlineData("a barrel came down on my foot and it looks mangled and bent")]
    [InlineData("came off the ladder and my ankle looks like its been stuck on wonky")]
    // One calf to swell, only that leg.
    [InlineData("my calf started to swell last night and it is warm and sore, only that leg")]
    // A medicine that lowers the immune system, with a fever.
    [InlineData("my back hurts and i have a fever, i'm on tablets that dampen my immune system")]
    // Weakness creeping further.
    [InlineData("the weakness in my left foot keeps creeping up the leg, back aching")]
    public void An_urgent_sign_in_new_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // An address word before the body word.
    [InlineData("mate back's been rooted for seven weeks and the physio hasnt helped")]
    // A Caribbean morning, a score said "on" ten.
    [InlineData("mi heel stiff every mawnin fi over an hour before it loosen")]
    [InlineData("my heel pain is 8 on 10 since this morning")]
    // A score hedged.
    [InlineData("back pain right now is easily a 9, cant sit")]
    // Daily life: the verb split, a trade that cannot be opened.
    [InlineData("cant lift my toddler up since my back went")]
    [InlineData("not able to open my cafe this week because of my back pain")]
    // More each day, more than the day before.
    [InlineData("my heel pain is a bit sorer than the day before, every day")]
    [InlineData("back started as a niggle but now its more every day")]
    // "not get better" said without the -ing.
    [InlineData("my heel sore for 4 weeks, i stretch every day, it not get better")]
    public void A_see_a_clinician_sign_in_new_words_is_caught(string text) =>
        Assert.Contains(screen.Screen(text)?.Level, new AlertLevel?[] { AlertLevel.SeeClinician, AlertLevel.Urgent });

    [Theory]
    // A fever question tied to the writer's own temperature is the writer's fever.
    [InlineData("is it odd to have a fever with heel pain? i was 38.8 at lunch")]
    public void A_fever_question_with_the_writers_own_temperature_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mate back from holiday today, my heel a bit sore after the flight")]
    [InlineData("bro back at work tomorrow, heel fine")]
    [InlineData("dan at work lent me his insoles, heel much better")]
    [InlineData("my heel is 2 on 10 today, much better")]
    [InlineData("i went to the gym 9 on 10 days last month, back a bit stiff")]
    [InlineData("my back was probably an 8 year old injury flaring up, feels fine now")]
    [InlineData("can put a little bit of weight through my heel today, improving")]
    [InlineData("any weight loss tips? my back is a bit sore")]
    [InlineData("cant pick my daughter up from nursery today, the car is in the garage, back is fine")]
    [InlineData("cant open my shop on bank holidays, heel a bit stiff")]
    [InlineData("my sandwich got squashed in my bag, heel a bit sore")]
    [InlineData("slept on the wrong side of the bed, heel a bit stiff")]
    [InlineData("my calf is tight after running, just that leg, no swelling")]
    [InlineData("vitamin tablets to boost my immune system, back a bit better")]
    [InlineData("the strength in my leg is creeping back after the flare, heel fine")]
    [InlineData("walking more every day now, back loosening up")]
    [InlineData("my heel hurts less than the day before, getting there")]
    [InlineData("is it odd to have a fever with heel pain? asking for my biology homework")]
    public void An_everyday_text_in_the_same_words_raises_no_alert(string text) => Assert.Null(screen.Screen(text));
}
