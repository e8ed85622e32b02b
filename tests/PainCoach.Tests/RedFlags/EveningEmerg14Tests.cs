using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the evening round (emerg14), each class both ways: the sign as second-language (Latin American,
/// Brazilian and Portuguese) and low-literacy writers put it, which must reach an emergency alert, and everyday texts in
/// similar words that must raise no alert, among them the denial joined by "and" and the resolved erection problem that
/// raised a false emergency before. Our own sentences, not corpus or probe text (docs/triage-rounds.md, "emerg14 (evening round)").
/// </summary>
public sealed class EveningEmerg14Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A vehicle hit the writer, spelt as it sounds or with "in to" written apart.
    [InlineData("a lorry nocked me off my scooter this morning and my back is agony")]
    [InlineData("a taxi went in the back of my car at the lites, lower back bad since")]
    [InlineData("a van reversed in to me at the depot, back hurt ever since")]
    // Both legs told loosely: "they" or "the two" going weak, without strength or force, wobbly and "week", heavy and
    // dead, one side then "the left is the same".
    [InlineData("my back went and now both legs, they are going weak")]
    [InlineData("with the lumbar pain the two legs feel without strength today")]
    [InlineData("since my back went my legs feel wobbly and week")]
    [InlineData("slipped disc and my legs both feel heavy and dead this morning")]
    [InlineData("the right leg went numb and now the left is the same, back sore since friday")]
    // "Sensibility" (Spanish and Portuguese sensibilidad, sensibilidade) for feeling.
    [InlineData("lumbar pain and i lost the sensibility in my legs, both of them")]
    // Sex told as learners and low-literacy writers put it: a misspelt "disappeared", "arrive to the orgasm", the pain
    // "has taken" erections, "stops me finishing in the bedroom", "my you know wont stand up", "mine have since ...".
    [InlineData("back pain and my erection dissapeared this week")]
    [InlineData("since the back started i cant arrive to the orgasm")]
    [InlineData("my bad back has taken my erections away since friday")]
    [InlineData("my back is bad and it stops me finishing in the bedroom since monday")]
    [InlineData("my back went and my you know wont stand up anymore")]
    [InlineData("my back is wrecked. can a disc make your bits stop working? mine have since tuesday")]
    // The seat area numb as "no sensibility" or "like sleeping".
    [InlineData("back pain and no sensibility in my intimate parts since lunch")]
    [InlineData("lumbar pain and the place where i sit is like sleeping")]
    // Breathing: "cannot breathe good" (the adverb is not a clearing), drowning and missing air, "sum one" on the chest.
    [InlineData("back pain and i cannot breathe good since the morning")]
    [InlineData("my back hurts and i feel like drowning, missing air when i lie down")]
    [InlineData("back ake and it feels like sum one sat on my chest")]
    // Bladder and bowels: an accident "number 2" not known till after, "aint had a wee", "cannot stop it when I need a poo".
    [InlineData("my back went and i had an accident number 2 in the night and didnt no til after")]
    [InlineData("back killin and i aint had a wee since last night")]
    [InlineData("back pain and i cannot stop it when i need a poo")]
    // A carer frame: the patient is too proud to text, so the writer does.
    [InlineData("back ache started on monday. my husband says he cant perform now. hes too proud to text so i am")]
    public void Emergency_signs_of_the_evening_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Everyday words in the same spellings and shapes.
    [InlineData("the kids nocked over my coffee, back a bit stiff")]
    [InlineData("my back aches after we went in to town on the bus")]
    [InlineData("back sore, my legs feel heavy after a long shift on my feet")]
    [InlineData("my back is stiff and this week has been long")]
    [InlineData("back pain, the two of us are going weak at the knees for the new puppy lol")]
    // "Sensibility" read about, and teeth sensitivity.
    [InlineData("back pain, the leaflet said some people lose sensibility down there, i have not")]
    [InlineData("my back aches and my teeth have sensitivity to cold drinks")]
    // Things taken away, drowning in work, tyres missing air, breathing that is good.
    [InlineData("my back is sore, the snoring stops me finishing my book in bed")]
    [InlineData("the back pain has taken my appetite away")]
    [InlineData("back ache, i feel like im drowning in emails this week")]
    [InlineData("my back hurts, the bike tyres are missing air again")]
    [InlineData("back pain and i can breathe good, no problem with that")]
    // Denials joined by "and", and a sex problem told as resolved and explained.
    [InlineData("back pain since monday and nothing going on down there")]
    [InlineData("back pain and nothing happening down there, all normal")]
    [InlineData("back aches, erection problems gone since i stopped the blood pressure pills")]
    [InlineData("back sore, the ed issues went away after i changed tablets")]
    // The toilet how often, accidents that are not the toilet, a wee break.
    [InlineData("back pain, i cant stop going to the toilet since the water tablets")]
    [InlineData("back sore, had a little accident with the kettle this morning")]
    [InlineData("my back hurts, i aint had a wee break all shift")]
    // Sleeping on a cushion, a question answered "mine are fine", a frame-like line with no sign.
    [InlineData("back ache, sleeping on my side with a cushion between the legs is like sleeping on a cloud")]
    [InlineData("my back is sore. can back pain make your bits stop working? mine are fine, just wondering")]
    [InlineData("my back is sore. hes too proud to text so i am asking about stretches for him")]
    public void Everyday_texts_like_the_evening_signs_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
