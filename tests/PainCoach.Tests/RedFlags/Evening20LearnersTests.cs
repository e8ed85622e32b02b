using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Signs written by adults still learning English, closed in evening round 20 of 2026-12-06 (learners20), each class
/// both ways: learner two-word forms spelt out ("pins and needle", "my behind", "where the seat touch", "bedroom life",
/// "not able hold", "my weight go down", "take whole hour", "7 kilo"); verbs left in their base form ("the pain go
/// down", "cannot step on left foot", "a big man fall on me, his knee go in my back", "dont know when it happen"); signs
/// described around a missing word (the pee "come like drip drip", "cold, shiver then hot", "the rope above my heel",
/// "front part of foot", "bones like paper", "my new kidney, the medicine for not reject", "my body not get excited /
/// not answer", "leg not strong like the other", "pain growing week after week"); and the knees-to-chest exercise told
/// with a learner's verb, with medicine "for my lungs", which are no chest sign. Our own sentences, not corpus, probe or
/// phrase-file text (docs/triage-rounds.md, "learners20").
/// </summary>
public sealed class Evening20LearnersTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("since two day my back is bad and pins and needle in both leg until the toes")]
    [InlineData("lower back pain and my behind is numb, when i wipe i not feel")]
    [InlineData("back pain, i sit on the sofa and where the seat touch i feel nothing")]
    [InlineData("my bedroom life is stop from when the back pain come, my body not answer")]
    [InlineData("back hurt two week and with my wife now my body not get excited, before was normal")]
    [InlineData("back hurt and this morning i not able hold my pee, it come in my trouser")]
    [InlineData("my back pain go down in both leg, the left and the right, like electric")]
    [InlineData("my trouser get wet from pee and i dont know when it happen, back very pain")]
    [InlineData("lower back pain, the pee come like drip drip even when i push hard")]
    [InlineData("in football match a big player fall on me and his knee go in my back, back very pain")]
    public void Emergency_signs_in_a_learners_words_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("i feel cold cold, shiver then hot, my back hurt since yesterday")]
    [InlineData("since morning i cannot step on left foot, the heel very bad")]
    [InlineData("my heel is bad and i cant lift front part of foot, i trip on the step")]
    [InlineData("i jump and hear crack from the rope behind my heel, now i cant push")]
    [InlineData("my back pain is new and i lose 5 kilo, i not trying")]
    [InlineData("new back pain and my weight go down, i eat normal")]
    public void Urgent_signs_in_a_learners_words_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("i take steroid tablet for my arthritis 5 years, now back pain start")]
    [InlineData("the doctor say my bones are like paper, now my back hurt from monday")]
    [InlineData("i have my new kidney two year, medicine for not reject, now back pain start")]
    [InlineData("my right leg is not strong like the other one on the stairs, back sore")]
    [InlineData("heel pain growing week after week, the stretch not help")]
    [InlineData("every morning my back stiff, it take whole hour to be normal")]
    public void See_a_clinician_signs_in_a_learners_words_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("what is the exercise with knee go to chest, i forget, my back is better")]
    [InlineData("i take the medicine for my lungs many year, my back hurt from carry boxes")]
    [InlineData("i need thread and needle for my trouser, my heel is ok now")]
    [InlineData("my bedroom life is fine, only the heel is sore in the morning")]
    [InlineData("i am not able walk fast when i am tired, heel a bit sore")]
    [InlineData("my weight go up at christmas, back is fine")]
    [InlineData("i cannot step on left foot of the mat, it is slippy, heel fine")]
    [InlineData("my back pain not go down my leg, it stay in the low back")]
    [InlineData("i hear crack from the rope when i pull the boat, my heel fine")]
    [InlineData("i take steroid injection for my knee 3 years ago, back fine")]
    [InlineData("my brother have new kidney, he is well, my back a bit sore from work")]
    [InlineData("my right leg is strong like the other one now, the physio is happy")]
    [InlineData("my garden growing week after week, back ok after digging")]
    [InlineData("when i am with my wife my body not get tired now, back better")]
    [InlineData("i go shopping with my wife but the car not get ready, back sore")]
    [InlineData("after sauna i feel cold then hot water shower, back fine")]
    [InlineData("the pee come like normal, no drip, back a little sore")]
    public void The_same_learner_words_in_their_everyday_sense_raise_no_alert(string text) =>
        Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("and", "needle", "and needles")]
    [InlineData("my", "behind", "my bottom")]
    [InlineData("able", "hold", "able to hold")]
    [InlineData("weight", "go", "weight is going")]
    [InlineData("out", "bed", "out of bed")]
    public void Learner_two_word_forms_are_spelt_out(string first, string second, string reads) =>
        Assert.Equal(reads, RedFlagPhrases.Default.SpellOutPair(first, second));
}
