using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// False alerts closed in the dawn round (precision9), each class both ways: everyday texts that must raise no alert,
/// and the real sign in similar words that must keep its level. Our own sentences, not corpus text (docs/triage.md,
/// "precision9 (dawn round)").
/// </summary>
public sealed class DawnPrecision9Tests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    // A lasting condition named in passing, the feet or back said fine, comfortable or free of pain.
    [InlineData("diabetic since 2001 and my feet are in great condition, which walking poles do you recommend")]
    [InlineData("on metformin, my feet and ankles are fine, is aqua jogging any good")]
    [InlineData("I have type 2 and no trouble with my feet whatsoever, should I buy wide shoes")]
    [InlineData("finished radiotherapy in 2018, my heels and back are comfortable, can I book the stretching group")]
    [InlineData("diabetic, my feet were examined at the clinic on Friday and all was well, any tips for a walking holiday")]
    [InlineData("I have a slow lymphoma that is only watched, I have no pain anywhere at all, is your back class suitable")]
    // A sign read about or looked up, then said to be fine.
    [InlineData("spent the evening reading scary stories about diabetic feet. my uncle's feet are fine, what should he watch for?")]
    [InlineData("after reading about foot drop I tried walking on my heels in the kitchen. both fine")]
    [InlineData("I looked up foot drop and then filmed my walk on my phone. it looks normal")]
    // A fall or jump long ago, healed.
    [InlineData("twenty years ago I fell off a hayloft ladder and broke my heel, it healed well, no bother since")]
    [InlineData("as a lad I jumped from a shed roof and hurt my back, never troubled me after")]
    // A list denied after a comma.
    [InlineData("heel settled nicely. no tingling, burning or numbness now")]
    // Fright, love, tiredness and exercise in body words.
    [InlineData("almost pooped myself when the car alarm went off next to me, back is okay")]
    [InlineData("my knees go weak every time I see the grandkids, legs otherwise strong")]
    [InlineData("numb brain after a week of night shifts, heel a bit sore")]
    [InlineData("legs like jelly after my first water aerobics class, but my back felt better for it")]
    [InlineData("the pothole by the clinic is an accident waiting to happen, can I park closer for my back appointment")]
    // A stage of pregnancy is not how long the pain lasted.
    [InlineData("can I carry on with heel stretches at 30wks pregnant")]
    // Signed off by the clinic, discharged.
    [InlineData("the podiatrist says my heel is fine and I just need to be signed off")]
    [InlineData("got signed off from the physio today, back is much better")]
    // Fundraising for a hospice.
    [InlineData("my heel ached after the charity walk for the hospice on Sunday, fine today")]
    // Diabetes in pregnancy that went away.
    [InlineData("I had diabetes during my pregnancy but it went away after the birth, heel sore after walking")]
    public void Everyday_texts_of_the_dawn_round_raise_no_alert(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("I'm diabetic and my heel has been hurting for a week, the rest of my feet are fine", AlertLevel.SeeClinician)]
    [InlineData("type 2 diabetic, my feet are comfortable in the morning but my heel burns by the evening", AlertLevel.SeeClinician)]
    [InlineData("had bowel cancer three years ago, my feet are fine but I have new back pain that wakes me", AlertLevel.Urgent)]
    [InlineData("I have diabetes and a sore heel, my back is fine", AlertLevel.SeeClinician)]
    [InlineData("I read that saddle numbness is serious and I have it, my back hurts, started this morning", AlertLevel.Emergency)]
    [InlineData("I googled foot drop and I think I've got it, my right foot slaps the floor and it's getting worse every day, back aches", AlertLevel.Urgent)]
    [InlineData("fell off the roof this morning and my back is agony", AlertLevel.Emergency)]
    [InlineData("years ago I broke my heel, and yesterday I fell off a ladder onto my back, it's agony", AlertLevel.Emergency)]
    [InlineData("no fever, but my left leg has gone numb since my back went", AlertLevel.SeeClinician)]
    [InlineData("I wet myself twice today without feeling it and my back is agony", AlertLevel.Emergency)]
    [InlineData("my left leg has felt weak for a week since my back went, like jelly on the stairs", AlertLevel.SeeClinician)]
    [InlineData("heel numb and tingling for two weeks, brain is fried from worry", AlertLevel.SeeClinician)]
    [InlineData("car accident on the motorway last night and my back is agony", AlertLevel.Emergency)]
    [InlineData("back so bad I've been signed off work for three weeks", AlertLevel.SeeClinician)]
    [InlineData("I'm under the hospice team for bowel cancer and my back has started to hurt", AlertLevel.Urgent)]
    [InlineData("heel pain for 6 weeks, stretches and ice every day and it isn't improving", AlertLevel.SeeClinician)]
    public void Real_signs_in_similar_words_keep_their_level(string text, AlertLevel level) => Assert.Equal(level, screen.Screen(text)?.Level);
}
