using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the night round (precision8), each class both ways: everyday texts that must raise no alert,
/// and the real sign in similar words that must keep its level. Our own sentences, not corpus text (docs/triage.md,
/// "precision8 (night round)").
/// </summary>
public sealed class NightPrecision8Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // "number" is not numbness.
    [InlineData("could you send me the number for the podiatry team, my heel is no better")]
    [InlineData("what number do i ring to change my back appointment")]
    [InlineData("my feet are numbered one and two on the physio sheet, heel exercises going ok")]
    // Pins and needles as suspense: waiting for news, "emotionally".
    [InlineData("sat on pins and needles waiting for the MRI letter, back is the same as ever")]
    [InlineData("I'm on pins and needles until the consultant rings, heel ok today")]
    [InlineData("pins and needles over my son's driving test, back is grand")]
    // Numbness from the dentist's injection, in the mouth.
    [InlineData("jaw still numb from the dentist, heel a 2 today")]
    [InlineData("the tingling from the dental anaesthetic has gone, back feels alright")]
    // Someone asked about a list of signs (a form, the GP, the physio).
    [InlineData("the GP asked whether I had any numbness or tingling, I don't, heel sore when I get up")]
    [InlineData("insurance form checks for weakness or numbness in the legs, I ticked no, back fine now")]
    // A pain area second in a denied pair: nothing hurts, so a past cancer needs no note.
    [InlineData("had bowel cancer ten years back, no heel or back problems, can my wife join the texts")]
    [InlineData("I'm in remission from breast cancer, booking the annual foot check for my insoles")]
    // The writer is not diabetic.
    [InlineData("our diabetic nurse at school did a foot talk, I'm not diabetic, heel sore after PE duty")]
    // Back to normal shifts from light duties, now the pain is fine.
    [InlineData("heel is fine now, when can I come off light duties and go back to full shifts")]
    // Legs like jelly after leg day, with a back that is only tight.
    [InlineData("legs are jelly after leg day again, back a little tight")]
    // A crowded bus, train or pub ("rammed").
    [InlineData("platform was rammed, got shoved about for ages, back a bit achy")]
    [InlineData("the bus was proper rammed this morning and I stood, heel sore")]
    // A short fall: one or two steps, the bus stop.
    [InlineData("fell down one step at the bus stop, heel a bit sore")]
    [InlineData("tripped down a couple of steps outside the shop, back slightly stiff")]
    // Sweat from exercise, a shift or the heat.
    [InlineData("drenched in sweat after the circuits class, back aching as usual")]
    [InlineData("pouring with sweat from my shift in the bakery, heels sore")]
    [InlineData("soaked in sweat after a hot day on the site, back tired")]
    // The writer's own height.
    [InlineData("I'm 1.8m tall and tripped over the dog, back sore")]
    [InlineData("being 6 foot 3 my back aches in the car, fell asleep on the drive")]
    // Both calves the same.
    [InlineData("is a swollen calf a blood clot? mine are both the same size, heel sore")]
    [InlineData("both my calves look the same, bit tight after the hike, heel sore")]
    // A stumble: a missed step on the bus.
    [InlineData("missed the step getting off the bus, back bit sore")]
    // A health-anxious question about a lasting condition the writer does not say they have.
    [InlineData("could I be getting diabetes? my arches ache after a long shift")]
    [InlineData("scared I've got a tumour, my lower back has ached since I moved house")]
    [InlineData("is it possible this heel pain is early osteoporosis? I'm 40 and fit")]
    [InlineData("how would I know if I had diabetes? the soles of my feet ache after work")]
    [InlineData("could this be gout or diabetes? nothing diagnosed, my heel is sore after walking")]
    public void Everyday_texts_of_the_night_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("numb feet for two weeks, the number of times I've tripped, heel sore", AlertLevel.SeeClinician)]
    [InlineData("pins and needles in my left foot every night for a week, heel sore", AlertLevel.SeeClinician)]
    [InlineData("the GP asked if I had numbness and I do, my right leg has been numb for a week with my back", AlertLevel.SeeClinician)]
    [InlineData("foot went numb after the dentist and it's still numb three days later, heel sore", AlertLevel.SeeClinician)]
    [InlineData("had bowel cancer ten years back and now new back pain for a month", AlertLevel.Urgent)]
    [InlineData("in remission from breast cancer and my heel has started hurting for no reason", AlertLevel.SeeClinician)]
    [InlineData("I'm type 2 diabetic and my heel is really sore", AlertLevel.SeeClinician)]
    [InlineData("still on light duties because my back is too sore for normal shifts", AlertLevel.SeeClinician)]
    [InlineData("back pain and both legs weak and numb after leg day, can't feel the toilet paper", AlertLevel.Emergency)]
    [InlineData("our car got rammed by a lorry on the motorway, back in agony", AlertLevel.Emergency)]
    [InlineData("fell down a full flight of stairs and my back is agony", AlertLevel.Emergency)]
    [InlineData("fell down three steps and my back is killing me", AlertLevel.Emergency)]
    [InlineData("fell down the stairs at the bus station, heel agony", AlertLevel.Urgent)]
    [InlineData("drenched in sweat after the gym and I've got a temperature of 38.5, back aching", AlertLevel.Urgent)]
    [InlineData("I'm 1.7m tall and fell 3 metres off the roof onto my back", AlertLevel.Emergency)]
    [InlineData("left calf swollen and hot, the other one is normal, heel sore", AlertLevel.Urgent)]
    [InlineData("is it my diabetes? my heel has hurt for a week", AlertLevel.SeeClinician)]
    [InlineData("is this pain because of my cancer? my back hurts at night", AlertLevel.Urgent)]
    [InlineData("could I be diabetic? turns out yes, type 2 since May, and my heel hurts", AlertLevel.SeeClinician)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
