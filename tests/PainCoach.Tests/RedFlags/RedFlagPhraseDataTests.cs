using System.Text.Json;
using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The phrase data (red-flag-phrases.json) tests itself: every phrase carries examples it must catch and near misses
/// the screen must not read as that sign, and every idiom an example that must raise no alert.
/// </summary>
public sealed class RedFlagPhraseDataTests
{
    private static readonly RedFlagPhrases Data = RedFlagPhrases.Default;
    private readonly FreeTextRedFlagScreen screen = new();

    public static TheoryData<string, int> Phrases()
    {
        var data = new TheoryData<string, int>();
        foreach (var sign in Data.Signs)
        {
            for (var i = 0; i < sign.Phrases.Count; i++)
            {
                data.Add(sign.Id, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Every_phrase_fires_on_its_examples_and_not_on_its_near_misses(string signId, int index)
    {
        var sign = Data.Signs.Single(s => s.Id == signId);
        var phrase = sign.Phrases[index];

        Assert.NotEmpty(phrase.Fires);
        Assert.NotEmpty(phrase.Quiet);
        Assert.All(phrase.Fires, text =>
        {
            var sentences = screen.Sentences(text).ToList();
            var backNamed = screen.Read(text).Area is PainArea.Back or PainArea.Any;
            var caught = phrase.AcrossSentences
                ? screen.MatchesAcrossSentences(phrase, screen.TimesOf(text), sign, backNamed)
                : sentences.Any(s => screen.Matches(phrase, s, sign, backNamed));
            Assert.True(caught, $"phrase {index} of {signId} does not catch '{text}'");
            Assert.Contains(signId, screen.Read(text).Signs);
        });
        Assert.All(phrase.Quiet, text => Assert.False(screen.Read(text).Signs.Contains(signId), $"'{text}' reads as {signId}"));
    }

    /// <summary>
    /// JSON lets a key appear twice in one object and the reader keeps the last; in the phrase data a second entry
    /// would silently replace a reviewed one (two helpers' branches merged can each add the same form).
    /// </summary>
    [Fact]
    public void No_key_appears_twice_in_one_object_of_the_phrase_data()
    {
        using var stream = typeof(RedFlagPhrases).Assembly.GetManifestResourceStream(RedFlagPhrases.ResourceName)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var reader = new Utf8JsonReader(memory.ToArray(), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var open = new Stack<HashSet<string>>();
        var repeated = new List<string>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    open.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.EndObject:
                    open.Pop();
                    break;
                case JsonTokenType.PropertyName when !open.Peek().Add(reader.GetString()!):
                    repeated.Add(reader.GetString()!);
                    break;
            }
        }

        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_idiom_matches_its_example_and_the_example_raises_no_alert()
    {
        using var stream = typeof(RedFlagPhrases).Assembly.GetManifestResourceStream(RedFlagPhrases.ResourceName)!;
        using var document = JsonDocument.Parse(stream);
        var idioms = document.RootElement.GetProperty("idioms").EnumerateArray().ToList();

        Assert.Equal(Data.Idioms.Count, idioms.Count);
        for (var i = 0; i < idioms.Count; i++)
        {
            var example = idioms[i].GetProperty("example").GetString()!;
            Assert.Matches(Data.Idioms[i], FreeTextRedFlagScreen.Normalise(example));
            Assert.Null(screen.Screen(example));
        }
    }

    [Fact]
    public void Every_sign_the_catalog_uses_has_phrases_a_source_and_the_data_a_review_date()
    {
        var used = RedFlagCatalog.All.SelectMany(f => f.Patterns.SelectMany(p => p)).ToHashSet();

        Assert.All(used, id => Assert.Contains(Data.Signs, s => s.Id == id && s.Phrases.Count > 0 && s.Source.Length > 0));
        Assert.True(DateOnly.TryParse(Data.Reviewed, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(Data.Signs.Count, Data.Signs.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Bad_data_is_refused_with_the_place_named()
    {
        const string UnknownSign = """{"reviewed":"2026-12-03","words":{},"idioms":[],"negation":{"window":3,"cues":[],"otherPeople":[],"clearedAfter":"fine"},"areas":{"back":"back","heel":"heel"},"signs":[{"id":"nope","source":"x","phrases":[]}]}""";
        const string BadPattern = """{"reviewed":"2026-12-03","words":{},"idioms":[],"negation":{"window":3,"cues":[],"otherPeople":[],"clearedAfter":"fine"},"areas":{"back":"back","heel":"heel"},"signs":[{"id":"fever","source":"x","phrases":[{"pattern":"fever(","fires":[],"quiet":[]}]}]}""";

        Assert.Contains("nope", Assert.Throws<InvalidDataException>(() => Load(UnknownSign)).Message, StringComparison.Ordinal);
        Assert.Contains("fever.phrases[0]", Assert.Throws<InvalidDataException>(() => Load(BadPattern)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_concept_phrase_needs_two_parts_and_word_lists_may_not_loop_and_may_nest_with_digits_in_names()
    {
        const string OnePartNear = """{"reviewed":"2026-12-03","words":{},"idioms":[],"negation":{"window":3,"cues":[],"otherPeople":[],"clearedAfter":"fine"},"areas":{"back":"back","heel":"heel"},"signs":[{"id":"fever","source":"x","phrases":[{"near":4,"allOf":["fever"],"fires":[],"quiet":[]}]}]}""";
        const string Loop = """{"reviewed":"2026-12-03","words":{"a":"x|{b}","b":"y|{a}"},"idioms":[],"negation":{"window":3,"cues":[],"otherPeople":[],"clearedAfter":"fine"},"areas":{"back":"back","heel":"heel"},"signs":[{"id":"fever","source":"x","phrases":[{"pattern":"{a}","fires":[],"quiet":[]}]}]}""";
        const string Nested = """{"reviewed":"2026-12-03","words":{"hot":"hot|{e3_very}","e3_very":"boiling"},"idioms":[],"negation":{"window":3,"cues":[],"otherPeople":[],"clearedAfter":"fine"},"areas":{"back":"back","heel":"heel"},"signs":[{"id":"fever","source":"x","phrases":[{"pattern":"{hot} fever","fires":[],"quiet":[]}]}],"spelling":{},"generalQuestion":{"starts":"what","firstPerson":"i"}}""";

        Assert.Contains("fever.phrases[0]", Assert.Throws<InvalidDataException>(() => Load(OnePartNear)).Message, StringComparison.Ordinal);
        Assert.Contains("loop", Assert.Throws<InvalidDataException>(() => Load(Loop)).Message, StringComparison.Ordinal);
        Assert.Contains(SymptomIds.Fever, new FreeTextRedFlagScreen(Load(Nested)).Read("a boiling fever").Signs);
    }

    [Fact]
    public void A_word_list_named_with_a_digit_expands()
    {
        const string Prefixed = """{"reviewed":"2026-12-03","words":{"u3_hot":"boiling|roasting"},"idioms":[],"negation":{"window":3,"cues":[],"otherPeople":[],"clearedAfter":"fine"},"areas":{"back":"back","heel":"heel"},"signs":[{"id":"fever","source":"x","phrases":[{"pattern":"{u3_hot} fever","fires":[],"quiet":[]}]}],"spelling":{},"generalQuestion":{"starts":"what","firstPerson":"i"}}""";

        var prefixedScreen = new FreeTextRedFlagScreen(Load(Prefixed));

        Assert.Contains(SymptomIds.Fever, prefixedScreen.Read("a roasting fever").Signs);
        Assert.DoesNotContain(SymptomIds.Fever, prefixedScreen.Read("a mild fever").Signs);
    }

    private static RedFlagPhrases Load(string json) => RedFlagPhrases.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("numbnes", "numbness")]
    [InlineData("bladdder", "bladder")]
    [InlineData("sciatcia", "sciatica")]
    [InlineData("swolen", "swollen")]
    [InlineData("ladder", "ladder")]
    [InlineData("cancel", "cancel")]
    [InlineData("would", "would")]
    [InlineData("height", "height")]
    [InlineData("anumbness", "anumbness")]
    [InlineData("achin", "aching")]
    [InlineData("mornins", "mornings")]
    [InlineData("n", "and")]
    [InlineData("foots", "foot")]
    [InlineData("backs", "back")]
    [InlineData("calfs", "calf")]
    [InlineData("rigours", "rigors")]
    [InlineData("cellulitus", "cellulitis")]
    [InlineData("infested", "infested")]
    [InlineData("cannae", "cant")]
    [InlineData("raisin", "raisin")]
    [InlineData("basin", "basin")]
    [InlineData("nae", "no")]
    [InlineData("espalda", "back")]
    [InlineData("carnt", "cant")]
    public void Misspelt_key_words_are_read_as_meant_and_real_words_stay(string word, string expected)
    {
        Assert.Equal(expected, Data.Correct(word));
    }

    [Fact]
    public void A_misspelt_sign_still_fires()
    {
        Assert.Equal(AlertLevel.Emergency, screen.Screen("back pain and numbnes around my bum")!.Level);
        Assert.Null(screen.Screen("can I cancel my appointment, my back is fine now"));
    }

    /// <summary>Texting forms are read as the words they stand for, both ways: a sign said so fires, an idiom stays one.</summary>
    [Fact]
    public void Texting_forms_and_dropped_gs_are_read_as_the_words()
    {
        Assert.Equal(AlertLevel.Urgent, screen.Screen("heel hurts n im burnin up, shiverin under the duvet")!.Level);
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen("keep wakin in the night w my lower back achin")!.Level);
        Assert.Null(screen.Screen("both feet ache after dancin all night at the wedding"));
        Assert.Null(screen.Screen("heel a bit sore n stiff in the mornin"));
    }
}
