using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// A phrase marked <c>acrossSentences</c> finds its parts in different sentences of a text ("Heel pain: 3 weeks. Tried:
/// ice, insoles. Result: no change."), as people who write short notes or forms tell one sign over several sentences.
/// The sign's <c>unless</c>, or pain said to be over, in any sentence clears it.
/// </summary>
public sealed class AcrossSentencesTests
{
    private const string Template = """
        {"reviewed":"2026-12-04","words":{},"idioms":[],
         "negation":{"window":3,"cues":["no","not"],"otherPeople":[],"clearedAfter":"is fine"},
         "areas":{"back":"back","heel":"heel"},
         "spelling":{"targets":[],"keep":[]},
         "generalQuestion":{"starts":"(what|how)","firstPerson":"i|my"},
         "signs":[{"id":"heel_pain_past_two_weeks","source":"test","unless":"better",
           "phrases":[PHRASE]}]}
        """;

    private const string Parts = """ "allOf":["(\\d+|three|four) weeks","ice|insoles|stretches","no change|nothing helps"],"fires":[],"quiet":[] """;

    private static RedFlagPhrases Load(string phrase) =>
        RedFlagPhrases.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Template.Replace("PHRASE", phrase, StringComparison.Ordinal))));

    private static FreeTextRedFlagScreen Screen(bool across) => new(Load(across ? $$"""{"acrossSentences":true,{{Parts}}}""" : $$"""{{{Parts}}}"""));

    [Theory]
    [InlineData("Heel pain: 3 weeks. Tried: ice, insoles. Result: no change.")]
    [InlineData("my heel has hurt for four weeks. i did the stretches every day. nothing helps")]
    [InlineData("my heel has hurt for four weeks, i did the stretches every day, nothing helps")]
    public void Parts_told_in_different_sentences_read_as_the_sign(string text)
    {
        Assert.Contains(ContextSigns.HeelPainPastTwoWeeks, Screen(across: true).Read(text).Signs);
        Assert.Equal(AlertLevel.SeeClinician, Screen(across: true).Screen(text)?.Level);
    }

    [Fact]
    public void Without_the_mark_a_phrase_needs_its_parts_in_one_sentence()
    {
        const string Text = "Heel pain: 3 weeks. Tried: ice, insoles. Result: no change.";

        Assert.DoesNotContain(ContextSigns.HeelPainPastTwoWeeks, Screen(across: false).Read(Text).Signs);
        Assert.Contains(ContextSigns.HeelPainPastTwoWeeks, Screen(across: false).Read("heel pain 3 weeks, tried ice, no change").Signs);
    }

    [Theory]
    [InlineData("heel pain 3 weeks. tried ice and insoles. no change at first but much better now")]
    [InlineData("heel pain 3 weeks. tried ice. nothing helps. now its better")]
    [InlineData("heel pain 3 weeks. no ice or insoles yet. no change")]
    [InlineData("heel pain 3 weeks. tried ice")]
    public void Unless_anywhere_a_negated_part_or_a_missing_part_clears_it(string text) =>
        Assert.DoesNotContain(ContextSigns.HeelPainPastTwoWeeks, Screen(across: true).Read(text).Signs);

    [Theory]
    [InlineData("""{"acrossSentences":true,"near":3,"allOf":["a","b"],"fires":[],"quiet":[]}""")]
    [InlineData("""{"acrossSentences":true,"pattern":"a","fires":[],"quiet":[]}""")]
    public void A_phrase_across_sentences_needs_two_parts_and_no_window(string phrase)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(phrase));
        Assert.Contains("acrossSentences", error.Message, StringComparison.Ordinal);
    }
}
