using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Emergency signs closed in the midday round (emerg12), each class both ways: the sign as Filipino (Taglish) and Polish
/// English writers, askers and late-night texters put it, which must reach an emergency alert, and everyday texts in
/// similar words that must raise no alert. Our own sentences, not corpus or probe text (docs/triage.md, "emerg12 (midday
/// round)").
/// </summary>
public sealed class MiddayEmerg12Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Filipino English: numb (manhid) bum (pwet, puwit), "di ko maramdaman"; cannot pee (di makaihi, hirap umihi); no
    // feeling (wala na feeling) in sex; both legs weak (nanghihina, dalawang binti); a crash (nabangga, naaksidente) on a
    // tricycle or motor; hard to breathe (hirap huminga), the chest (dibdib).
    [InlineData("sumasakit ang likod ko at manhid ang puwet ko simula kanina")]
    [InlineData("back pain po tapos di ko maramdaman ang pwet ko pag umuupo")]
    [InlineData("ang sakit ng likod ko, hindi ako makaihi simula kagabi")]
    [InlineData("masakit po likod ko at hirap umihi buong umaga")]
    [InlineData("likod ko sobrang sakit, wala nang feeling pag nag sex kami ng asawa ko")]
    [InlineData("masakit likod ko tapos nanghihina ang dalawang binti ko ngayon")]
    [InlineData("naaksidente kami sa tricycle kanina, masakit na masakit likod ko")]
    [InlineData("nabangga ako ng kotse habang naka motor, ngayon masakit likod ko")]
    [InlineData("masakit ang likod ko at nahihirapan huminga ngayong gabi")]
    // Polish English: the lower back as "the cross"; "man function" not working.
    [InlineData("big pain in my cross and the man function is not working since monday")]
    [InlineData("my cross is aching and both legs are numb from the knees since yesterday")]
    // The organ or its function said by reference: "so did my ability to get hard", "mine have stopped" after naming
    // erections, "my you know what", a problem "in bedroom" without its article.
    [InlineData("my back seized on friday and so did my ability to get hard")]
    [InlineData("my back is shot. can a disc stop erections? mine have vanished since tuesday")]
    [InlineData("ever since my back went my you know what will not work")]
    [InlineData("slipped disc last week and a new problem in bedroom, nothing happens")]
    // Leaking found only on being wet; a long wait on the toilet still needing to go.
    [InlineData("my back has been agony and i keep leaking, i dont know till im damp")]
    [InlineData("back is terrible and ive been on the loo for an hour and still desperate to pee")]
    // A question followed by when it began is a report ("is it normal ...? started yesterday").
    [InlineData("is it normal for both legs to tingle with a bad back? only started this morning")]
    [InlineData("is it normal to have sciatica in both legs? it began last night")]
    [InlineData("should i worry about not being able to feel the toilet paper with my bad back? happened today")]
    // One leg, then the other, told in two sentences.
    [InlineData("my sciatica was only ever in the left leg. now its in the right one too")]
    // Back pain said only as "back killing me" after a fall from a height.
    [InlineData("came down off the ladder onto the drive, back killing me")]
    public void Emergency_signs_of_the_midday_round_raise_an_emergency_alert(string text) => Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    // Filipino English in everyday texts.
    [InlineData("masakit ang likod ko, pwede ba mag stretching")]
    [InlineData("manhid ang kamay ko pag gising ko, normal lang ba")]
    [InlineData("masakit likod ko pero okay naman ang ihi ko")]
    [InlineData("nanghihina ako dahil puyat, masakit lang likod ko")]
    [InlineData("sumakay ako ng tricycle buong araw kaya masakit ang likod ko")]
    [InlineData("masakit likod ko, okay naman ang dibdib ko")]
    // "Cross" in its other senses.
    [InlineData("went to see the cross on the hill, my back aches after the climb")]
    [InlineData("the cross trainer made my back sore")]
    // Reference words in everyday sense.
    [InlineData("my back went last month and so did my plans for the trip")]
    [InlineData("you know what, my back is loads better since the weekend")]
    [InlineData("the problem in bedroom is the pillow, my back aches")]
    // Leaking and the toilet in everyday sense.
    [InlineData("back sore and the gutter keeps leaking, i only notice when im soaked on the step")]
    [InlineData("back aches and i sat on the loo for twenty minutes scrolling")]
    // A question with no time after it, or a time long past, stays a question.
    [InlineData("is it normal to have sciatica in both legs? just wondering")]
    [InlineData("is it normal for both legs to ache with a bad back? started years ago")]
    // One leg, then better.
    [InlineData("my sciatica was only ever in the left leg. now its much better")]
    // "back killing me" with no fall.
    [InlineData("back killing me after painting the ceiling")]
    public void Everyday_texts_like_the_midday_signs_raise_no_alert(string text) => Assert.Null(screen.Screen(text));
}
