using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Everyday senses of emergency words (morning round, 2026-12-04): a small thing that hits a parked car, an airbag
/// warning light, getting out of breath on stairs that settles in a minute, face cheeks numb from the cold, getting
/// something up a ladder, "down there" in the foot, and needing to go to the doctor. Each raises no emergency alert;
/// the same words said as the sign still do.
/// </summary>
public sealed class EverydayEmergencyWordsTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("someones kid hit my car with a football and i hurt my back bending to check the bumper")]
    [InlineData("car got dinged by a runaway trolley at tesco, back sore from lifting the shopping")]
    [InlineData("theres an airbag warning light on the dash and my lower back aches after the long drive")]
    [InlineData("the garage rang about an airbag recall, anyway my back is stiff from sitting")]
    [InlineData("bit puffed after two flights of stairs but fine after a couple of minutes, my back is the problem")]
    [InlineData("my cheeks go numb from the cold on the bike, back sore after riding")]
    [InlineData("couldnt get the plasterboard up the stairs on my own, back is killing me")]
    [InlineData("tingling down there in my left foot and my lower back aches")]
    [InlineData("cant feel much down there on my heel, back aches")]
    [InlineData("do i need to go to the doctor about my back or just rest it")]
    [InlineData("i dont know if i need to go to work tomorrow with this back")]
    [InlineData("wanted to go to the physio but my back eased off")]
    public void Everyday_senses_raise_no_emergency_alert(string text) =>
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("a van hit my car at the lights this morning and my back is agony")]
    [InlineData("airbags went off when the truck hit us and my lower back is in bits")]
    [InlineData("so breathless just lying in bed and my back is in agony")]
    [InlineData("both bum cheeks are numb since my back went")]
    [InlineData("cant get it up at all since my back went, never had that before")]
    [InlineData("numb down there when i wipe and my back is agony")]
    [InlineData("back pain and i cant tell when i need to go, wet myself twice today")]
    [InlineData("lower back agony since the weekend and i found my sweats wet through this morning, not sweat")]
    public void The_same_words_said_as_the_sign_keep_the_emergency(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    /// <summary>
    /// "Sweats" is sweatpants and sweating alike: soaking or night sweats with back pain are a fever sign (urgent), not
    /// wet clothes (a bladder emergency); wet sweatpants stay the emergency above.
    /// </summary>
    [Theory]
    [InlineData("my back aches and i wake up in soaking sweats most nights")]
    [InlineData("back pain and drenched night sweats, had the sweats on and off all week")]
    public void Sweating_with_back_pain_is_urgent_not_a_bladder_emergency(string text)
    {
        var alert = screen.Screen(text);
        Assert.Equal(AlertLevel.Urgent, alert?.Level);
        Assert.DoesNotContain(SymptomIds.BladderBowelChange, screen.Read(text).Signs);
    }
}
