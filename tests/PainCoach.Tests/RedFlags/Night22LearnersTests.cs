using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Adult learners of English, night round 22 (learners22, heldout105 and round 21's open learner items), each class both
/// ways: "made in my pants / the bed" for soiling oneself; the first-language name of sciatica ("ischias", "korzonki");
/// "now is also" with the subject dropped; "no air" said by a person for breathlessness; "no ejaculation"; a singular body
/// part with "dont" or with "hurt" ("foot dont hold me", "heel hurt in the night"); "pain not let me"; "for month"; a foot
/// "not in normal position"; a foot that "claps" the floor; a temperature said number first ("38,5 temperature"); walking
/// "with" the kids to school; a job in an oncology hospital; skin numb at a horror film; "neither" as the denial of a list
/// ("neither leg is numb or weak") and "neither of my legs works"; a question that opens with "if" and asks "what it
/// mean". Our own sentences, not corpus, probe or phrase-file text (docs/triage-rounds.md, "learners22").
/// </summary>
public sealed class Night22LearnersTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("lower back is very pain and yesterday I made in my trousers, I not notice it")]
    [InlineData("my ischias is strong this week and two times I not feel when I need go toilet")]
    [InlineData("the sciatica was in my left leg before, now is also in the right leg")]
    [InlineData("back hurt a lot and I have no air when I go up the stairs to my flat")]
    [InlineData("from when my back pain begin I have no ejaculation with my wife")]
    [InlineData("my back is very bad and neither of my legs works since I wake up")]
    [InlineData("neither of my legs will hold me up today, lower back pain")]
    public void Soiling_sciatica_in_both_legs_no_air_and_no_ejaculation_said_as_learners_say_them_are_emergencies(string text) =>
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("I slip on the ice and now my leg dont hold me anymore, I cannot walk on it")]
    [InlineData("I fall from the horse and my ankle is not in right position now")]
    [InlineData("my left foot claps the floor when I walk, I can not lift the front")]
    [InlineData("I take methotrexate and today I have 38,7 temperature, my heel is sore")]
    public void Weight_bearing_a_misplaced_foot_a_slapping_foot_and_a_fever_said_number_first_are_urgent(string text) =>
        Assert.Equal(AlertLevel.Urgent, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("heel pain not let me stand at my work in the kitchen")]
    [InlineData("I wear the night splint for month and my heel still hurts like before")]
    [InlineData("my back hurt in the night when I turn in bed")]
    [InlineData("every week my foot hurt more, not better")]
    [InlineData("my heel is too painful, I can not walk with my son to school now")]
    [InlineData("if I stand long my foot go numb, what it mean?")]
    public void Daily_life_weeks_night_pain_worsening_and_numbness_said_as_learners_say_them_are_see_a_clinician(string text) =>
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("these shoes are made in my city, heel still a little sore")]
    [InlineData("my ischias is better now, the exercises help me")]
    [InlineData("sciatica was in my left leg, now is also in my left foot a bit")]
    [InlineData("back stiff and in my car there is no air con in summer")]
    [InlineData("back pain but no ejaculation problems, only stiff when I wake")]
    [InlineData("my leg dont hurt today, only the heel is a bit stiff")]
    [InlineData("my foot is not in normal position when I sit on the floor, no pain")]
    [InlineData("my heel pain not let me forget my exercises, ha ha")]
    [InlineData("I do the exercises for month and my heel is now much better")]
    [InlineData("my heel hurt more last week after the wedding, now it is ok")]
    [InlineData("I walk with my daughter to school every morning, heel fine")]
    [InlineData("I work as porter in oncology hospital, much walking, heel sore at end of day")]
    [InlineData("my arms go numb when I watch a scary film with the kids")]
    [InlineData("neither leg is numb or weak, my back is only stiff")]
    [InlineData("neither of my feet is tingly or numb, only the heel sore")]
    [InlineData("if heel go numb what it mean? i dont have it")]
    [InlineData("it was 39 temperature outside and my heel is sore after the walk")]
    public void The_same_words_in_their_everyday_sense_or_denied_stay_quiet(string text) =>
        Assert.Null(screen.Screen(text));
}
