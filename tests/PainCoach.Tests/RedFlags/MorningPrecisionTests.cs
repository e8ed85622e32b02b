using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the morning round (rf-precision6), each class both ways: near misses that must raise no alert,
/// and the real sign in similar words that must keep its level. Our own sentences, not corpus text (docs/triage.md,
/// "rf-precision6 (morning round)").
/// </summary>
public sealed class MorningPrecisionTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Someone named by their role after "my", "our", "the" (SignMentions.Roles).
    [InlineData("my coach ruptured his achilles in the cup final, how do i stop that happening to me")]
    [InlineData("our skipper snapped his achilles tendon last season, what warm up helps, heel is tight")]
    [InlineData("my teacher broke her back falling off a horse, my back just aches from my bag")]
    // Hearsay told with "saying" or "on about", and a sign searched for, then denied or checked.
    [InlineData("at the club they were all saying sciatica in both legs is serious, is that right?")]
    [InlineData("been googling foot drop all night, i dont have it, just a stiff heel")]
    // A general question, then the writer says they are fine otherwise or just anxious.
    [InlineData("can a slipped disc cause bladder problems? probably just being paranoid, im fine otherwise")]
    // Learned about it in class.
    [InlineData("what causes foot drop? we covered it in anatomy today")]
    // A stage said without "pregnant" or "old" is not how long the pain has lasted.
    [InlineData("back pain at 32 weeks, which stretches are safe")]
    [InlineData("my daughter is 6 months and my back still aches from lifting her")]
    // A part of the asked-about region said fine answers the question.
    [InlineData("what are the signs of a dvt in your leg? flying tomorrow, my calves are fine")]
    [InlineData("does sciatica make your feet go numb? toes are fine, heel just aches")]
    // A duration dated by the remote time is how long the old episode lasted; "was fine after" ends it.
    [InlineData("my heel hurt for 3 weeks last summer but went away with stretching, want tips to stop it coming back")]
    [InlineData("years ago i was in a car crash on the m8, was fine after, writing about a sore heel")]
    // Numbness from sitting that went after a walk.
    [InlineData("legs went numb on the coach but fine after a walk round, back ok")]
    public void Reading_rules_clear_mentions_roles_stages_and_brief_numbness(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("how do you know if you have a clot in your leg? flying to perth tomorrow, calves feel fine")]
    // Someone's, a person's.
    [InlineData("what does it mean when a persons foot drags? my heel is just sore")]
    // Past episodes: a duration dated by the remote time, "was fine after", "thats stopped".
    [InlineData("my heel hurt for a month back in 2021 and went away with new shoes, any tips to keep it away")]
    [InlineData("years ago i was knocked off my bike, was fine after, heel sore now from running")]
    [InlineData("my heel used to wake me at night but thats stopped since the new insoles")]
    // Legs like jelly after a fitness test, PE or sports day.
    [InlineData("legs like jelly after the bleep test at training, heel a bit tender")]
    [InlineData("after sports day my legs were wobbly, heel sore now")]
    // Breathless from laughing, either order.
    [InlineData("laughed so hard i was gasping for breath and my back twinged")]
    // Shivering in a cold place.
    [InlineData("shivering in the walk in freezer at work, back stiff from the cold")]
    // Ice that tingled briefly.
    [InlineData("my frozen peas left my heel tingly for a minute, normal?")]
    // Swooning.
    [InlineData("my knees went weak when he winked at me, anyway my heel hurts")]
    // A diabetes test still to come.
    [InlineData("the nurse is testing my sugar next week just in case, heel sore after work")]
    // A score for annoyance or on a test.
    [InlineData("my heel pain is a 9 out of 10 for annoyance, maybe a 2 for actual pain")]
    [InlineData("scored 9 out of 10 in my driving theory test, back stiff from sitting")]
    // A bump at walking pace.
    [InlineData("someone bumped into my car at walking pace in the car park, no damage, back fine")]
    // Up early for a shift.
    [InlineData("woke at 5 for the early shift, back a bit stiff, fine after a coffee")]
    // "injection" is a word, not a misspelt "infection".
    [InlineData("had a steroid injection in my heel last year, is another one ok")]
    public void Everyday_words_of_the_morning_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("my back used to wake me at night but since the birth thats stopped", "wake")]
    [InlineData("my heel used to throb every night in my old job, thats all stopped", "throb")]
    [InlineData("can i get a massage for my back at 24 weeks", "24 weeks")]
    [InlineData("im 28 weeks and my back aches", "28 weeks")]
    [InlineData("the little one is 3 months and my back aches from carrying her", "3 months")]
    public void Time_reads_habits_that_stopped_and_bare_stages_as_not_now(string text, string gone)
    {
        var reading = PastTime.Read(screen.Sentences(text).Single());
        Assert.DoesNotContain(gone, reading.DurationNow.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my back has hurt at 3 weeks after the op and still hurts", "3 weeks")]
    [InlineData("im 6 weeks into this back pain", "6 weeks")]
    [InlineData("my back used to ache but its back again now", "ache")]
    public void Time_keeps_durations_and_habits_that_are_not_over(string text, string kept)
    {
        var reading = PastTime.Read(screen.Sentences(text).Single());
        Assert.Contains(kept, reading.DurationNow.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my coach says i ruptured my achilles, i cant push off on that foot", AlertLevel.Urgent)]
    [InlineData("everyone keeps saying its nothing but i cant feel the toilet paper and my back is agony", AlertLevel.Emergency)]
    [InlineData("is a fever bad with back pain? i feel fine otherwise but ive had a temperature of 39 all day", AlertLevel.Urgent)]
    [InlineData("what are the signs of a clot? my right calf is fine but my left calf is swollen, red and hot", AlertLevel.Urgent)]
    [InlineData("im 30 weeks pregnant and my back pain wakes me every night", AlertLevel.SeeClinician)]
    [InlineData("my back has hurt for 6 weeks now, im 20 weeks pregnant", AlertLevel.SeeClinician)]
    [InlineData("baby is 4 months and since the birth my back has been agony and both legs are numb", AlertLevel.Emergency)]
    [InlineData("fell off the roof years ago, was fine after, but fell off a ladder yesterday and cant walk on my heel", AlertLevel.Urgent)]
    [InlineData("my back used to ache at night and its back again, wakes me every night now", AlertLevel.SeeClinician)]
    [InlineData("legs went numb on the flight and they are still numb now, back pain too", AlertLevel.Emergency)]
    [InlineData("legs like jelly after the bleep test and still weak three days later, back agony", AlertLevel.Emergency)]
    [InlineData("laughing aside, my chest is tight and i cant breathe, back pain between my shoulders", AlertLevel.Emergency)]
    [InlineData("shivering under the duvet, hot then cold, back aching", AlertLevel.Urgent)]
    [InlineData("the ice pack made my foot numb and it is still numb two days later", AlertLevel.SeeClinician)]
    [InlineData("got rear ended at 60 on the motorway and my heel is swollen and i cant walk on it", AlertLevel.Urgent)]
    [InlineData("back pain woke me at 3am again and i had to get up for work at 6", AlertLevel.SeeClinician)]
    [InlineData("im type 2 diabetic and they are checking my sugars next week, heel sore", AlertLevel.SeeClinician)]
    [InlineData("my heel pain is 9 out of 10 today, i cant walk", AlertLevel.SeeClinician)]
    [InlineData("my heel is red hot and swollen, is it an infection?", AlertLevel.Urgent)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
