using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Round 28 (rf-vote28): a text said with a "no" is read a second time only when a negation cue bears on a body function,
/// one of <see cref="SecondReading.BodyFunctionWords"/> within four words after it in the same sentence of the English
/// rendering. A "no" that denies something else ("i didnt do anything to it") is not read a second time at all. The
/// sentences are this round's own; <see cref="ReadsEverythingAsAnEmergency"/> shows whether the screen asks.
/// </summary>
public sealed class Round28NegationOnBodyFunctionTests
{
    private static readonly FreeTextRedFlagScreen PhrasesAlone = new();

    [Theory]
    [InlineData("back has ached since the weekend and i didnt do anything to it")]
    [InlineData("back hurts but i dont know what i did")]
    [InlineData("heel sore no swelling no bruise just sore")]
    [InlineData("back sore, the physio said it wasnt anything to worry about")]
    [InlineData("my heel is sore and the new shoes are no help")]
    public void A_no_that_bears_on_no_body_function_is_not_read_a_second_time(string text)
    {
        var reading = new ReadsEverythingAsAnEmergency();
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.True(PhrasesAlone.SaidWithNegation(text));
        Assert.False(PhrasesAlone.NegatesBodyFunction(text));
        Assert.Null(new FreeTextRedFlagScreen(RedFlagPhrases.Default, reading).Screen(text));
        Assert.Null(reading.LastRendering);
    }

    [Theory]
    [InlineData("back still sore and i havent been sleeping great")]
    [InlineData("my heel has not got any better with the insoles")]
    [InlineData("sore heel, havent noticed any swelling")]
    [InlineData("my heel hurts and i dont think i can work my shift")]
    [InlineData("my heel hurts and the stretches did not change a thing")]
    public void A_no_that_bears_on_a_body_function_is_read_against_neighbours_said_with_one(string text)
    {
        var reading = new ReadsEverythingAsAnEmergency();
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.True(PhrasesAlone.NegatesBodyFunction(text));
        Assert.Equal(AlertLevel.Emergency, new FreeTextRedFlagScreen(RedFlagPhrases.Default, reading).Screen(text)?.Level);
        Assert.True(reading.LastSaidWithNegation);
    }

    [Theory]
    [InlineData("i have not been able to sleep since my back went", true)]
    [InlineData("i have not been able to get any sleep since my back went", false)]
    public void The_body_function_word_must_come_within_four_words_of_the_cue(string text, bool read)
    {
        var reading = new ReadsEverythingAsAnEmergency();
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.Equal(read, PhrasesAlone.NegatesBodyFunction(text));
        Assert.Equal(read ? AlertLevel.Emergency : null, new FreeTextRedFlagScreen(RedFlagPhrases.Default, reading).Screen(text)?.Level);
    }

    [Theory]
    [InlineData("the new shoes are no help, walking to work hurts my heel", true)]
    [InlineData("the new shoes are no help. walking to work hurts my heel", false)]
    public void The_body_function_word_must_be_in_the_cues_sentence(string text, bool read)
    {
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.True(PhrasesAlone.SaidWithNegation(text));
        Assert.Equal(read, PhrasesAlone.NegatesBodyFunction(text));
        Assert.Equal(read, new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(text) is not null);
    }

    [Theory]
    [InlineData("me duele la espalda y no he podido dormir", true)]
    [InlineData("me duele el talon y no se por que", false)]
    public void The_words_are_looked_for_in_the_english_rendering(string text, bool read)
    {
        // "no he podido dormir" has no listed word as written; rendered, "havent been able to sleep" has one.
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.True(PhrasesAlone.SaidWithNegation(text));
        Assert.Equal(read, PhrasesAlone.NegatesBodyFunction(text));
        Assert.Equal(read, new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(text) is not null);
    }

    [Fact]
    public void A_text_without_a_cue_is_read_as_before()
    {
        const string Text = "my heel wont let me stand for long at work";
        var reading = new ReadsEverythingAsAnEmergency();
        Assert.Null(PhrasesAlone.Screen(Text));
        Assert.False(PhrasesAlone.SaidWithNegation(Text));
        Assert.Equal(AlertLevel.Emergency, new FreeTextRedFlagScreen(RedFlagPhrases.Default, reading).Screen(Text)?.Level);
        Assert.False(reading.LastSaidWithNegation);
    }

    [Fact]
    public void The_banks_negation_mark_still_counts_every_cue()
    {
        // The bank's marks are SaidWithNegation's, unchanged: only the query side asks for a body function.
        const string Text = "back hurts but i dont know what i did";
        Assert.True(PhrasesAlone.SaidWithNegation(Text));
        Assert.False(PhrasesAlone.NegatesBodyFunction(Text));
    }

    [Fact]
    public void The_word_list_is_the_one_fixed_in_round_28s_plan()
    {
        // Copied from docs/triage-rounds.md, "Round 28", fixed before it was scored: a change here is a new rule.
        string[] plan =
        [
            "feel", "feeling", "felt", "sense", "sensation", "notice", "noticed", "realise", "realize", "tell", "control",
            "hold", "stop", "pee", "wee", "urinate", "piss", "poop", "poo", "empty", "pass", "walk", "walking", "stand",
            "standing", "weight", "bear", "lift", "move", "moving", "raise", "step", "work", "working", "breathe", "breath",
            "breathing", "erection", "hard", "perform", "performing", "finish", "climax", "come", "sleep", "sleeping",
            "better", "improving", "improve", "improved", "change", "changed", "ease", "easing", "eased",
        ];
        Assert.Equal(plan.Order(StringComparer.Ordinal), SecondReading.BodyFunctionWords.Order(StringComparer.Ordinal));
        Assert.Equal(4, SecondReading.BodyFunctionReach);
    }
}
