using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the night round (emerg15), each class both ways: the sign as second-language (Western
/// European), embarrassed, Southern US and plain writers put it, which must reach an emergency alert, and everyday texts
/// in similar words that must raise no alert. Our own sentences, not corpus or probe text (docs/triage-rounds.md,
/// "emerg15 (night round)").
/// </summary>
public sealed class NightEmerg15Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // An erection "become", "made" or not "got" (German bekommen, Dutch krijgen), with no "problems" after it.
    [InlineData("since wednesday my back is very bad and i can not become an erection")]
    [InlineData("back pain four days now and i dont get a erection no more")]
    // A euphemised organ that does not want to wake up or stand up.
    [InlineData("my lower back went and my little friend doesnt want to wake up since")]
    [InlineData("bad back all week and the old boy does not wanna stand up anymore")]
    // A finish that does not come: "i get close and nothing", "arrive to finish" with a partner.
    [InlineData("my back is shot and i cant climax, i get right up to the edge and nothing")]
    [InlineData("back ache and i can not arrive to finish with my girlfriend since the weekend")]
    // A general question answered for the writer in the next sentence, for sex and for the legs.
    [InlineData("my back is bad. can sciatica stop you orgasming? since my back went i just cant")]
    [InlineData("back agony. can a slipped disc make your legs give out? mine have since last night")]
    // A try with a partner and nothing felt.
    [InlineData("back pain since tuesday. me and my missus tried yesterday and i didnt feel anything, never happened before")]
    // Both legs dragging, gone soft, not obeying, not lifting; "neither" leg in a double negative.
    [InlineData("my back is awful and both my legs are dragging when i walk")]
    [InlineData("lower back pain and my legs went all soft on the stairs, both")]
    [InlineData("my back is bad and my legs wont do what i tell them since lunch, the two of them")]
    [InlineData("back pain and this morning i cannot lift both my legs off the mattress")]
    [InlineData("back been hurtin and i cant feel neither leg real good")]
    [InlineData("my legs feel like they are made of wood, both, and my back is agony")]
    // Retention told by the time on the toilet, a bladder like a balloon, only drops; a bowel that empties unnoticed.
    [InlineData("back pain and i been stood at the toilet half an hour and nothing, bursting for a pee")]
    [InlineData("my back is killing me and my bladder is like a balloon but nothing will come")]
    [InlineData("back ache and when i go for a wee just a few dribbles come out")]
    [InlineData("my back hurts and the poo came out without me noticing this morning")]
    // Back pain that goes round to the chest.
    [InlineData("stabbing pain in my mid back that shoots through to my chest")]
    // Run over or driven over; knocked over without -ed.
    [InlineData("a taxi ran me over on the zebra crossing and my back is very painful")]
    [InlineData("my lower back is agony, i got knock over by a lorry on tuesday")]
    // Nothing felt round the seat area.
    [InlineData("back pain and it went tingly then nothing round my bottom, cant feel the paper")]
    // A carer frame: the patient's English is not good enough, so the writer types.
    [InlineData("my father (polish, not very good in english) has back pain and since yesterday he cannot hold his wee")]
    public void Emergency_signs_of_the_night_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Erection words with no loss, a friend or a child who will not wake, gym kit.
    [InlineData("back pain, thankfully i dont get erection issues with it")]
    [InlineData("my back hurts and my little buddy doesnt want to wake up for school")]
    [InlineData("back sore, the camping equipment doesnt want to work in the rain")]
    // Finishing other things, coming to work, a question answered "fine".
    [InlineData("back ache and i cant finish the jigsaw, i get close and then nothing fits")]
    [InlineData("my back is sore. can sciatica stop you coming to the gym? i just cant some weeks")]
    [InlineData("my back is stiff. can a disc make your legs go weak? mine are fine, just asking")]
    // A try at something else, legs dragged to work, kids who will not listen.
    [InlineData("back aches, we tried the new outdoor pool and i couldnt feel a thing in the cold water")]
    [InlineData("my back aches, dragging my legs round the shops all day lol")]
    [InlineData("my back hurts and the dogs dont listen to me on walks")]
    [InlineData("back sore, i cant lift my legs high enough to climb into the truck")]
    // The toilet with nothing wrong, rain drops, a cold on the chest, a lift or the details run over.
    [InlineData("back sore, sat on the toilet for ages and nothing, need more fibre")]
    [InlineData("back sore, sat on the toilet for ages with a magazine and nothing to report, bit constipated")]
    [InlineData("stabbing pain in my lower back that shoots down to the front of my shin")]
    [InlineData("my mate drove me over to the clinic this morning, back a bit stiff")]
    [InlineData("the manager ran me over the new rota, my back aches from the desk")]
    // Nothing wrong round the seat area, a friend who does not speak English.
    [InlineData("back pain, i feel fine, nothing round my bottom at all, just checking")]
    [InlineData("my back is stiff after the gym, nothing to do with my bum")]
    public void Everyday_texts_like_the_night_signs_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
