using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the afternoon round (precision13), each class both ways: everyday texts that must raise no
/// alert, with and without a subscriber's program, and the real sign in similar words that must keep its level. Our own
/// sentences, not corpus text (docs/triage-rounds.md, "precision13 (afternoon round)").
/// </summary>
public sealed class AfternoonPrecision13Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Burning feet from a day on them, or said not to be a real burn.
    [InlineData("on my feet all day at the warehouse, feet are burning, any good insoles for my heel?")]
    [InlineData("stood at the stall all day, my feet burn, just tired I think")]
    [InlineData("my feet are burning after the wedding, figure of speech, they're just knackered")]
    // A fever dated far back (last winter, long ago, a year), nothing of now.
    [InlineData("got a fever the winter before last with flu, my back aches a bit from the sofa")]
    [InlineData("had a temperature in 2021 with covid and a sore back, what mattress?")]
    [InlineData("I had a high temperature years ago with glandular fever, now just want tips for my heel")]
    // A crash or fall dated by a bare year and over since.
    [InlineData("I got t-boned 2016, all fine since, heel sore from new shoes")]
    [InlineData("2018 car crash, physio sorted my back, want advice on posture at work")]
    // A past back or heel trouble, none for years.
    [InlineData("my heel used to hurt a lot, haven't had a flare up for years, can I still book the podiatrist?")]
    [InlineData("bad back in my twenties, no problems with it for years now, can I still lift weights")]
    // A diabetic service or product asked about, the writer not saying they are diabetic.
    [InlineData("my heel hurts after running, should i get diabetic socks?")]
    [InlineData("heel pain. do I need a diabetic foot assessment or is that only for diabetics?")]
    // A heart attack given by a bill or a fright.
    [InlineData("the dentist quote has given me a heart attack, my back is a bit sore")]
    [InlineData("that parking fine has given me a mini heart attack, back aching from the drive")]
    public void Everyday_texts_of_the_afternoon_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    // Said with no pain area, so a subscriber's program would give them one (the night round's rule).
    [InlineData("the council tax letter has given me a heart attack lol, can I pay it monthly")]
    [InlineData("my nurse says I'm not diabetic. do I still need the diabetic foot check?")]
    [InlineData("used to have a dodgy back but havent had any bother for years, can I still book a massage")]
    [InlineData("had a fever last christmas, ages ago. what exercises should I do?")]
    public void Everyday_texts_without_a_pain_area_raise_no_alert_under_any_program(string text) =>
        ScreenAssert.NoAlertUnderAnyProgram(screen, text);

    [Theory]
    [InlineData("stood all day yesterday but today my feet are numb and tingling, heel aching", AlertLevel.SeeClinician)]
    [InlineData("burning soles for weeks, not from standing, heel pain", AlertLevel.SeeClinician)]
    [InlineData("I had a fever last winter and now it's back with back pain", AlertLevel.Urgent)]
    [InlineData("fever every night since last winter and my back aches", AlertLevel.Urgent)]
    [InlineData("ran a fever last winter and it never really went away, now my back aches too", AlertLevel.Urgent)]
    [InlineData("I was rear ended 2019 and now again yesterday, my back is agony", AlertLevel.Emergency)]
    [InlineData("rear ended by a 2019 ford this morning, back killing me", AlertLevel.Emergency)]
    [InlineData("I used to have a bad back, haven't had trouble for years, but it has been hurting for 6 weeks now and still no better", AlertLevel.SeeClinician)]
    [InlineData("I'm type 2, do I need a diabetic foot check for this heel pain?", AlertLevel.SeeClinician)]
    [InlineData("should I go to the diabetic foot clinic, I'm diabetic and there's a sore on my toe that won't heal", AlertLevel.Urgent)]
    [InlineData("I think this back pain has given me a heart attack, chest crushing", AlertLevel.Emergency)]
    [InlineData("back pain and I think I'm having a heart attack, chest is tight", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
