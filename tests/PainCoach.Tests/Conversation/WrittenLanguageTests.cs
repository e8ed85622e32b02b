using PainCoach.Conversation;
using PainCoach.Tests.RedFlags;

namespace PainCoach.Tests.Conversation;

/// <summary>
/// Which language a free text's answer is in (<see cref="WrittenLanguage"/>): Spanish for text written mostly in
/// Spanish, English for everything else, Creole, texting shorthand and a borrowed Spanish word included.
/// </summary>
public sealed class WrittenLanguageTests
{
    [Theory]
    [InlineData("me duele mucho la espalda y no puedo orinar desde ayer")]
    [InlineData("tengo fiebre y el pie esta rojo")]
    [InlineData("Me caí de la escalera y la espalda me está matando")]
    [InlineData("se me duermen las dos piernas cuando camino")]
    [InlineData("hola, una pregunta, el dolor del talon es normal en la mañana?")]
    [InlineData("me duele el back desde que me cai")]
    public void Text_written_mostly_in_spanish_is_answered_in_spanish(string text) =>
        Assert.Equal(SmsLanguage.Spanish, WrittenLanguage.Of(text));

    [Theory]
    [InlineData("my back is killing me and i cant feel my legs")]
    [InlineData("mi back a hurt mi bad and mi cyaan feel di two foot dem")]
    [InlineData("y does my heel hurt so much in the morning")]
    [InlineData("my back hurts bad, tengo dolor")]
    [InlineData("gracias")]
    [InlineData("dolor")]
    [InlineData("ya my heel is sore again lol")]
    [InlineData("no pain in my foot today, gracias doctor")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_in_english_creole_or_with_a_borrowed_spanish_word_is_answered_in_english(string? text) =>
        Assert.Equal(SmsLanguage.English, WrittenLanguage.Of(text));

    /// <summary>Haitian Kreyòl, even with the words it shares with Spanish ("la", "se", "mal", "talon", "lè"), is not Spanish (round 28).</summary>
    [Theory]
    [InlineData("talon m fè m mal la maten, se pi mal lè m leve")]
    [InlineData("se lè m kanpe lontan nan travay la talon m fè m mal")]
    [InlineData("do m fè m mal anpil depi samdi, m pa ka mache byen")]
    [InlineData("m gen lafyèv ak do m ki fè m mal, kisa pou m fè?")]
    [InlineData("Bonjou, mwen se yon pasyan, do m fè m mal ankò")]
    [InlineData("pye m anfle la a, li wouj tou")]
    [InlineData("mèsi doktè, talon m pi bon kounye a")]
    public void Text_written_in_kreyol_is_not_answered_in_spanish(string text) =>
        Assert.Equal(SmsLanguage.English, WrittenLanguage.Of(text));

    /// <summary>
    /// Kreyòl whose only listed words were the ones it shares with Spanish ("la", "se", "talon", "lè") is not Spanish either
    /// once its other everyday words count (round 30, kreyol30: "pi", "kontan", "toujou", "jis", "kanpe", "tout", "wi").
    /// </summary>
    [Theory]
    [InlineData("wi, pedal la pi dous, talon m kontan")]
    [InlineData("la a talon m toujou sansib, se jis lè m kanpe")]
    [InlineData("se tout, talon m pi kontan la a")]
    public void Kreyol_with_few_listed_words_and_the_words_it_shares_with_spanish_is_not_answered_in_spanish(string text) =>
        Assert.Equal(SmsLanguage.English, WrittenLanguage.Of(text));

    /// <summary>Spanish with the words Kreyòl shares, or with one Kreyòl-looking word, stays Spanish.</summary>
    [Theory]
    [InlineData("tengo el talon mal desde el lunes, no puedo caminar bien")]
    [InlineData("me cai de la escalera y ahora la espalda me duele mal")]
    [InlineData("ni siquiera puedo caminar con el dolor del talon, me duele la planta")]
    [InlineData("le duele la espalda a mi esposo y a mi tambien")]
    [InlineData("hoy en la mañana se me durmió la pierna y me dio miedo")]
    [InlineData("se me duerme la pierna cuando manejo, men")]
    [InlineData("la semana pasada me dolía el talón, hoy está mejor")]
    [InlineData("se me fue la pierna cuando manejaba, tengo el talón mal")]
    public void Spanish_with_words_kreyol_shares_is_still_answered_in_spanish(string text) =>
        Assert.Equal(SmsLanguage.Spanish, WrittenLanguage.Of(text));

    /// <summary>Tagalog (Taglish), even with the Spanish words it uses ("pero", "mas", "o", "para", "hay", "una", "ni"), is not Spanish (round 30).</summary>
    [Theory]
    [InlineData("masakit pa rin po yung likod ko pero mas okay na kaysa kahapon")]
    [InlineData("Ano po mas maganda, yelo o heat pad para sa sakong?")]
    [InlineData("hay naku, sumakit na naman yung paa ko pero kaya pa naman")]
    [InlineData("nung una po sa umaga lang, pero ngayon buong araw na masakit")]
    [InlineData("para pong may pasa sa binti ko, pero hindi naman masakit")]
    [InlineData("todo ingat naman ako pero nadulas pa rin ako sa hagdan ni Lola")]
    [InlineData("mas masakit po sa gabi, pero hindi ko alam bakit")]
    public void Text_written_in_tagalog_is_not_answered_in_spanish(string text) =>
        Assert.Equal(SmsLanguage.English, WrittenLanguage.Of(text));

    /// <summary>Spanish with the Spanish words Tagalog uses too stays Spanish (round 30).</summary>
    [Theory]
    [InlineData("me duele mas la espalda pero no tengo fiebre")]
    [InlineData("tengo dolor en el talon o en la planta, no se bien")]
    [InlineData("hay dias que no puedo caminar por el dolor")]
    [InlineData("la primera vez fue una caida, pero ahora me duele todo")]
    [InlineData("me pasa todo el tiempo, me duele la espalda")]
    [InlineData("para caminar me duele mas el pie")]
    [InlineData("no tengo fiebre ni dolor en el pie, pero me duele la cintura")]
    public void Spanish_with_words_tagalog_shares_is_still_answered_in_spanish(string text) =>
        Assert.Equal(SmsLanguage.Spanish, WrittenLanguage.Of(text));

    /// <summary>
    /// Over every read corpus part (people's own texts, not written for this test): a Spanish-English writer's texts
    /// are answered in Spanish when mostly Spanish (heldout80 mixed mostly English, heldout100 and heldout104 mostly Spanish, heldout116 and heldout117, read since round 25, heldout121 and heldout123, read since round 26, and heldout124 and heldout125, read since round 27, nearly all Spanish, and heldout128, read since round 28), and of the other writers' texts only the three written in Spanish (heldout130's texts written wholly in Haitian Kreyòl are not among them, round 28; nor heldout132's in Kreyòl or heldout135's in Tagalog, round 30)
    /// are (two from a writer who mixed languages, one from a carer for a Spanish-speaking mother). Measured once
    /// (docs/sms.md, "Language"); the figures are a ceiling and a floor, not targets.
    /// </summary>
    [Fact]
    public void Read_corpus_texts_get_spanish_answers_only_when_written_in_spanish()
    {
        var spanishWriters = new Dictionary<string, int>(StringComparer.Ordinal) { ["heldout80"] = 23, ["heldout100"] = 107, ["heldout104"] = 211, ["heldout116"] = 267, ["heldout117"] = 289, ["heldout121"] = 285, ["heldout123"] = 290, ["heldout124"] = 293, ["heldout125"] = 282, ["heldout128"] = 290 };
        var read = RedFlagCorpusTests.EveryText().Where(t => !t.Fresh).ToList();
        var otherSpanish = read.Where(t => !spanishWriters.ContainsKey(t.Part) && WrittenLanguage.Of(t.Text) == SmsLanguage.Spanish).ToList();

        Assert.True(otherSpanish.Count <= 3, string.Join("\n", otherSpanish.Select(t => $"{t.Part}: {t.Text}")));
        foreach (var (part, atLeast) in spanishWriters)
        {
            var spanish = read.Count(t => t.Part == part && WrittenLanguage.Of(t.Text) == SmsLanguage.Spanish);
            Assert.True(spanish >= atLeast, $"{part}: {spanish} texts answered in Spanish, fewer than {atLeast}");
        }
    }
}
