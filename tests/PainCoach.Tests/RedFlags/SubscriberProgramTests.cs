using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// An SMS from a subscriber is read with the pain area they joined for: the catalog's area-bound flags (fever, chest
/// pain, trauma, a cancer history, pain past two or four weeks, ...) fire when the text states the sign but not where
/// it hurts. Nothing else about the reading changes: negations, other people's signs and general questions stay quiet.
/// </summary>
public sealed class SubscriberProgramTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("running a temperature and shivery since last night", BodyArea.Back, "fever_with_back_pain")]
    [InlineData("running a temperature and shivery since last night", BodyArea.Heel, "fever_with_heel_pain")]
    [InlineData("got a crushing pain in my chest and can't catch my breath", BodyArea.Back, "back_pain_with_chest_pain")]
    [InlineData("got a crushing pain in my chest and can't catch my breath", BodyArea.Both, "back_pain_with_chest_pain")]
    [InlineData("a car went into the back of mine at the lights this morning", BodyArea.Back, "back_pain_after_major_trauma")]
    [InlineData("fell off a ladder onto my feet, about 10 feet up", BodyArea.Heel, "heel_pain_after_major_trauma")]
    [InlineData("can't get it up anymore since this started", BodyArea.Back, "sexual_dysfunction_with_back_pain")]
    public void A_sign_without_a_named_area_fires_with_the_subscribers_program(string text, BodyArea program, string flag)
    {
        var alert = screen.Screen(text, program);

        Assert.NotNull(alert);
        Assert.Contains(alert.Flags, fired => fired.Id == flag);
    }

    [Theory]
    [InlineData("running a temperature and shivery since last night")]
    [InlineData("got a crushing pain in my chest and can't catch my breath")]
    [InlineData("a car went into the back of mine at the lights this morning")]
    public void The_same_text_without_a_subscriber_raises_no_area_bound_flag(string text) =>
        Assert.DoesNotContain(screen.Screen(text)?.Flags ?? [], fired => fired.Area is PainArea.Heel or PainArea.Back or PainArea.HeelOrBack);

    [Theory]
    [InlineData("heel no better or worse since monday, when does it clear up")]
    [InlineData("always short of breath on the stairs, unfit lol. heel is sore though")]
    [InlineData("my heel has been sore for 5 days, not getting worse, just not better")]
    public void A_named_area_wins_over_the_program_so_heel_words_do_not_become_back_signs(string text) =>
        Assert.Null(screen.Screen(text, BodyArea.Back));

    [Fact]
    public void A_named_area_keeps_its_own_flags_whatever_the_program()
    {
        var alert = screen.Screen("my heel is throbbing and I've had a fever since yesterday", BodyArea.Back);

        Assert.NotNull(alert);
        Assert.Contains(alert.Flags, fired => fired.Id == "fever_with_heel_pain");
    }

    [Theory]
    [InlineData("had my bone density scan, osteopenia only, no back trouble. what exercises keep bones strong?")]
    [InlineData("my osteoporosis tablets are the same as always, no new aches. is walking with a weighted vest safe?")]
    [InlineData("had chemo years ago, all clear for 8 years, no new aches. ok to join the yoga class?")]
    [InlineData("i'm on transplant meds, totally well right now, no pain anywhere. can i do a video visit instead")]
    [InlineData("fell off a horse in my 20s and broke my wrist, not my back. the form asks about past injuries")]
    [InlineData("too much coffee and i've got the shakes, back's fine. any chair you'd recommend")]
    public void A_text_that_says_where_it_does_not_hurt_or_that_nothing_hurts_gets_no_area_from_the_program(string text)
    {
        Assert.Null(screen.Screen(text, BodyArea.Back));
        Assert.Null(screen.Screen(text, BodyArea.Both));
    }

    [Theory]
    [InlineData("I had breast cancer 6 years ago, is it ok to do these stretches?")]
    [InlineData("been on steroid tablets for my asthma for years, which stretches are best")]
    public void A_history_with_only_the_program_for_pain_is_not_new_pain(string text) =>
        Assert.DoesNotContain(screen.Screen(text, BodyArea.Back)?.Flags ?? [], fired => fired.PainMustBeNew);

    [Fact]
    public void A_history_with_new_pain_told_still_fires_with_the_program()
    {
        var alert = screen.Screen("I had breast cancer 6 years ago and my back started hurting last week", BodyArea.Back);

        Assert.NotNull(alert);
        Assert.Contains(alert.Flags, fired => fired.Id == "cancer_or_weight_loss_with_back_pain");
    }

    [Theory]
    [InlineData("texting for my dad, he has a fever and the shivers")]
    public void A_text_for_someone_else_does_not_take_the_senders_program(string text) =>
        Assert.DoesNotContain(screen.Screen(text, BodyArea.Back)?.Flags ?? [], fired => fired.Id == "fever_with_back_pain");

    [Theory]
    [InlineData("no fever or anything, just stiff this morning")]
    [InlineData("my husband has a fever and a cough, can I still do my stretches")]
    [InlineData("can a fever make your back ache?")]
    [InlineData("done the stretches, feeling good")]
    public void Negations_other_people_and_general_questions_stay_quiet_with_a_program(string text)
    {
        Assert.Null(screen.Screen(text, BodyArea.Back));
        Assert.Null(screen.Screen(text, BodyArea.Both));
    }

    [Fact]
    public void A_back_pain_subscribers_toilet_question_without_an_area_gets_the_cauda_equina_check()
    {
        const string Text = "does sitting on the toilet for ages make it worse?";

        Assert.Equal(SafetyCheck.CaudaEquinaMessage, screen.SafetyCheckFor(Text, BodyArea.Back));
        Assert.Equal(SafetyCheck.CaudaEquinaMessage, screen.SafetyCheckFor(Text, BodyArea.Both));
        Assert.Null(screen.SafetyCheckFor(Text, BodyArea.Heel));
        Assert.Null(screen.SafetyCheckFor(Text));
    }

    [Fact]
    public void A_heel_named_in_a_back_pain_subscribers_toilet_question_keeps_it_about_the_heel() =>
        Assert.Null(screen.SafetyCheckFor("my heel hurts when i get up off the toilet, why", BodyArea.Back));

    // Sign readings the program brought to light: with no area named they raised nothing before, so they had not shown.
    [Theory]
    [InlineData("the price of parking nearly gave me a heart attack", "chest_pain")]
    [InlineData("my boss almost gave me a heart attack today", "chest_pain")]
    [InlineData("nearly fell off the step ladder but caught myself", "major_trauma")]
    [InlineData("almost came off my bike on the ice, all good", "major_trauma")]
    [InlineData("stretching didn't help much today, should I keep going", "heel_pain_past_two_weeks")]
    [InlineData("the stretches didn't work this morning, any others I could try?", "back_pain_past_four_weeks")]
    public void Near_misses_idioms_and_one_bad_day_are_not_signs(string text, string sign) =>
        Assert.DoesNotContain(sign, screen.Read(text).Signs);

    [Theory]
    [InlineData("I thought I was having a heart attack, chest so tight and my back is agony", AlertLevel.Emergency)]
    [InlineData("fell off a ladder and now my back is agony", AlertLevel.Emergency)]
    [InlineData("I nearly blacked out after I fell off the roof, back is agony", AlertLevel.Emergency)]
    [InlineData("my heel: the stretches didn't help today either, 5 weeks of this now", AlertLevel.SeeClinician)]
    public void The_signs_themselves_still_fire(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);
}
