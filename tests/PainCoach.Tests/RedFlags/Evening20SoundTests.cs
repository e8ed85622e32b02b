using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Key words spelt by ear that the sound reading could not map before the evening round of 2026-12-06 (sound20), each
/// class both ways: endings written as they are said ("ankel", "needels", "brittel" for a syllabic "le"; "slipt" for
/// "-ed" said "t"; "presher" for "sure" said "shur"; "carves" for "calves" with its "l" silent; "heles", "nites",
/// "minits" with a silent "e" before the plural "s"); key words missing from the targets ("flite", "scafold",
/// "climacks", "methotreksate"); "breth" read as "breath" alone now that "breathe" is no target; real words a writer by
/// ear puts for another ("an our", "worse then", "cant finnish", "the hole flight"); a motorbike that "went under a
/// lorry"; and a foot that "can take zero weight". The same words in their everyday sense stay as written or quiet. Our
/// own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "sound20").
/// </summary>
public sealed class Evening20SoundTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("ankel", "ankle")]
    [InlineData("needels", "needles")]
    [InlineData("brittel", "brittle")]
    [InlineData("slipt", "slipped")]
    [InlineData("presher", "pressure")]
    [InlineData("presure", "pressure")]
    [InlineData("carves", "calves")]
    [InlineData("carf", "calf")]
    [InlineData("heles", "heels")]
    [InlineData("nites", "nights")]
    [InlineData("minits", "minutes")]
    [InlineData("flite", "flight")]
    [InlineData("scafold", "scaffold")]
    [InlineData("climacks", "climax")]
    [InlineData("methotreksate", "methotrexate")]
    [InlineData("breth", "breath")]
    [InlineData("breeth", "breath")]
    [InlineData("diabeetis", "diabetes")] // a two-syllable "-es" keeps its vowel
    [InlineData("achilleez", "achilles")]
    public void An_ending_said_otherwise_or_a_new_key_word_is_read_by_sound(string written, string read) =>
        Assert.Equal(read, RedFlagPhrases.Default.Correct(written));

    [Theory]
    [InlineData("flit")] // Scots for moving house, kept
    [InlineData("gout")]
    [InlineData("thies")] // "thighs" shares its key with "this": not a target
    [InlineData("finnish")]
    [InlineData("hole")]
    public void Words_that_could_slip_stay_as_written(string word) =>
        Assert.Equal(word, RedFlagPhrases.Default.Correct(word));

    [Theory]
    [InlineData("pins and needels down both legs since my bak went", AlertLevel.Emergency)]
    [InlineData("bak pain and im out of breth climbing the stairs", AlertLevel.Emergency)]
    [InlineData("since my bak went i cant finnish in bed with my wife", AlertLevel.Emergency)]
    [InlineData("bak is bad and i cant climacks anymore, its new", AlertLevel.Emergency)]
    [InlineData("slipt and went down the hole flite of stairs on my bak", AlertLevel.Emergency)]
    [InlineData("my motorbike went under a tractor on the lane, my lower bak is bad", AlertLevel.Emergency)]
    [InlineData("felt a pop in the bak of my ankel at netball and i cant push off", AlertLevel.Urgent)]
    [InlineData("came off the scafold onto my heles, both really sore", AlertLevel.Urgent)]
    [InlineData("my left carves is bigger then my right and red and hot", AlertLevel.Urgent)]
    [InlineData("cant put any presher on my foot since the fall", AlertLevel.Urgent)]
    [InlineData("tripped off the kerb and my foot can take zero weight", AlertLevel.Urgent)]
    [InlineData("taking methotreksate for psoriasis and my hele has started hurting", AlertLevel.SeeClinician)]
    [InlineData("my bak is stiff for half an our every mornin", AlertLevel.SeeClinician)]
    [InlineData("bak stiff for 50 minits after i get up", AlertLevel.SeeClinician)]
    [InlineData("my bak pain is worse then last week and the week before", AlertLevel.SeeClinician)]
    public void A_sign_spelt_by_ear_is_caught_at_its_tier(string text, AlertLevel level) =>
        Assert.True(screen.Screen(text)?.Level >= level, text);

    [Theory]
    [InlineData("bought new knitting needels, heel a bit sore")]
    [InlineData("my breth smells of coffee, back fine")]
    [InlineData("helped my brother flit on sunday, back a bit stiff")]
    [InlineData("our cat sleeps on my feet, heel fine")]
    [InlineData("my back got worse then it eased off, fine now")]
    [InlineData("there is a hole in my trainer, heel fine")]
    [InlineData("my heles are a bit dry, no pain")]
    [InlineData("the surgeon said my foot can take zero weight for six weeks after the op")]
    [InlineData("zero problems putting weight on it now")]
    [InlineData("i cant speak finnish but my back is fine")]
    [InlineData("the ball went under a parked van, back a bit sore from getting it")]
    public void The_same_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));
}
