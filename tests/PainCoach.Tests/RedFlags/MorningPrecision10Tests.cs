using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the morning round (precision10), each class both ways: everyday texts that must raise no alert,
/// and the real sign in similar words that must keep its level. Our own sentences, not corpus text (docs/triage.md,
/// "precision10 (morning round)").
/// </summary>
public sealed class MorningPrecision10Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // Legs like jelly, noodles or rubber from a long day or a workout, said before or after.
    [InlineData("we toured the old town the whole day, tonight my legs like noodles, nothing hurts")]
    [InlineData("spin class this morning, legs are jelly now, can I still do the back stretches later?")]
    [InlineData("walked 25000 steps at the fair, legs wobbly as jelly, just tired")]
    // A student or health worker revising red flags, with no symptoms of their own.
    [InlineData("studying for my paramedic exam: urinary retention, saddle numbness, weak legs on both sides. I have none of those")]
    [InlineData("am I correct that fever with back pain needs a same day review? asking for an exam, I feel fine")]
    [InlineData("does numbness in the feet always mean neuropathy? OSCE practice, no symptoms myself")]
    [InlineData("making flashcards: night pain, weight loss, fever with back pain. none of them apply to me")]
    // A diabetes service or a pain area of someone else, the writer naming their own pain.
    [InlineData("my mum is diabetic and I want her feet looked at, do you do diabetic foot checks for family?")]
    [InlineData("my husband had a foot ulcer last spring. I was told I'm type 2 last week. my feet are fine, asking about back stretches")]
    // Someone else's injury named by first name, and how to prevent it.
    [InlineData("our Danny ruptured his achilles at netball, how do I stop that happening to me")]
    // Pain or sciatica that went, and how to keep it from coming back.
    [InlineData("my sciatica cleared up last year, what can I do so it does not come back?")]
    // A checklist of cauda equina signs answered no.
    [InlineData("no bowel or bladder trouble, nothing going on down there, the leaflet said to tell you. back just stiff")]
    [InlineData("all fine in the bedroom, I cannot feel anything wrong anywhere, my back aches after gardening")]
    // A crash passed on the road, a near miss.
    [InlineData("drove past an accident on the highway on the way to work, my back is stiff from the seat")]
    [InlineData("a lorry almost hit me at the junction but I braked in time, my back aches as usual")]
    // Out of breath from hard exertion.
    [InlineData("out of breath after the uphill sprints, lower back a bit tight")]
    [InlineData("puffed out after carrying the washing up three flights of stairs, back sore")]
    public void Everyday_texts_of_the_morning_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("my legs have been like jelly for four days since my back went and they keep giving way", AlertLevel.Emergency)]
    [InlineData("back pain and my right leg has gone like rubber, it drags when I walk", AlertLevel.SeeClinician)]
    [InlineData("revising for exams and my back went, now I can't feel my bottom on the chair", AlertLevel.Emergency)]
    [InlineData("nursing student, back pain and I have a fever of 38.9 since last night", AlertLevel.Urgent)]
    [InlineData("my husband had a foot ulcer, now I'm diabetic too and my heel has hurt for a week", AlertLevel.SeeClinician)]
    [InlineData("texting for my wife, her lower back has been awful since Sunday and now she cant feel her bottom", AlertLevel.Emergency)]
    [InlineData("I tore my achilles at five a side this morning and I can't push off", AlertLevel.Urgent)]
    [InlineData("my back went and now I try to wee but it doesn't come", AlertLevel.Emergency)]
    [InlineData("back pain and nothing going on down there since it started, no erections at all", AlertLevel.Emergency)]
    [InlineData("since my back went I cant feel anything during sex", AlertLevel.Emergency)]
    [InlineData("a car hit me on the crossing this morning and my back is agony", AlertLevel.Emergency)]
    [InlineData("back pain and I'm short of breath just walking to the kitchen", AlertLevel.Emergency)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
