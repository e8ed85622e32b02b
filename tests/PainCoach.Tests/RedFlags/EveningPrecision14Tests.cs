using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the evening round (precision14), each class both ways: everyday texts that must raise no
/// alert (each alerted before), with and without a subscriber's program, and the real sign in similar words that must
/// keep its level. Our own sentences, not corpus text (docs/triage-rounds.md, "precision14 (evening round)").
/// </summary>
public sealed class EveningPrecision14Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Another person's diabetes, the writer saying they have none ("granddad" is another person).
    [InlineData("my granddad has type 2, not me, what socks for my sore heel")]
    [InlineData("my granddad has sugar diabetes, i dont, my heel hurts after netball")]
    // "ain't" as a denial: "i ain't diabetic", "aint had a temperature".
    [InlineData("i ain't diabetic, just got high arches, which trainers for heel pain")]
    [InlineData("i aint had a temperature, just my back stiff from painting")]
    [InlineData("i ain't got sugar diabetes, heel sore from new shoes")]
    // Laughter or a fright told before "nearly wet myself".
    [InlineData("we were crying with laughter and i nearly wet myself, back a bit stiff from the chairs")]
    [InlineData("that horror film scared me so much i almost peed myself, heel sore from the walk home")]
    // A fall dated long ago and said healed; a fall with only a scrape and the back and feet said unhurt.
    [InlineData("broke my heel falling off a wall last year, fully mended now, can i do a 10k?")]
    [InlineData("last summer i came off a horse and fractured my back, healed now, which core exercises")]
    [InlineData("came off my bike on friday but only grazed my elbow, back and heels fine, ok to ride?")]
    [InlineData("fell down the stairs last week, only bruised my arm, nothing wrong with my back, any stretches?")]
    // A knee that has given way now and then for years.
    [InlineData("my knee gives out every now and then, has for years since an old skiing injury, back aching")]
    [InlineData("my knee buckles every so often, always has, heel sore after runs")]
    // A thing, not a foot, that looks odd since it was dropped or fallen on.
    [InlineData("my phone looks all bent since i fell on it, heel sore")]
    [InlineData("my sunglasses look wonky since i dropped them, back twinge")]
    // A doctor's instruction to keep weight off a foot for a time after an operation.
    [InlineData("my physio says no weight on that foot for 4 weeks after the op")]
    [InlineData("non weight bearing for six weeks after my ankle surgery, on crutches, back ok")]
    // Burning feet after a day out on them.
    [InlineData("been on my feet all day at the zoo with the kids, feet burning, heel tender")]
    public void Everyday_texts_of_the_evening_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    // A form or a checklist answered item by item ("diabetes: no"), and laughter or a relative's diabetes, with no pain area.
    [InlineData("the form asks about cancer: no. diabetes: no. who do i send it to?")]
    [InlineData("fever: no. numbness: no. is the clinic open saturday?")]
    [InlineData("the panto was so funny i nearly wet myself, can i change my slot")]
    [InlineData("my granddad has diabetes, i dont, can he book too?")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("i aint got no feeling down below and my back is agony", AlertLevel.Emergency)]
    [InlineData("aint got no control of my bladder since my back went", AlertLevel.Emergency)]
    [InlineData("my granddad has diabetes and i do as well, my heel has hurt for days", AlertLevel.SeeClinician)]
    [InlineData("back pain and i keep wetting myself since monday, not laughing", AlertLevel.Emergency)]
    [InlineData("i laughed and wet myself without knowing, back agony, never happened before", AlertLevel.Emergency)]
    [InlineData("broke my heel falling off a wall last year, it was fine but it's been agony again since yesterday", AlertLevel.Urgent)]
    [InlineData("came off my bike on friday, only grazed my elbow i thought, but now my back hurts badly", AlertLevel.Emergency)]
    [InlineData("fell from a ladder yesterday and my back is killing me", AlertLevel.Emergency)]
    [InlineData("my knee keeps giving way since my back went last week", AlertLevel.SeeClinician)]
    [InlineData("my leg gives way more and more each day, back pain", AlertLevel.Urgent)]
    [InlineData("dropped a tin on my foot and now it looks all wrong", AlertLevel.Urgent)]
    [InlineData("i cant put any weight on my foot since i fell off the step", AlertLevel.Urgent)]
    [InlineData("my heel has hurt for 3 weeks since the op, tried rest and ice, no better", AlertLevel.SeeClinician)]
    [InlineData("feet burning and tingling for weeks even when sitting down, heel sore", AlertLevel.SeeClinician)]
    [InlineData("fever: yes, 39.5, back pain", AlertLevel.Urgent)]
    [InlineData("diabetes: yes. heel sore for a week", AlertLevel.SeeClinician)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
