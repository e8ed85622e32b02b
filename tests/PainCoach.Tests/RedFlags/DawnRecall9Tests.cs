using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician signs closed in the dawn round (recall9), each class both ways: the sign in new words must
/// reach its level, and everyday texts in similar words must raise no alert. Our own sentences, not corpus text
/// (docs/triage-rounds.md, "recall9 (dawn round)").
/// </summary>
public sealed class DawnRecall9Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A red, swollen foot with heat felt coming off it; a list with one sign a line.
    [InlineData("my ankle has gone fat and pink and the heat pours off it")]
    [InlineData("heel red and fat, I can feel the heat off it through my slipper")]
    [InlineData("right foot:\n- red\n- hot\n- puffy")]
    // A foot that scrapes the ground; the knee lifted high so the toes clear it.
    [InlineData("back has been bad all week and my left toes keep scuffing the carpet")]
    [InlineData("since the sciatica I lift my leg up high so my foot doesnt drag")]
    // A fall of a floor of a building onto the heels.
    [InlineData("fell through into the lift shaft at work and landed on my heels")]
    [InlineData("dropped about a storey off the loading bay onto my feet, heel is wrecked")]
    // No weight through the foot at all.
    [InlineData("tried to get up this morning, zero weight through that heel")]
    [InlineData("heel agony, cant get any weight through it")]
    // A foot that looks off after an injury.
    [InlineData("since I fell on the ice the side of my foot has a bump that wasnt there, it looks off")]
    [InlineData("bashed my foot on the bed frame and now there's a step in it on top")]
    // One calf no longer matching the other; a leg below the knee swelled up.
    [InlineData("my calves always matched but now the left one is puffy and warm")]
    [InlineData("right leg under the knee has ballooned up, warm and tender")]
    // Hot and cold spells with a pain.
    [InlineData("heel sore and ive had hot and cold spells all evening")]
    // As though somebody kicked the back of the heel.
    [InlineData("felt as though someone had struck me hard on the back of the left heel during badminton")]
    // A typed carer frame: the grandchild types for the patient.
    [InlineData("typing for nan, her foot has gone red hot and swollen since last night")]
    [InlineData("im typing this for him, grandad fell off the loft ladder onto his heels and cant put any weight on his foot")]
    [InlineData("its my grandpas phone, he fell off the garage roof onto his heels and cant stand on his foot")]
    public void An_urgent_sign_in_new_words_is_urgent(string text) => Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    // Heel pain past two weeks, still there after self-care, told across sentences.
    [InlineData("heel hurting a month now. taped it, iced it, new insoles. still sore first thing")]
    // Stiffness till a mid-morning break; "fine by" a break is not a clearing.
    [InlineData("my lower back is stiff first thing until my ten oclock break")]
    [InlineData("back stiff for over an hour after I get up, fine by the smoko")]
    // The back named as not getting better.
    [InlineData("back still isnt improving, 7 weeks of physio")]
    // Worse than childbirth or a kidney stone.
    [InlineData("this back is worse than giving birth, and I've done that three times")]
    [InlineData("heel pain more painful than my kidney stone was")]
    // A leg weakish.
    [InlineData("my right leg is weakish since the back went")]
    // From bad to worse in steps.
    [InlineData("my back has gone from niggly to sore to worse since friday")]
    // Night pain with a baby asleep.
    [InlineData("baby is finally asleep and my heel throbs at night whenever I lie still")]
    // A leg giving way after the gym, with back pain.
    [InlineData("back aching and my right leg gave way after the gym again")]
    // Back pain that has dragged on for weeks.
    [InlineData("this back ache has dragged on for six weeks")]
    // A cancer feared back, with pain.
    [InlineData("frightened my lymphoma has come back, my back aches")]
    public void A_see_a_clinician_sign_in_new_words_alerts(string text) => Assert.True(screen.Screen(text)?.Level >= AlertLevel.SeeClinician, text);

    [Theory]
    [InlineData("the radiator is throwing off heat and my dog is fat and red from the sun, heel fine")]
    [InlineData("heel: sore. swollen? no. hot? no")]
    [InlineData("scraped my heel on the pool step, a small graze")]
    [InlineData("marching band practice tonight and my feet ache a bit")]
    [InlineData("went up a floor in the lift and my heel was sore")]
    [InlineData("slipped on a floor that was just mopped, heel a bit bruised")]
    [InlineData("no weight loss this month, heel sore after walks")]
    [InlineData("physio says put no weight on it for two days, heel ok")]
    [InlineData("heel sore a few days. did the stretches. still there a bit")]
    [InlineData("back stiff for ten minutes in the morning, fine by the tea break")]
    [InlineData("morning tea with the walking group at 10, heel fine")]
    [InlineData("my new trainers look a funny shape, heel ok")]
    [InlineData("both calves were the same size when the nurse measured them, heel sore")]
    [InlineData("labour was worse than my back, which is only a niggle")]
    [InlineData("a bit weakish after the flu, back fine")]
    [InlineData("hot and cold water in the foot spa helps my heel")]
    [InlineData("I get hot and cold flushes with the menopause, back a bit stiff")]
    [InlineData("felt like someone was watching me at the gym, heel fine")]
    [InlineData("typing for nan, what insoles are best for heel pain")]
    [InlineData("its my grandads phone, he wants the back exercise leaflet")]
    [InlineData("my brother snapped his achilles at football, asking for him, how long is recovery")]
    [InlineData("worried about my cancer test results next week, back fine")]
    public void An_everyday_text_in_similar_words_raises_no_alert(string text) => Assert.Null(screen.Screen(text));
}
