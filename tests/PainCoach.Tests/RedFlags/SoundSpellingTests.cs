using PainCoach.Language;
using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Key words spelt by sound (<see cref="SoundSpelling"/>): read as the key word when the written word is no English word
/// and sounds like exactly one key word; English words, and words that sound like two key words, stay as written.
/// </summary>
public sealed class SoundSpellingTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("bak", "back")]
    [InlineData("swolen", "swollen")]
    [InlineData("feaver", "fever")]
    [InlineData("diabeetis", "diabetes")]
    [InlineData("imune", "immune")]
    [InlineData("weting", "wetting")]
    [InlineData("toylet", "toilet")]
    [InlineData("nite", "night")]
    [InlineData("laddar", "ladder")]
    public void A_word_spelt_by_sound_is_read_as_the_key_word(string written, string read) =>
        Assert.Equal(read, RedFlagPhrases.Default.Correct(written));

    [Theory]
    [InlineData("book")] // English: in the model's vocabulary
    [InlineData("bike")]
    [InlineData("heal")]
    [InlineData("pies")] // English by its ending: "pie" is in the vocabulary
    [InlineData("heals")]
    [InlineData("bake")] // listed to keep: not in the vocabulary, and no one means "back" by it
    [InlineData("pooped")]
    [InlineData("wett")] // sounds like "weight" and "wet": no guess between two key words
    [InlineData("zzq")]
    [InlineData("ok")] // too short to read by sound
    public void An_english_word_or_an_unclear_one_stays_as_written(string word) =>
        Assert.Equal(word, RedFlagPhrases.Default.Correct(word));

    [Theory]
    [InlineData("bak", "back")]
    [InlineData("hele", "heel")]
    [InlineData("numm", "numb")]
    [InlineData("aksident", "accident")]
    [InlineData("diabeetis", "diabetes")]
    [InlineData("brething", "breathing")]
    public void Words_that_sound_alike_share_a_key(string written, string word) =>
        Assert.Equal(SoundSpelling.Key(word), SoundSpelling.Key(written));

    [Theory]
    [InlineData("book", "back")]
    [InlineData("feet", "foot")]
    [InlineData("fell", "fall")]
    [InlineData("wetting", "waiting")]
    public void Words_that_sound_different_have_different_keys(string a, string b) =>
        Assert.NotEqual(SoundSpelling.Key(a), SoundSpelling.Key(b));

    [Theory]
    [InlineData("my bak is agony and i keep weting myself", AlertLevel.Emergency)]
    [InlineData("fel of a laddar onto my bak", AlertLevel.Emergency)]
    [InlineData("got a feaver and my foot is killin me", AlertLevel.Urgent)]
    [InlineData("diabeetic and my foot is red hot and swolen", AlertLevel.Urgent)]
    public void A_sign_spelt_by_sound_fires(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("pooped after a long shift, my bak is a bit sore")]
    [InlineData("i bake bread at 4am every day and my heel aches by lunch")]
    [InlineData("no feaver, just a sore hele after football")]
    public void Ordinary_text_spelt_by_sound_raises_nothing(string text) =>
        Assert.Null(screen.Screen(text));

    [Fact]
    public void The_vocabulary_is_a_list_of_english_words()
    {
        var words = ModelVocabulary.WholeWords;
        Assert.InRange(words.Count, 20_000, 25_000);
        Assert.Contains("back", words);
        Assert.Contains("fever", words);
        Assert.DoesNotContain("feaver", words);
        Assert.All(words, word => Assert.Matches("^[a-z]+$", word));
    }
}
