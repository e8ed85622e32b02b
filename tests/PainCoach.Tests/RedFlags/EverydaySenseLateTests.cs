using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Everyday senses and past time closed in the late round (rf-precision5), each class both ways: near misses that must
/// raise no alert, and the real sign in similar words that must keep its level. Our own sentences, not corpus text
/// (docs/triage-rounds.md, "rf-precision5").
/// </summary>
public sealed class EverydaySenseLateTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Family words in regional spellings put the sign on that person.
    [InlineData("my aunty had breast cancer, can heel pain be linked?")]
    [InlineData("my nanna is on chemo and my lower back aches from lifting her")]
    [InlineData("the missus has a fever and my back is stiff from sleeping on the sofa")]
    // "Put my foot down": being firm with someone.
    [InlineData("cant put my foot down with my boss, he walks all over me, heel sore")]
    [InlineData("i need to put my foot down at work and say no to overtime, my back is stiff from the desk")]
    [InlineData("my wife put her foot down about me running, back is a bit sore")]
    // The burn of effort in working muscles.
    [InlineData("good squat burn in my glutes, heels ache a bit")]
    [InlineData("the usual lactic burn in my thighs at spin, heels a bit tight")]
    [InlineData("good squat burn today, heel pain is the same as always")]
    // Heels worn as a fashion choice.
    [InlineData("my back stops me wearing heels to church, flats are fine")]
    [InlineData("my heel pain stops me wearing stilettos, flats are ok")]
    // A score said not to be reached.
    [InlineData("my back pain is not an 8, more like a 5 on bad days")]
    [InlineData("heel is nowhere near a 9, just a nagging 3")]
    [InlineData("it isnt a 10 or anything, maybe a 4")]
    [InlineData("i wouldnt say my heel is an 8, more a 5 when its bad")]
    // A past event with a two-digit year or a decade, over or said to be unrelated.
    [InlineData("came off my motorbike back in 02 and hurt my back, never looked back, this is just from the garden")]
    [InlineData("had a car crash in the 80s and broke my leg, fine ever since, heel hurts from new shoes")]
    [InlineData("broke my ankle about 20 years ago, totally unrelated, heel sore from work boots")]
    [InlineData("jumped off a wall about 20 yrs ago and hurt my knee, nothing to do with this, heel just sore from new trainers")]
    // Something that is not the pain has not changed.
    [InlineData("my weight hasnt changed in years, back sore from digging")]
    // Numbness from sitting that goes when they stand (2026-12-04), and "old fella" as a person who will not help.
    [InlineData("my bum goes numb on long meetings but its fine when i stand up, lower back aches")]
    [InlineData("my old fella isn't cooperating with the housework and my back is sore")]
    public void Everyday_senses_and_past_events_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("i cant put my foot down at all since i jumped off the wall", AlertLevel.Urgent)]
    [InlineData("cant put my foot down with the pain since i fell this morning", AlertLevel.Urgent)]
    [InlineData("burning in the soles of both feet at night and my heel hurts", AlertLevel.SeeClinician)]
    [InlineData("my calves burn on the hill and my feet go numb and tingly after", AlertLevel.SeeClinician)]
    [InlineData("my heel pain stops me going to work and doing the shopping", AlertLevel.SeeClinician)]
    [InlineData("its not a 4 anymore, its a 9 and i cant sleep", AlertLevel.SeeClinician)]
    [InlineData("i wouldnt say its a 4, more like a 9 every night", AlertLevel.SeeClinician)]
    [InlineData("back in 98 i hurt my back but yesterday i fell off the roof and now its agony", AlertLevel.Emergency)]
    [InlineData("crashed the car 3 days ago and hurt my back, never looked back at the car", AlertLevel.Emergency)]
    [InlineData("my heel has hurt for 6 weeks despite stretching, broke my wrist years ago, unrelated", AlertLevel.SeeClinician)]
    // Weakness after exercise that lasts is not workout tiredness.
    [InlineData("both my legs went weak after the gym and are still weak 3 days later, back pain too", AlertLevel.Emergency)]
    [InlineData("my blood sugars havent changed and theres a sore on my foot that wont heal", AlertLevel.Urgent)]
    [InlineData("my aunty and i both have cancer and my back hurts at night now", AlertLevel.Urgent)]
    [InlineData("my bum goes numb and its not fine when i stand up, lower back agony", AlertLevel.Emergency)]
    [InlineData("since my back went my old fella isnt cooperating in the bedroom", AlertLevel.Emergency)]
    public void The_real_sign_in_similar_words_is_still_caught(string text, AlertLevel atLeast)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.True(alert.Level >= atLeast, $"'{text}' gave {alert.Level}, expected at least {atLeast}");
    }
}
