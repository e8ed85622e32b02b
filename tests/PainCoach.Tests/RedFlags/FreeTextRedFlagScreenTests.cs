using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

public sealed class FreeTextRedFlagScreenTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("back pain and I can't control my bladder", "bladder_bowel_change")]
    [InlineData("my back hurts and i cant controll my blader", "bladder_bowel_change")]
    [InlineData("numbness around my back passage", "saddle_numbness")]
    [InlineData("sciatica down both legs", "bilateral_leg_symptoms")]
    [InlineData("fell off a ladder and now my back is agony", "back_pain_after_major_trauma")]
    [InlineData("my back has hurt since the crash on the highway", "back_pain_after_major_trauma")]
    [InlineData("my back hurts and i can't get an erection since last week", "sexual_dysfunction_with_back_pain")]
    public void Emergencies_in_lay_words_name_911(string text, string flagId)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == flagId);
        Assert.Contains("911", alert.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fever and lower back pain", "fever_with_back_pain")]
    [InlineData("running a high temperature and my back hurts", "fever_with_back_pain")]
    [InlineData("heard a pop in my achillies", "achilles_snap")]
    [InlineData("I can not put weight on my foot", "cannot_bear_weight")]
    [InlineData("my ankle looks deformed after I fell", "deformed_foot_after_injury")]
    [InlineData("back pain and I'm losing weight without trying", "cancer_or_weight_loss_with_back_pain")]
    public void Urgent_signs_get_a_same_day_alert(string text, string flagId)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == flagId);
    }

    [Fact]
    public void The_most_urgent_flag_decides_the_level()
    {
        var alert = screen.Screen("fever, back pain and I wet myself");

        Assert.Equal(AlertLevel.Emergency, alert!.Level);
        Assert.Contains(alert.Flags, f => f.Id == "fever_with_back_pain");
    }

    [Theory]
    [InlineData("how long should I ice my heel")]
    [InlineData("what is a slipped disc")]
    [InlineData("my heel is numb and tingly")]
    [InlineData("I have a fever")]
    [InlineData("what temperature should the heat pad be for my back")]
    [InlineData("I crashed on the sofa and now my back is stiff")]
    [InlineData("what's the weather tomorrow")]
    [InlineData("")]
    [InlineData("   ")]
    public void Ordinary_text_and_back_flags_without_back_pain_give_no_alert(string text)
    {
        Assert.Null(screen.Screen(text));
    }
}
