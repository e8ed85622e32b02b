using PainCoach.Faq;

namespace PainCoach.Tests.Faq;

public sealed class WordTableTests
{
    [Fact]
    public void Every_word_is_found_at_its_position_from_a_span_of_a_longer_text()
    {
        var words = Enumerable.Range(0, 500).Select(i => $"word{i}").ToList();
        var table = new WordTable(words);

        for (var i = 0; i < words.Count; i++)
        {
            var text = $"  {words[i]}  ";
            Assert.Equal(i, table.IndexOf(text.AsSpan(2, words[i].Length)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("heel ")]
    [InlineData("Heel")]
    [InlineData("hee")]
    [InlineData("back pain")]
    public void Words_not_in_the_table_are_not_found_ordinal_and_whole(string probe)
    {
        var table = new WordTable(["heel", "back", "pain"]);

        Assert.Equal(-1, table.IndexOf(probe));
        Assert.False(table.Contains(probe));
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        Assert.Equal(-1, new WordTable([]).IndexOf("heel"));
    }

    [Fact]
    public void A_word_listed_twice_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WordTable(["heel", "back", "heel"]));

        Assert.Contains("'heel'", ex.Message, StringComparison.Ordinal);
    }
}
