using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the morning round of 2026-12-06 (precision18), each class both ways: everyday texts that must
/// raise no alert (each alerted on main), texts with no pain area that stay quiet under any program, and the real sign in
/// similar words that must keep its level. Our own sentences, not corpus text (docs/triage-rounds.md, "precision18").
/// </summary>
public sealed class MorningPrecision18Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A review score: "10/10 would ... again", with no pain word in the sentence.
    [InlineData("tried the standing desk for my back, 10/10 would stand again")]
    [InlineData("new insoles for my heel, 10 out of 10 would walk in them again")]
    // "Didn't help that ..." / "didn't help matters": an aggravation, not a treatment that failed.
    [InlineData("back is in bits after the removals. didnt help that i carried the wardrobe down alone")]
    [InlineData("sore back from the wedding, it didnt help matters that the chairs were awful")]
    // Sitting or sleeping on the settee, sofa or couch all night, with no pain keeping them up.
    [InlineData("is it bad kipping on the couch all night? lower back a bit tight this morning")]
    [InlineData("is it bad sleeping on the sofa all night, my back is stiff")]
    // An illness with a temperature that is over.
    [InlineData("had the flu with a temperature, all done and dusted now, back sore from hoovering")]
    [InlineData("had a temp with a chest bug, long over, lower back stiff from the sofa")]
    // Falling asleep is no fall; "my head on" is no head-on crash.
    [InlineData("fell asleep on the top bunk at the caravan and my back is stiff this morning")]
    [InlineData("fell asleep on the sofa with my foot in a weird position and now my heel aches")]
    [InlineData("nodded off on the tram with my head on the window, upper back stiff")]
    // A light thing fell on the writer.
    [InlineData("a pillow dropped on me from the top bunk, back just stiff from the long drive")]
    // A blister, spot or boil on the heel that popped.
    [InlineData("the blister on the back of my heel burst on the walk, stings")]
    // A thing losing power.
    [InlineData("my phone keeps losing power every day, back aching from the desk")]
    // A leg that was weak and is strong again now.
    [InlineData("my left leg lost its strength in the plaster but its strong again now, heel a bit sore")]
    // Rolling down a car window is no rollover.
    [InlineData("rolled down the car window at the car park barrier and my back twinged")]
    public void Everyday_texts_of_the_morning_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("fell asleep on the top bunk in the hostel")]
    [InlineData("a cushion fell on me from the top bunk")]
    [InlineData("the blister on my heel popped")]
    [InlineData("my laptop is losing power every day")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("back pain is 10/10, would not wish it on my worst enemy", AlertLevel.SeeClinician)]
    [InlineData("heel pain 9/10 would give anything to walk normally again", AlertLevel.SeeClinician)]
    [InlineData("back pain for 8 weeks, the physio didnt help that i can tell", AlertLevel.SeeClinician)]
    [InlineData("back pain wakes me every night so i end up on the sofa all night", AlertLevel.SeeClinician)]
    [InlineData("thought the flu was all over but now its back with a temperature, lower back aching", AlertLevel.Urgent)]
    [InlineData("i have a temperature and im sweating all over now, back agony", AlertLevel.Urgent)]
    [InlineData("a car hit us head on at the lights and my back is agony", AlertLevel.Emergency)]
    [InlineData("fell asleep on the top bunk and rolled off onto the floor, back agony", AlertLevel.Emergency)]
    [InlineData("a pillow fell on me and then the top bunk collapsed on top of me, back agony", AlertLevel.Emergency)]
    [InlineData("felt a pop at the back of my heel like i was kicked", AlertLevel.Urgent)]
    [InlineData("my right leg is losing more strength every day and im tripping", AlertLevel.Urgent)]
    [InlineData("we rolled down the embankment in the car and my back is agony", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
