using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// People who text with emoji let a face with a thermometer or a thermometer say "fever" for them ("back pain + 🤒").
/// The screen reads those two emoji as the words and every other emoji as punctuation, so a denial, another person or a
/// past episode reads them as it reads "feverish" or "temperature".
/// </summary>
public sealed class SignEmojiTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("lower back aching all day and im 🤒 since lunch")]
    [InlineData("🤒🤒 and my heel throbs")]
    [InlineData("heel pain plus 🌡️ 39 this morning")]
    [InlineData("my back hurts and the 🌡 says 38 and a bit")]
    [InlineData("foot really sore and i feel 🤒 and shaky")]
    public void A_fever_said_by_emoji_with_pain_is_urgent(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
    }

    [Theory]
    [InlineData("on chemo, 🤒 tonight and back aching")]
    [InlineData("transplant meds, 🤒 again today, heel sore")]
    public void A_weakened_immune_system_with_a_fever_said_by_emoji_is_the_urgent_immunosuppressed_fever(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == "immunosuppressed_with_fever");
    }

    [Theory]
    [InlineData("had flu 🤒 years ago, back has been fine since, just asking about stretches")]
    [InlineData("not 🤒 at all, just a stiff back after gardening")]
    [InlineData("no 🌡️, no fever, just a sore heel from new shoes")]
    [InlineData("my son is 🤒 with a cold, my heel is a bit sore from running round after him")]
    [InlineData("the 🌡️ outside says minus 2, my back hates the cold mornings")]
    [InlineData("heel feels better today 🙌 no 🤒 either")]
    public void A_fever_emoji_denied_past_or_someone_elses_raises_nothing(string text)
    {
        Assert.Null(screen.Screen(text));
    }

    [Theory]
    [InlineData("back pain + 🤒", "back pain +  feverish ")]
    [InlineData("🌡️ 39", " temperature \uFE0F 39")]
    [InlineData("heel sore 🦶😫", "heel sore 🦶😫")]
    public void Only_the_two_emoji_that_name_a_sign_become_words(string text, string expected)
    {
        Assert.Equal(expected, FreeTextRedFlagScreen.WithSignEmojiAsWords(text));
    }
}
