using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Real words a phone misheard for key words (<see cref="MisheardWords"/>): read as the key word where a neighbour says
/// so ("my heal", "any wait on it", "my leg is so week"), left as written elsewhere ("time to heal", "cant wait").
/// </summary>
public sealed class MisheardWordsTests
{
    private static readonly MisheardWords Heard = RedFlagPhrases.Default.Heard
        ?? throw new InvalidOperationException("The phrase data lists no misheard words");

    private readonly FreeTextRedFlagScreen screen = new();

    public static TheoryData<string, string, string> ReadExamples() => Examples(read: true);

    public static TheoryData<string, string, string> LeftExamples() => Examples(read: false);

    [Theory]
    [MemberData(nameof(ReadExamples))]
    public void A_misheard_word_whose_neighbours_say_so_is_read_as_the_key_word(string heard, string means, string example)
    {
        var words = example.Split(' ');
        Assert.True(Heard.Rewrite(words), $"'{heard}' was not read as '{means}' in \"{example}\"");
        Assert.Contains(means, words);
        Assert.DoesNotContain(heard, words);
    }

    [Theory]
    [MemberData(nameof(LeftExamples))]
    public void A_listed_word_in_its_own_sense_stays_as_written(string heard, string means, string example)
    {
        var words = example.Split(' ');
        Assert.False(Heard.Rewrite(words), $"'{heard}' was read as '{means}' in \"{example}\"");
        Assert.Equal(example, string.Join(' ', words));
    }

    [Fact]
    public void Every_entry_has_an_example_it_reads_and_every_entry_with_a_context_one_it_leaves()
    {
        Assert.NotEmpty(Heard.Entries);
        Assert.All(Heard.Entries, entry =>
        {
            Assert.NotEmpty(entry.Read);
            Assert.True(entry.Anywhere || entry.Left.Count > 0, $"'{entry.Heard}' has no example it leaves as written");
        });
    }

    [Fact]
    public void The_context_is_read_from_the_words_as_written_not_from_a_word_this_pass_changed()
    {
        // "heal" after "my" is read as heel; "week" is read from "heal", never from "heel" (heel is in no list).
        var words = "my heal week".Split(' ');
        Heard.Rewrite(words);
        Assert.Equal(["my", "heel", "week"], words);
    }

    [Theory]
    [InlineData("cant put any wait on my foot since this morning", AlertLevel.Urgent)]
    [InlineData("my back is agony and both legs have gone week", AlertLevel.Emergency)]
    [InlineData("back pain and my but is numb, cant feel the toilet paper", AlertLevel.Emergency)]
    [InlineData("fell off the latter onto my back", AlertLevel.Emergency)]
    [InlineData("back pane and tight chest since this morning", AlertLevel.Emergency)]
    [InlineData("heard a loud snap in my heal at netball and cant push off", AlertLevel.Urgent)]
    [InlineData("felt a pop at the back of my heal running for the bus", AlertLevel.Urgent)]
    [InlineData("cant put any wait on the heel at all", AlertLevel.Urgent)]
    public void A_sign_a_phone_misheard_fires(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("how long will my heel take to heal, its sore but ok")]
    [InlineData("cant wait to get back to running, heel feels better")]
    [InlineData("back still a bit sore, this is week 3 of the stretches")]
    [InlineData("my back is sore but i can still walk fine")]
    public void Ordinary_text_with_the_listed_words_raises_nothing(string text) =>
        Assert.Null(screen.Screen(text));

    private static TheoryData<string, string, string> Examples(bool read)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var entry in Heard.Entries)
        {
            foreach (var example in read ? entry.Read : entry.Left)
            {
                data.Add(entry.Heard, entry.Means, example);
            }
        }

        return data;
    }
}
