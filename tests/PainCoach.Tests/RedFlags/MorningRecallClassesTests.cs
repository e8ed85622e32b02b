using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Urgent and see-a-clinician red flags in wording the screen missed on heldout13 to heldout20, closed by class in the
/// morning round (rf-recall6, docs/triage.md): help to get dressed, errands and caring stopped, weakness told as a
/// trajectory, a foot out of shape after an injury, heel pain that lasted weeks with nothing helping (in one sentence or
/// over several), diabetes called "the sugar", a score "a solid 9", "I've a temperature", a fall from a height onto the
/// heels, an Achilles tear told as a whack or something breaking, anti-rejection tablets, a cut that will not heal,
/// hopping, clothes loose without trying, worse week after week, "leg weakness" as a noun, and back or heel named as
/// "kamar dard" or "planter fasheitis". The sentences are our own variants, not corpus text. Beside them, near misses in
/// similar words that must raise no alert.
/// </summary>
public sealed class MorningRecallClassesTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("my back is that bad i cant get my trousers and shoes on", AlertLevel.SeeClinician)]
    [InlineData("with the sciatica i cannot get dressed on my own", AlertLevel.SeeClinician)]
    [InlineData("the missus has to pull my boots on since my back went", AlertLevel.SeeClinician)]
    [InlineData("lower back so bad my son comes over to dress me", AlertLevel.SeeClinician)]
    [InlineData("heel pain so bad i need a hand getting my slippers on", AlertLevel.SeeClinician)]
    [InlineData("because of my heel i cant walk to the post office anymore", AlertLevel.SeeClinician)]
    [InlineData("since my back went i cant lift my mum into her chair", AlertLevel.SeeClinician)]
    [InlineData("sciatica in my right leg, the leg gets more wobbly every day", AlertLevel.Urgent)]
    [InlineData("my leg went from a little weak to useless in three days, back pain", AlertLevel.Urgent)]
    [InlineData("two days ago my foot felt weak, now i can barely lift it", AlertLevel.Urgent)]
    [InlineData("knee keeps giving on me more and more with this back", AlertLevel.Urgent)]
    [InlineData("came off my bike and now my ankle is facing the side", AlertLevel.Urgent)]
    [InlineData("slipped on the ice and my foot has a strange angle now", AlertLevel.Urgent)]
    [InlineData("got kicked in a tackle and my ankle looks nothing like the other one", AlertLevel.Urgent)]
    [InlineData("heel has hurt for 6 weeks and nothing help, not the stretches not the insoles", AlertLevel.SeeClinician)]
    [InlineData("Sore heel. Five weeks now. Did the ice and the rolling. No better.", AlertLevel.SeeClinician)]
    [InlineData("i have had the sugar since 2010 and my heel aches", AlertLevel.SeeClinician)]
    [InlineData("my heel is at a solid 8 today", AlertLevel.SeeClinician)]
    [InlineData("back aching and i have a bit of a temperature", AlertLevel.Urgent)]
    [InlineData("fell off the hay bales, about 3 metres, landed flat on my heels", AlertLevel.Urgent)]
    [InlineData("felt a kick to the back of my ankle like someone hit it with a bat", AlertLevel.Urgent)]
    [InlineData("i take the anti rejection meds and now i have a fever and my back hurts", AlertLevel.Urgent)]
    [InlineData("diabetic, the graze on my heel still hasnt healed after a month", AlertLevel.Urgent)]
    [InlineData("have to hop to the bathroom, cant put the heel down", AlertLevel.Urgent)]
    [InlineData("lower back pain and lost 6 kilos, didnt try to", AlertLevel.Urgent)]
    [InlineData("my back is getting worse week by week", AlertLevel.SeeClinician)]
    [InlineData("left foot weakness since the back went", AlertLevel.SeeClinician)]
    [InlineData("kamar me dard for 6 weeks, no improvement", AlertLevel.SeeClinician)]
    [InlineData("plantar fashitis for 2 months, nothing is helping", AlertLevel.SeeClinician)]
    [InlineData("my back wont let me do up my own boots", AlertLevel.SeeClinician)]
    [InlineData("with this heel i cant pop down to the chemist anymore", AlertLevel.SeeClinician)]
    [InlineData("because of my back i cant take my grandkids to the park", AlertLevel.SeeClinician)]
    [InlineData("the leg was fine on friday, a bit weak saturday, now it keeps giving way, sciatica", AlertLevel.Urgent)]
    [InlineData("each morning my foot lifts a little less, back pain too", AlertLevel.Urgent)]
    [InlineData("Heel. Six weeks. Ice, rest, new trainers. Nothing has changed.", AlertLevel.SeeClinician)]
    public void Morning_round_wording_is_caught_at_its_level(string text, AlertLevel level)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.True(alert.Level >= level, $"'{text}' gave {alert.Level}, expected {level} or higher");
    }

    [Theory]
    [InlineData("my wife put my shoes on the wrong shelf again, heel sore")]
    [InlineData("i cant get my new boots on, they are a size too small, heel fine")]
    [InlineData("my kids dressed me up for the party, back a little stiff")]
    [InlineData("cant walk to the shop in this rain, heel a bit sore")]
    [InlineData("my leg was weak after the gym yesterday, now its fine")]
    [InlineData("from weak to strong in eight weeks with physio, back is good")]
    [InlineData("i sleep with my foot in a weird position, heel sore in the morning")]
    [InlineData("heel was sore for 3 weeks. did the stretches. all better now")]
    [InlineData("heel sore. tried ice. no change yet")]
    [InlineData("love sugar in my coffee, heel aches a bit")]
    [InlineData("my back is a solid 4 today, much better")]
    [InlineData("the temperature outside is freezing and my back is stiff")]
    [InlineData("stepped off the kerb and landed on my heel, bit sore")]
    [InlineData("i felt a thump in my heel when i walk on concrete")]
    [InlineData("i hop in the shower first thing, heel is sore")]
    [InlineData("lost weight on the diet and my back feels better")]
    [InlineData("heel getting better week after week")]
    [InlineData("no leg weakness, just a stiff back")]
    [InlineData("how do you spell planter fasheitis")]
    [InlineData("cant take my son to football on saturday, the car is in the garage, back ok")]
    [InlineData("every day my heel hurts less with the stretches")]
    [InlineData("my wife helps me with my socks because i have long nails, back ok")]
    public void Near_misses_in_the_same_words_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
