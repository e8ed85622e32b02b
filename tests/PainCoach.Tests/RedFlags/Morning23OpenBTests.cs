using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Items left open by night round 22's helpers, closed in round 23 (open23b), each class both ways: "i dont feel (that)
/// my bum is sore" says what the writer thinks, not lost feeling, while "i dont feel my bum" still is; an emotional
/// numbness with a partner said as such ("for her", "emotionally") is not the intimacy sign, while the bare "cant feel
/// anything when im with my wife" with back pain still is; "stops me finishing" with sex said in other words ("when we
/// make love") is the sexual sign, "finishing my run" is not; a crash on the motorway that only made someone late or
/// held them up, and a crash where nobody was hurt, are no trauma under any program; a time away ("on holiday for two
/// weeks", "off to spain for a fortnight") is not how long the heel hurt; shivering in a cold flat with the temperature
/// denied is the cold, under any program; a key word split in two ("diab etes", "oste oporosis") is read as one. Our own
/// sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "open23b").
/// </summary>
public sealed class Morning23OpenBTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("lower back gone again and i dont feel my backside when i wipe")]
    [InlineData("my back has been agony since friday and i cant feel anything when im with my girlfriend")]
    [InlineData("since the disc went my back pain stops me finishing when we make love")]
    [InlineData("sciatica for a week and now when we are together i dont feel anything")]
    [InlineData("came off the motorway in a pile up, the car rolled, lower back is agony")]
    public void Lost_feeling_below_sexual_signs_and_a_real_crash_stay_emergencies_with_back_pain(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("i have type 2 diab etes and my heel is red, hot and swollen")]
    [InlineData("fevered and shivery, temperature 38, heel throbbing since last night")]
    public void A_split_key_word_and_a_real_fever_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("back pain and they found oste oporosis last year, the pain came on when i lifted a box")]
    public void A_split_osteoporosis_is_read(string text) =>
        Assert.NotNull(screen.Screen(text));

    [Theory]
    [InlineData("heel still sore three weeks on, back from a week away, icing every night and no better")]
    public void Heel_pain_past_two_weeks_is_still_read_beside_a_trip(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("i dont feel my bottom is hurting, the ache is all in my lower back")]
    [InlineData("i didnt feel that my hips were the problem, my back just seizes up at work")]
    [InlineData("my back is sore and i cant feel anything towards my husband lately, we are talking it through")]
    [InlineData("back pain wears me down, i dont feel much emotionally when im with my wife, the gp mentioned depression")]
    [InlineData("can sciatica stop you finishing a half marathon?")]
    [InlineData("a crash on the motorway had us late for the clinic, my back is the same as ever")]
    [InlineData("a lorry crash on the bypass held me up for two hours, heel sore from sitting")]
    [InlineData("my mate clipped a bollard in the car park, nobody hurt, so i missed my back physio")]
    [InlineData("going away for two weeks in the caravan, will the heel messages still come")]
    [InlineData("off to portugal for a fortnight, can i still do my heel stretches on the beach")]
    [InlineData("we were shivering all night because the heating packed up, no temperature, back stiff")]
    [InlineData("heating is off in the flat and im shivering, not feverish, heel sore after work")]
    public void Thinking_a_part_is_not_sore_an_emotional_numbness_a_crash_that_made_someone_late_time_away_and_a_cold_flat_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("my sore back stopped me finishing the hoovering")]
    [InlineData("since my back went it stops me finishing the crossword before bed")]
    public void Finishing_a_task_is_daily_life_at_most_not_the_sexual_sign(string text) =>
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("in continent europe the clinics are different, heel fine")]
    [InlineData("my heel is sore after the sci fi convention, stood all day")]
    public void Two_english_words_are_never_joined(string text) =>
        Assert.Null(screen.Screen(text));
}
