using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// "kidney transplant 3 years ago, fever and back pain": the remote time dates the operation or the diagnosis before it,
/// not the fever after it, so the fever is now and urgent (with a weakened immune system it is the immunosuppressed
/// fever). A fever that the remote time does date ("years ago i had a fever") stays past.
/// </summary>
public sealed class FeverAfterADatedProcedureTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("had my knee op years ago, fever and back ache since yesterday")]
    [InlineData("spinal fusion years ago, temperature of 38 and my back is sore")]
    [InlineData("diagnosed with lupus years ago, fever and sore heel this week")]
    [InlineData("gallbladder out many years ago, feverish and my back hurts")]
    [InlineData("bunion surgery a few years ago, fever and my heel aches")]
    [InlineData("hip replacement two years ago, fever since the weekend and my lower back is sore")]
    public void A_fever_after_an_operation_or_diagnosis_dated_years_ago_is_urgent(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id.Contains("fever", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kidney transplant 3 years ago, fever and back pain")]
    [InlineData("heart transplant 6 yrs ago, shivery and hot with back pain")]
    public void A_transplant_dated_years_ago_with_a_fever_now_is_the_urgent_immunosuppressed_fever(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Contains(alert.Flags, f => f.Id == "immunosuppressed_with_fever");
    }

    [Theory]
    [InlineData("had a fever years ago with a kidney infection, back is just stiff now")]
    [InlineData("years ago i had a fever with back pain, nothing like that now")]
    [InlineData("knee op years ago, no fever, back just a bit stiff")]
    [InlineData("fever years ago after my op, all fine since, heel a bit sore from walking")]
    [InlineData("my dads transplant was years ago, he had a fever then, my back aches from lifting him")]
    public void A_fever_the_remote_time_dates_or_denied_or_someone_elses_raises_nothing(string text)
    {
        Assert.Null(screen.Screen(text));
    }
}
