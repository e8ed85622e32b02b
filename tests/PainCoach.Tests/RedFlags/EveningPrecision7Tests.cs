using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the evening round (precision7), each class both ways: everyday texts that must raise no alert,
/// and the real sign in similar words that must keep its level. Our own sentences, not corpus text (docs/triage.md,
/// "precision7 (evening round)").
/// </summary>
public sealed class EveningPrecision7Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A general question with no punctuation, then the writer's answer (SignMentions.WritersAnswer), and the same with a question mark.
    [InlineData("is a numb bum after a long bike ride a worry mine is fine")]
    [InlineData("does pain at rest mean something bad mines only there when i walk")]
    [InlineData("what are the signs of a torn achilles mine just niggles after football")]
    [InlineData("can a bad back cause a fever i dont have one just curious")]
    [InlineData("are night sweats a bad sign with back pain i dont get them")]
    [InlineData("what are the symptoms of a snapped achilles? mine's only stiff in the morning")]
    [InlineData("is night pain a red flag with a bad back? mine's only during the day")]
    // Someone else's sign: a bloke or workmates, someone "on my shift", and another person's past story going on after "and" ("had a slipped disc and lost all feeling").
    [InlineData("a bloke on my shift tore his achilles at five a side, how do you tell? mine is just tight")]
    [InlineData("my workmates are all on about ruptured achilles this week, mine is just a bit sore")]
    [InlineData("my grandad had a slipped disc and lost all feeling down below, ive no numbness at all, just a stiff back")]
    [InlineData("my uncle was in a crash and needed surgery on his spine, im fine, just a sore heel")]
    // A number that is a length of a shift or a day, not a score.
    [InlineData("my back is a 10 hour shift job at the depot, aches by the end")]
    [InlineData("heel pain after a 9 hour day on the shop floor")]
    // A small drop: the bottom stair, a few inches, a low wall.
    [InlineData("stepped off the bottom stair awkwardly, heel a bit sore")]
    [InlineData("jumped off a low wall, maybe 20cm, heel a bit tender")]
    [InlineData("slipped off the last rung of the ladder, a few inches, back a bit stiff")]
    // Shivering because the heating or boiler is off.
    [InlineData("shivery cos the heating has packed in again, heel sore as usual")]
    [InlineData("the radiators are broken and im shivering under a blanket on the sofa, back stiff")]
    // Burning of the stomach or chest from tablets, not the foot.
    [InlineData("ibuprofen makes my tummy burn, heel getting better")]
    [InlineData("my chest burns after the tablets, back ok")]
    // Numb or tingling skin after ice that came straight back, and a numbness that is long gone.
    [InlineData("put an ice pack on my heel and the skin went numb for a few seconds")]
    [InlineData("iced my back and the skin tingled, the feeling came back right away")]
    [InlineData("my calf was numb for a day after the injection but thats long gone, back just sore now")]
    // Back pain not improving yet, but days old.
    [InlineData("back pain no better no worse but its only day 3")]
    [InlineData("back still not improving, only started on saturday")]
    [InlineData("back pain no better, first week of it")]
    // A thing had for years (insoles, a hearing aid) that works or that someone is happy with.
    [InlineData("had my insoles 4 years and the podiatrist is happy with them, heel sore again after the walk")]
    [InlineData("ive had my hearing aid 6 years and it works fine, can it affect back pain")]
    // Calves tight with nothing swollen.
    [InlineData("calves so tight after the run, nothing swollen, heel ok")]
    [InlineData("both calves stiff after the hike, nothing swollen or red")]
    // A late riser, with no stiffness word.
    [InlineData("takes me ages to get going in the mornings, never been a morning person")]
    [InlineData("not a morning person, takes me an hour to get the kids up and out, back ok")]
    // Foot drop as a risk or a worry.
    [InlineData("could i get foot drop from a slipped disc? my toes lift fine")]
    [InlineData("scared of getting foot drop, my feet lift fine, im a worrier with a sore back")]
    [InlineData("is there a chance i end up with foot drop? i can lift my foot fine")]
    public void Everyday_texts_of_the_evening_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("is a numb bum a bad sign mine has been numb since yesterday with back pain", AlertLevel.Emergency)]
    [InlineData("what are the signs of a torn achilles? i felt a kick at the back of my heel and cant stand on tiptoe", AlertLevel.Urgent)]
    [InlineData("is night pain a bad sign with back pain mine wakes me every night", AlertLevel.SeeClinician)]
    [InlineData("my dad had cauda equina and now i cant feel my bum either, back agony", AlertLevel.Emergency)]
    [InlineData("a bloke at work snapped his achilles and now i think i have too, heard a snap and cant push off", AlertLevel.Urgent)]
    [InlineData("my heel pain is a 9 today after a 10 hour shift", AlertLevel.SeeClinician)]
    [InlineData("fell off the step ladder onto my back and cant feel my legs", AlertLevel.Emergency)]
    [InlineData("fell off a ladder from about 6 feet and landed on my heel, cant walk", AlertLevel.Urgent)]
    [InlineData("shivery with a temperature of 39 and my heel is red and swollen", AlertLevel.Urgent)]
    [InlineData("my feet burn every night now, tummy is fine", AlertLevel.SeeClinician)]
    [InlineData("back pain no better after 6 weeks of physio", AlertLevel.SeeClinician)]
    [InlineData("back pain no better and its week 7 now", AlertLevel.SeeClinician)]
    [InlineData("my back has hurt for 5 years and its getting worse", AlertLevel.SeeClinician)]
    [InlineData("my left calf is swollen and hot, the right one is just tight", AlertLevel.Urgent)]
    [InlineData("stiff for hours every morning, not a morning person but this is my back", AlertLevel.SeeClinician)]
    [InlineData("my foot keeps slapping the floor and its worse every day", AlertLevel.Urgent)]
    [InlineData("my back has been sore for 10 days and the old fella has stopped working", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my calf was numb for a day after the jab but thats long gone", "numb")]
    [InlineData("the injection site tingled for a day but its long gone now", "tingled")]
    public void Time_reads_a_sign_that_is_long_gone_as_not_now(string text, string gone)
    {
        var reading = PastTime.Read(screen.Sentences(text).Single());
        Assert.DoesNotContain(gone, reading.Now.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my calf has been numb for a day and its not long gone", "numb")]
    [InlineData("my calf was numb for a day, thats long gone but its numb again now", "numb")]
    public void Time_keeps_a_sign_that_is_not_gone_or_came_back(string text, string kept)
    {
        var reading = PastTime.Read(screen.Sentences(text).Single());
        Assert.Contains(kept, reading.Now.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Unpunctuated: the question is a mention up to the writer's answer, which Disclaims then reads.
    [InlineData("is a numb bum from cycling a worry mine is fine")]
    [InlineData("can back pain give you a fever i dont have one")]
    public void An_unpunctuated_question_followed_by_a_denial_is_a_mention(string text) =>
        Assert.Empty(screen.Read(text).Signs);

    [Theory]
    // The writer's answer says they have it, or the question names the writer's own body: the sign stays.
    [InlineData("is a numb bum a bad sign mine has been numb since this morning with back pain", SymptomIds.SaddleNumbness)]
    [InlineData("is it bad that my legs are numb with back pain i dont know what to do", SymptomIds.LegNumbnessTingling)]
    public void An_unpunctuated_question_with_the_writers_own_sign_keeps_it(string text, string sign) =>
        Assert.Contains(sign, screen.Read(text).Signs);
}
