using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the late morning round (emerg11), each class both ways: the sign as South Asian, African
/// and Caribbean English writers and people who describe feelings in images put it, which must reach an emergency
/// alert, and everyday texts in similar words that must raise no alert. Our own sentences, not corpus or probe text
/// (docs/triage-rounds.md, "emerg11 (late morning round)").
/// </summary>
public sealed class LateMorningEmergency11Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Sex: the organ named by a euphemism ("my thing", "mi ting", "manhood", "equipment", "man power") that does not stand,
    // rise, salute or work, in dialect negations too ("nuh", "no dey"); man power gone.
    [InlineData("lower back agony and my thing is not standing up since saturday")]
    [InlineData("mi back a bother mi and mi ting nuh stand up since Tuesday")]
    [InlineData("disc problem and my manhood no dey rise again this week")]
    [InlineData("sciatica and the equipment is not standing to attention any more")]
    [InlineData("my back dey pain me and my man power don vanish since friday")]
    // Sex: a climax that does not arrive, "no orgasm", the finish line not reached after "how do I put this", things that
    // cannot get going downstairs.
    [InlineData("sore lower back and no orgasm whatsoever since the weekend")]
    [InlineData("since my back locked up the climax simply never arrives")]
    [InlineData("back went on monday, how shall i say this, i cant reach the finish line any more")]
    [InlineData("slipped disc and i cant get anything going down there this week")]
    // Bladder and bowel in Hindi-Urdu and South Asian English words: peshab, latrine, control on motions.
    [InlineData("kamar dard and peshab band hai since last night")]
    [InlineData("back paining and in the latrine nothing comes out since morning")]
    [InlineData("back pain and no control on motions since today")]
    // Soiling or leaking found only afterwards, and leaking told far from "down there".
    [InlineData("back gone and i did a poo in my trousers and never noticed")]
    [InlineData("hurt my back and i leaked on the train and only noticed when i saw the damp patch")]
    [InlineData("my back has me leaking like a dripping tap down below")]
    // A bladder full but stuck, locked, or that will not let go.
    [InlineData("back spasm and my bladder is bursting but stuck, not a drop")]
    [InlineData("my back went and my bladder feels like a balloon that wont open")]
    // Saddle numbness in images: cold rubber, rubbery, the feeling switched off, not my own; "yansh".
    [InlineData("back agony and my backside feels like cold plastic when i touch it")]
    [InlineData("back pain and between my legs feels all rubbery since lunch")]
    [InlineData("back pain and when i wipe myself the feeling is switched off down there")]
    [InlineData("my back dey pain me and my yansh feel like say e no be my own")]
    // A carer's frame told with a possessive: "writing on his behalf".
    [InlineData("my brother's back went and he cannot pass urine since morning, texting on his behalf")]
    // Both legs heavy and not to be lifted or trusted; legs on loan; legs that go dead; "down both"; "my two foot";
    // "can hardly walk" at the start is not a question.
    [InlineData("back pain and both my legs are like lead, i can hardly lift them into the car")]
    [InlineData("back bad and both legs feel borrowed, like they are on loan from a stranger")]
    [InlineData("back pain and both my legs go dead when i stand in the queue")]
    [InlineData("sciatica was only in the left leg but now it is shooting down both since monday")]
    [InlineData("mi back a kill mi and mi two foot dem drop weh from mi on di stairs")]
    [InlineData("can barely stand, both my legs feel like somebody elses, back sore for days")]
    // Back trauma in the vehicles of South Asia and East Africa.
    [InlineData("the autorickshaw overturned on the bridge with me in it and my back is very bad")]
    [InlineData("matatu rolled over on the way home, now my back is in agony")]
    // Breathless: breath that is not enough; gasping on a short walk.
    [InlineData("back pain today and my breath is not enough when i talk")]
    [InlineData("backache and now i am gasping just walking to the gate")]
    // The back named before "to": pain from the back to the chest, "a bad back to make"; the back before "gardening".
    [InlineData("a stabbing pain from my back to my chest when i breathe in")]
    [InlineData("can a bad back make the chest feel crushed? mine is crushed right now")]
    [InlineData("i pulled my back gardening and now there is a crushing pressure in my chest")]
    public void Emergency_signs_of_the_late_morning_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Euphemisms and man power in ordinary life.
    [InlineData("my thing is not getting up early, so i stretch my back at night instead")]
    [InlineData("my back hurts because we lack manpower at the warehouse")]
    [InlineData("back sore and my thing is pilates, is it ok to keep going")]
    // Climax and the finish line in ordinary life.
    [InlineData("sore back and the series had no climax, what a let down")]
    [InlineData("back pain but i cant get to the finish line of the half marathon this year")]
    [InlineData("back ache and i cant get the heating going downstairs")]
    // South Asian toilet words in ordinary life.
    [InlineData("back pain, latrine is upstairs so i go less often")]
    [InlineData("back pain and loose motions since eating street food")]
    // Wet patches and leaks in ordinary life.
    [InlineData("back pain and my flask leaked in my bag, i only noticed when i saw the damp patch")]
    [InlineData("back ache and the pipe is leaking all over the place down there in the cellar")]
    [InlineData("back pain and my toddler did a wee in my lap")]
    // A full bladder that is a plain full bladder.
    [InlineData("back pain and stuck on the motorway with a full bladder")]
    // Rubber, plastic and the feeling in ordinary life.
    [InlineData("back pain, the new seat cushion feels like cold plastic")]
    [InlineData("my back is fine, my yansh is tired from the long church service")]
    // A frame with a possessive that asks nothing urgent.
    [InlineData("texting on her behalf, my gran wants insoles for her sore heels")]
    // Heavy things that are not legs; tired legs after a hike; stairs gone down.
    [InlineData("back stiff and the legs of the garden table are heavy, i can hardly lift them")]
    [InlineData("back sore and my legs ache from the hike, cant trust them to do another one")]
    [InlineData("back pain, my mum says her legs are heavy and she cannot lift them after her walk")]
    [InlineData("back pain and i went down both flights of stairs on my bum")]
    // Vehicles and breath in ordinary life.
    [InlineData("back pain from the auto ride to the office every day")]
    [InlineData("my back aches after the matatu ride to town")]
    [InlineData("back pain and i am gasping for a cup of tea")]
    [InlineData("back pain and the time is not enough for all my exercises")]
    // "back to" and "back garden" still as before.
    [InlineData("going back to my chest workouts next week")]
    [InlineData("my back garden needs weeding and my chest cold is gone")]
    public void Everyday_texts_like_the_late_morning_signs_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
