using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Caribbean Creole words and the two-word forms of people still learning English, spelt out as data
/// (`spelling.shortForms`) in the night round of 2026-12-06, and the Creole progressive "mi back a hurt" as a back
/// mention. Our own sentences, not corpus text (docs/triage-rounds.md, "Night round").
/// </summary>
public sealed class CreoleAndLearnerFormsTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("no can", "cant")]
    [InlineData("not can", "cant")]
    [InlineData("no feel", "cant feel")]
    [InlineData("very pain", "very painful")]
    public void A_two_word_form_is_spelt_out_whole(string first, string reads) =>
        Assert.Equal(reads, RedFlagPhrases.Default.SpellOutPair(first.Split(' ')[0], first.Split(' ')[1]));

    [Theory]
    [InlineData("no", "fever")]
    [InlineData("can", "no")]
    [InlineData("very", "painful")]
    public void Two_words_that_are_no_listed_form_are_left_to_the_word_reading(string first, string second) =>
        Assert.Null(RedFlagPhrases.Default.SpellOutPair(first, second));

    [Theory]
    [InlineData("i no can stop the pee, back very pain", AlertLevel.Emergency)]
    [InlineData("mi back a hurt and mi cyan pee from this morning", AlertLevel.Emergency)]
    [InlineData("i no feel my private part since my back go bad", AlertLevel.Emergency)]
    public void A_sign_in_creole_or_learner_english_is_read_at_its_level(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("mi back a hurt likkle bit after work, wah stretch fi do")]
    [InlineData("mi pickney foot swell up red an hot, wat mi fi do")]
    [InlineData("no fever, no numb, my back very pain when i lift the box")]
    public void Ordinary_creole_or_learner_english_raises_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
