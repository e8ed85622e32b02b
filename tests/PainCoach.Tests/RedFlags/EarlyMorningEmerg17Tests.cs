using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the early morning of 2026-12-06 (emerg17), each class both ways: blows into the spine in sport,
/// falls all the way down the stairs, a weapon across the back, translation-app English (waist, loin and coasts for the back,
/// "cannot to urinate", legs and privates "sleeping", erection and sex-life wordings), hedged and apologetic wordings, a leak
/// told as an event, sciatica spreading to the other leg and numbness still there after a ride, which must reach an emergency
/// alert, and everyday texts in similar words, which must raise no alert under any program. Our own sentences, not corpus or
/// probe text (docs/triage-rounds.md, "emerg17").
/// </summary>
public sealed class EarlyMorningEmerg17Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A hard blow into the spine in sport, the force or the sport named.
    [InlineData("a winger's knee went right into my lower back in the tackle, back feels wrong")]
    [InlineData("caught a boot full force in the spine at hockey, lower back bad")]
    // A fall all the way down the stairs, with a slip or a missed step.
    [InlineData("missed a step on the icy stairs and slid all the way down on my back, back really bad")]
    // A weapon across the back.
    [InlineData("a lad went for me with a cricket bat across my back outside the club, back in agony")]
    // Translation-app words for the back (waist, loin, coasts) with a crash, retention or soiling.
    [InlineData("the car where i was passenger crash into a tree, now my waist is aching")]
    [InlineData("my loin is aching and since the night i cannot to pass water")]
    // Retention: a full bladder that will not empty; needing a wee and not managing.
    [InlineData("back pain and my bladder is very full but the urine wont come out")]
    [InlineData("back went on friday and this morning i was dying for a wee and just couldnt")]
    [InlineData("pain in the coasts and i made poo in my pants at the shop, did not feel it")]
    // A leak told as an event, no bladder word, a person the subject.
    [InlineData("back is bad, got up from the chair and leaked a bit on the carpet")]
    // Legs or the saddle area 'sleeping'; the bike-seat area gone numb.
    [InlineData("lower back sore and my two legs both sleeping since the morning")]
    [InlineData("my back aches and down there is sleeping, no feel when i wash")]
    [InlineData("lower back bad and the spot where the bike saddle sits has gone numb, no cycling for days")]
    // Erection and sex-life wordings of translation apps; hedged 'perform'; things downstairs not working.
    [InlineData("back pain since monday and my man thing wont get hard like before")]
    [InlineData("since the back pain the body down there dont react anymore with my wife")]
    [InlineData("back hurting and from that week our bed life is dead")]
    [InlineData("my back has been bad and ive not been able to um perform, you know what i mean")]
    [InlineData("sorry, bad back, and things downstairs havent been working since it went")]
    // Breathless on the stairs, not like the writer.
    [InlineData("back pain and im out of breath climbing up the stairs, not like me")]
    // Sciatica spreading to the other leg.
    [InlineData("back agony, the sciatica was just down my left leg and now its in my right as well")]
    // Both legs numb after a ride and still numb.
    [InlineData("back sore and both my legs went numb after cycling and still are")]
    public void Emergency_signs_of_the_early_morning_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // A knock from a child, a shoulder into a door frame.
    [InlineData("took a knee to the back from my grandson on the trampoline, back a bit stiff")]
    [InlineData("my shoulder went straight into the door frame, back fine")]
    // Walking down the stairs; a suitcase that went down them.
    [InlineData("walked all the way down the steps at the beach, back sore after")]
    [InlineData("the suitcase went all the way down the stairs, back sore from carrying it")]
    // A balloon; a loose waist; a loin of lamb.
    [InlineData("my daughter hit me with a balloon on my back at the party, back fine")]
    [InlineData("these trousers are loose round the waist now, back better")]
    [InlineData("the lamb loin was lovely, back fine")]
    // A full bladder emptied; no toilets to be found.
    [InlineData("my bladder is full, off to the loo, back fine")]
    [InlineData("needed a wee at the concert and couldnt find the toilets, back stiff")]
    // A thing's leak.
    [InlineData("the hot water bottle leaked, back bad")]
    [InlineData("back bad, my pen leaked on the seat")]
    // Legs sleeping better; a man at the garage; a good bed life; a team that cannot perform; a department at work.
    [InlineData("my legs are sleeping better since the new pillow, back stiff")]
    [InlineData("the man thing at the garage didnt get up to fix it, back sore")]
    [InlineData("our bed life is lovely with the new mattress, back fine")]
    [InlineData("the team havent been able to perform all season, back sore from watching")]
    [InlineData("back stiff, nothing has worked properly in that department since the merger")]
    // Puffing as always; a bruise on each leg.
    [InlineData("back sore, im puffing going up the stairs which is normal, always unfit")]
    [InlineData("back sore, the bruise was only on my right leg but now one on my left too from the table")]
    public void Everyday_texts_like_the_early_morning_signs_raise_no_alert_under_any_program(string text) => ScreenAssert.NoAlertUnderAnyProgram(screen, text);
}
