using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// A sign MENTIONED but not HAD (<see cref="SignMentions"/>): asked about or read about by someone who says they do not
/// have it, another person's sign, a question answered no by naming another cause. Every quiet case has a twin that
/// must still alert, so the reading only takes away what the writer says is not theirs.
/// </summary>
public sealed class SignMentionsTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A general question, then a denial that names the sign or points back at it.
    [InlineData("is a fever with back pain something to worry about? i dont have one though")]
    [InlineData("is losing control of your bladder with back pain an emergency? I do not have that, my back is just stiff")]
    [InlineData("what does it mean if your legs both go numb with sciatica? Not me, mine is just a dull ache")]
    [InlineData("is it dangerous if back pain comes with a fever? i havent got a fever myself")]
    [InlineData("does type 2 diabetes make heel pain worse? I'm not diabetic, just wondering")]
    [InlineData("should i worry about a fever with my back ache? dont have a fever myself")]
    [InlineData("is waking at night with back pain a bad sign? i sleep fine, just checking")]
    // Something read, seen or told, then a denial.
    [InlineData("I read that numbness around the back passage is serious with back pain. I don't have any of that, only a stiff back")]
    [InlineData("my chiro told me that osteoporosis is common after 50, im 38 and healthy, back is sore from the garden")]
    [InlineData("the leaflet says a fever with back pain needs a doctor, I've no fever, just a pulled muscle")]
    [InlineData("spotted 'numb bum' on a poster in the waiting room, I havenae got it, back's just tight")]
    [InlineData("apparently steroids for years can thin your bones and hurt your back, i have never been on them")]
    [InlineData("read that losing weight for no reason is a warning sign with back pain, I've put on weight if anything")]
    // Lead-ins, other tellers, looser denials.
    [InlineData("hiya, quick question - is a fever with back pain bad? not running one myself")]
    [InlineData("my mate said losing feeling in your bum is serious, mine isn't numb, back's just tight")]
    [InlineData("the site said fever and weight loss with back pain are warning signs, neither applies to me")]
    [InlineData("can back trouble stop you getting an erection? not an issue for me, just curious")]
    [InlineData("the nurse on the radio said bladder trouble with back pain means A&E, dont have that, just a stiff back")]
    [InlineData("checked your warning signs, nothing numb or weak, just a tight lower back")]
    public void A_sign_only_mentioned_and_denied_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    // The same kinds of mention, but the writer has the sign.
    [InlineData("is a fever with back pain something to worry about? i do have one, 38.6", AlertLevel.Urgent)]
    [InlineData("is losing control of your bladder with back pain an emergency? it happened this morning, i dont have any fever", AlertLevel.Emergency)]
    [InlineData("I read that numbness around the back passage is serious with back pain, and I have it since last night", AlertLevel.Emergency)]
    [InlineData("is it normal to have a fever with back pain? been 39 since lunch", AlertLevel.Urgent)]
    [InlineData("is numbness in both legs serious? i dont have that much feeling in them now", AlertLevel.Emergency)]
    [InlineData("is losing control of your bowels bad with back pain? started today, im otherwise healthy", AlertLevel.Emergency)]
    [InlineData("the doctor said its osteoporosis, i dont have any other problems, back pain since", AlertLevel.SeeClinician)]
    [InlineData("heard a pop in my achilles, i dont have any other problems", AlertLevel.Urgent)]
    [InlineData("i have a fever, is that bad with back pain? i dont have any other symptoms", AlertLevel.Urgent)]
    [InlineData("is chest pain with back pain serious? dont have it all the time, but it comes when I walk", AlertLevel.Emergency)]
    [InlineData("what does foot drop mean? mine just flops when i walk and my back hurts", AlertLevel.Urgent)]
    [InlineData("tried to pee for an hour and nothing comes, back agony", AlertLevel.Emergency)]
    public void A_mention_the_writer_has_still_alerts(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Fact]
    public void A_mention_without_a_denial_is_read_as_before()
    {
        // Someone asking about a sign in a message about themselves may have it: without a denial nothing changes.
        Assert.Equal(AlertLevel.Urgent, screen.Screen("is a fever bad with back pain? my back has hurt for a week")?.Level);
    }

    [Theory]
    [InlineData("my brother is three years clear of cancer, I'm only asking about insoles for my heel")]
    [InlineData("my 80 year old nan says her back wakes her at night, can she use this too")]
    [InlineData("my aunt is on chemo and has a temperature, what helps her back pain")]
    [InlineData("half the men at my gym are on steroids, my back just hates deadlifts")]
    [InlineData("my grandad had a stroke and one side is weak, my back aches from helping him up")]
    [InlineData("nan's had a hip replacement and osteoporosis, I'm 50 with a stiff back from the allotment")]
    [InlineData("the grandkids have measles and a high fever, my back is sore from lifting them")]
    public void Another_persons_sign_in_their_own_clause_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("my wife says im short of breath just talking and my back is sore", AlertLevel.Emergency)]
    [InlineData("my husband noticed the sheets were wet again and my back is agony", AlertLevel.Emergency)]
    [InlineData("my son was driving when we were in a car crash, now my back is agony", AlertLevel.Emergency)]
    [InlineData("kids asleep so quick question, back pain since lunch plus a tight chest", AlertLevel.Emergency)]
    [InlineData("my mum has cancer and now i have a fever with back pain", AlertLevel.Urgent)]
    [InlineData("my baby was born in may and cant feel the toilet paper since, back pain", AlertLevel.Emergency)]
    // The writer has the other person's sign too.
    [InlineData("my dad has osteoporosis and so do I, my back went lifting a box", AlertLevel.SeeClinician)]
    [InlineData("my wife had a fever all weekend and now I have one too, back aches", AlertLevel.Urgent)]
    [InlineData("the kids all had fevers, then I caught it, lower back is agony", AlertLevel.Urgent)]
    public void The_writers_own_sign_beside_another_person_still_alerts(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("did my back wake me up at night? nope that was the dog, back is only a bit stiff")]
    [InlineData("back pain waking me at night? no its the neighbours party, back is fine in the day")]
    [InlineData("any tingling in the feet? none whatsoever, just a sore heel")]
    [InlineData("legs weak? not at all, they're fine, only my back")]
    // Ruled out by a test or a doctor.
    [InlineData("my GP has ruled out diabetes, so what else makes heels ache")]
    [InlineData("they did tests for cancer and it was negative, back still stiff")]
    public void A_question_answered_no_by_naming_another_cause_raises_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("numb down there? no, completely numb when i wipe, back agony", AlertLevel.Emergency)]
    [InlineData("the doctor ruled out a fracture but now i cant feel the toilet paper and back pain", AlertLevel.Emergency)]
    [InlineData("is it cancer? they cant rule it out, I had breast cancer before, new back pain", AlertLevel.Urgent)]
    public void A_no_or_a_test_about_something_else_keeps_the_sign(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);

    [Fact]
    public void A_question_answered_with_the_writers_own_body_still_alerts() =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen("did my back wake me up at night? yes every night this week")?.Level);

    [Fact]
    public void Without_other_people_every_clause_is_the_writers() =>
        Assert.False(SignMentions.InOtherPersonsClause(["my", "husband", "has"], RedFlagPhrases.Default.WithoutOtherPeople().Negation));

    [Theory]
    [InlineData("nah it was the baby", true)]
    [InlineData("no that was the heating", true)]
    [InlineData("no just the kids", true)]
    [InlineData("no its the new mattress", true)]
    [InlineData("no it was my legs", false)]
    [InlineData("no its the pain", false)]
    [InlineData("nah the pain did", false)]
    [InlineData("yes it was the baby", false)]
    [InlineData("none whatsoever | just stiffness", true)]
    [InlineData("no control at all | back agony", false)]
    public void Another_cause_answer(string answer, bool clears) =>
        Assert.Equal(clears, SignMentions.AnswersNoWithAnotherCause(answer, RedFlagPhrases.Default.Negation));

    [Theory]
    [InlineData("my husband is in remission from", true)]
    [InlineData("grandma says her hip", true)]
    [InlineData("my wife says the bed", false)]
    [InlineData("my wife says im", false)]
    [InlineData("my cousin is on chemo and has a", true)]
    [InlineData("my cousin is on chemo and now", false)]
    [InlineData("kids in the bath so quick q mid back pain plus a tight", false)]
    [InlineData("sugar patient with a", false)]
    [InlineData("the lads at my gym are on", true)]
    [InlineData("my dog pulled me over and", false)]
    [InlineData("my aunt is on chemo and", true, "has a fever")]
    [InlineData("my aunt has chickenpox and a", true, "fever")]
    [InlineData("my aunt has chickenpox and now", false, "fever")]
    [InlineData("my aunt is on chemo and", false, "cant feel")]
    [InlineData("my dad had a stroke and", true, "one side is weak")]
    [InlineData("my dog pulled and", false, "one leg gave way")]
    public void Other_persons_clause(string before, bool theirs, string sign = "") =>
        Assert.Equal(theirs, SignMentions.InOtherPersonsClause(before.Split(' '), RedFlagPhrases.Default.Negation, sign.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Theory]
    [InlineData("is fever with back pain bad", "is fever with back pain bad")]
    [InlineData("i read that fever with back pain is bad", "fever with back pain is bad")]
    [InlineData("the doctor said its osteoporosis", null)]
    [InlineData("my wife says the bed was wet", null)]
    [InlineData("when walking both legs go numb", null)]
    [InlineData("i heard a pop in my heel", null)]
    [InlineData("quick q is fever bad, dont have one", "is fever bad")]
    [InlineData("saw numb bum on a poster at the gp", "saw numb bum on a poster at the gp")]
    public void Mention_spans(string text, string? mention)
    {
        var sentence = screen.Sentences(text).Single();

        var spans = SignMentions.MentionSpans(sentence, RedFlagPhrases.Default).ToList();

        Assert.Equal(mention, spans.Count == 0 ? null : sentence.Text[spans[0].Start..spans[0].End].Trim());
    }
}
