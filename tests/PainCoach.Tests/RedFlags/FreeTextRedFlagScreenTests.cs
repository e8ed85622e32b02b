using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

public sealed class FreeTextRedFlagScreenTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("back pain and I can't control my bladder", "bladder_bowel_change")]
    [InlineData("my back hurts and i cant controll my blader", "bladder_bowel_change")]
    [InlineData("been trying to wee for an hour and nothing comes", "bladder_bowel_change")]
    [InlineData("numbness around my back passage", "saddle_numbness")]
    [InlineData("back pain and i cant feel the toilet paper", "saddle_numbness")]
    [InlineData("sciatica down both legs", "bilateral_leg_symptoms")]
    [InlineData("both feet tingling and my lower back is agony", "bilateral_foot_symptoms_with_back_pain")]
    [InlineData("fell off a ladder and now my back is agony", "back_pain_after_major_trauma")]
    [InlineData("my back has hurt since the crash on the highway", "back_pain_after_major_trauma")]
    [InlineData("a truck hit my car this morning and my back is agony", "back_pain_after_major_trauma")]
    [InlineData("my back hurts and i can't get an erection since last week", "sexual_dysfunction_with_back_pain")]
    [InlineData("back pain and a crushing feeling in my chest", "back_pain_with_chest_pain")]
    public void Emergencies_in_lay_words_name_911(string text, string flagId)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == flagId);
        Assert.Contains("911", alert.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fever and lower back pain", "fever_with_back_pain")]
    [InlineData("running a high temperature and my back hurts", "fever_with_back_pain")]
    [InlineData("I have a fever and my heel hurts", "fever_with_heel_pain")]
    [InlineData("my foot is red hot and swollen", "red_hot_swollen_foot")]
    [InlineData("the redness on my foot is spreading", "red_hot_swollen_foot")]
    [InlineData("I'm diabetic and there's an ulcer on my foot", "diabetic_foot")]
    [InlineData("heard a pop in my achillies", "achilles_snap")]
    [InlineData("I can not put weight on my foot", "cannot_bear_weight")]
    [InlineData("my ankle looks deformed after I fell", "deformed_foot_after_injury")]
    [InlineData("my foot points the wrong way since I fell", "deformed_foot_after_injury")]
    [InlineData("I fell off the roof and landed on my heels", "heel_pain_after_major_trauma")]
    [InlineData("my left calf is swollen, warm and sore", "calf_swelling_one_side")]
    [InlineData("back pain and I'm losing weight without trying", "cancer_or_weight_loss_with_back_pain")]
    [InlineData("on chemo and I have a temperature", "immunosuppressed_with_fever")]
    public void Urgent_signs_get_a_same_day_alert(string text, string flagId)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Urgent, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == flagId);
        Assert.Contains("today", alert.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my heel is numb and tingly", "burning_tingling_or_numbness")]
    [InlineData("both my feet tingle", "burning_tingling_or_numbness")]
    [InlineData("I'm diabetic and my heel hurts", "diabetes_with_foot_pain")]
    [InlineData("I had cancer and now my heel hurts", "immunosuppressed_or_cancer_with_new_pain")]
    [InlineData("I have osteoporosis and my back started hurting", "osteoporosis_with_back_pain")]
    [InlineData("been on prednisolone for years and now my back hurts", "osteoporosis_with_back_pain")]
    [InlineData("my left leg feels weak", "leg_weakness")]
    [InlineData("the pain wakes me at night", "night_pain")]
    [InlineData("back pain 9 out of 10", "severe_pain")]
    public void See_a_clinician_signs_say_book_an_appointment_and_not_911(string text, string flagId)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.SeeClinician, alert.Level);
        Assert.Contains(alert.Flags, f => f.Id == flagId);
        Assert.DoesNotContain("911", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_urgent_flag_decides_the_level()
    {
        var alert = screen.Screen("fever, back pain and I wet myself");

        Assert.Equal(AlertLevel.Emergency, alert!.Level);
        Assert.Contains(alert.Flags, f => f.Id == "fever_with_back_pain");
    }

    [Theory]
    // Idioms.
    [InlineData("my heel is killing me and i cant stand it")]
    [InlineData("dead on my feet after a 12 hour shift")]
    [InlineData("dead tired and my back is sore")]
    [InlineData("popped a pill for my back, did not help")]
    [InlineData("can i pop a Motrin for my heel")]
    [InlineData("can't stand for long at work because my heels hurt")]
    [InlineData("I have weak arches, do insoles help my heel")]
    [InlineData("my mum uses walking aids, can she do heel stretches")]
    [InlineData("hay fever and a stiff back")]
    [InlineData("a hot bath helps my swollen heel")]
    [InlineData("I crashed on the sofa and now my back is stiff")]
    [InlineData("both feet are sore after my shift")]
    // Negations.
    [InlineData("no fever, just a sore heel")]
    [InlineData("my heel hurts but it's not numb")]
    [InlineData("bladder is fine, just lower back ache")]
    [InlineData("never had cancer, just a sore back")]
    [InlineData("my mum had cancer and my back aches")]
    [InlineData("got hit by a car as a teenager, now my heel hurts after running")]
    // Signs that need a pain area, or are no sign alone.
    [InlineData("I have a fever")]
    [InlineData("what temperature should the heat pad be for my back")]
    [InlineData("how long should I ice my heel")]
    [InlineData("what is a slipped disc")]
    [InlineData("what's the weather tomorrow")]
    [InlineData("")]
    [InlineData("   ")]
    public void Ordinary_text_idioms_and_negated_signs_give_no_alert(string text)
    {
        Assert.Null(screen.Screen(text));
    }

    [Fact]
    public void Both_feet_tingling_without_back_pain_is_see_a_clinician_not_911()
    {
        Assert.Equal(AlertLevel.SeeClinician, screen.Screen("both my feet tingle at night")!.Level);
        Assert.Equal(AlertLevel.Emergency, screen.Screen("both my feet tingle and my back is killing me")!.Level);
        Assert.Equal(AlertLevel.Emergency, screen.Screen("both my legs are numb")!.Level);
    }

    [Fact]
    public void A_negation_reaches_only_its_own_clause()
    {
        Assert.Contains(SymptomIds.Fever, screen.Read("my back isnt better, I have a fever").Signs);
        Assert.DoesNotContain(SymptomIds.Fever, screen.Read("my back hurts, no fever").Signs);
        Assert.Equal(PainArea.Back, screen.Read("lost weight without trying and my back hurts").Area);
    }

    /// <summary>
    /// Concept phrases (a sign-domain word near a change word, only when the text names back pain) read wordings no
    /// phrase spells out; the back may be named in another sentence, and a word too far away or a text without back
    /// pain reads nothing through them.
    /// </summary>
    [Theory]
    [InlineData("sciatica flaring and my waterworks keep leaking", "bladder_bowel_change")]
    [InlineData("My back went on Monday. Now my waterworks keep leaking.", "bladder_bowel_change")]
    [InlineData("back agony and I can't get my pee started, been sat on the loo ages", "bladder_bowel_change")]
    [InlineData("sciatica and my inner thighs feel like cardboard", "saddle_numbness")]
    [InlineData("a van went into the side of us at the junction, back is agony", "major_trauma")]
    [InlineData("tumbled off the balcony and my lower back hurts", "major_trauma")]
    [InlineData("my back hurts and my breathing feels weird and shallow", "chest_pain")]
    [InlineData("back pain and my manhood won't work", "sexual_dysfunction_new")]
    public void Concept_phrases_read_a_sign_near_a_change_when_the_back_is_named(string text, string sign)
    {
        Assert.Contains(sign, screen.Read(text).Signs);
        Assert.Equal(AlertLevel.Emergency, screen.Screen(text)?.Level);
    }

    [Theory]
    [InlineData("my waterworks keep leaking")]
    [InlineData("a van went into the side of us at the junction")]
    [InlineData("my back went on monday and the toilet seat at work is cold, my pen keeps leaking")]
    [InlineData("my back hurts after chest day at the gym")]
    [InlineData("breathing exercises help my back pain")]
    [InlineData("back pain means we can't have sex in some positions")]
    public void Concept_phrases_stay_quiet_without_back_pain_or_when_the_words_are_apart(string text)
    {
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen(text)?.Level);
    }
    /// <summary>
    /// Back pain named the way people say it sets the back area (which the emergency concept phrases need); the backs
    /// of the heels or legs do not. A form of address before "my" ("bro my back") is not another person's back.
    /// </summary>
    [Theory]
    [InlineData("my back's in bits", PainArea.Back)]
    [InlineData("knocked off my bike this arvo, back's pretty sore", PainArea.Back)]
    [InlineData("having pain in back and chest since morning", PainArea.Back)]
    [InlineData("I've had this back thing on and off for years", PainArea.Back)]
    [InlineData("neck and back are stiff", PainArea.Back)]
    [InlineData("bro my back is agony", PainArea.Back)]
    [InlineData("slipped on the ice, back's in bits but I'm ok", PainArea.Back)]
    [InlineData("the backs of my heels are sore", PainArea.Heel)]
    [InlineData("pain in the back of my heel", PainArea.Heel)]
    [InlineData("me back proper bad since the fall", PainArea.Back)]
    [InlineData("ugh back's killing me today", PainArea.Back)]
    [InlineData("I'll be back today, my heel is killing me", PainArea.Heel)]
    [InlineData("the heel pain is back and worse", PainArea.Heel)]
    public void Back_pain_named_in_everyday_ways_sets_the_back_area(string text, PainArea area)
    {
        Assert.Equal(area, screen.Read(text).Area);
    }

    /// <summary>
    /// In a concept phrase, a negation cue that is one of the other part's words does not negate this part: "dont work"
    /// before "downstairs", "no feeling" before "down there", "someone elses" before "backside". A cue of its own still
    /// does, and a context part (the both-legs words) stays a negation ("neither leg is weak").
    /// </summary>
    [Theory]
    [InlineData("back's been sore 2 weeks and now things dont work downstairs", AlertLevel.Emergency)]
    [InlineData("since my back went there is no feeling down there", AlertLevel.Emergency)]
    [InlineData("my back went and it feels like im sitting on someone elses backside", AlertLevel.Emergency)]
    [InlineData("my back hurts but there is no problem downstairs, everything works", null)]
    [InlineData("my back is sore but neither leg is weak", null)]
    [InlineData("my back is sore and my legs are not numb on either side", null)]
    public void A_cue_inside_the_other_part_of_a_concept_phrase_does_not_negate(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>
    /// Another person who reports what they noticed ("my wife noticed", "my husband says") reports the writer's sign;
    /// with a third person after the reporting word, or without one, it stays theirs.
    /// </summary>
    [Theory]
    [InlineData("my wife noticed the bed was wet this morning and my back has been terrible", true)]
    [InlineData("my husband says my legs both look weak when I walk and my back is killing me", true)]
    [InlineData("my mum noticed her legs are both numb, my back is a bit sore from lifting her", false)]
    [InlineData("my back is sore and my husband says he cant pee properly", false)]
    [InlineData("my back is sore from the hospital chair, my dad had a fall from the ladder", false)]
    public void Someone_reporting_what_they_noticed_reports_the_writers_sign(string text, bool emergency)
    {
        Assert.Equal(emergency, screen.Screen(text)?.Level == AlertLevel.Emergency);
    }

    /// <summary>
    /// A sign asked as a question and answered no in the next sentence is not the writer's: "short of breath? no,
    /// nothing like that". A run of questions answered together is cleared together; an answer that goes on to say
    /// something else ("no pain though") or a sign stated after the answer still counts.
    /// </summary>
    [Theory]
    [InlineData("short of breath? no nothing like that, just the back", null)]
    [InlineData("my back hurts. chest pain? nope", null)]
    [InlineData("lower back ache. chest pain? short of breath? no to both", null)]
    [InlineData("back pain. numbness down there?? not really, just stiff", null)]
    [InlineData("my back hurts and I can't feel the toilet paper? no pain down there though", AlertLevel.Emergency)]
    [InlineData("short of breath? no, but my chest is tight and my back hurts", AlertLevel.Emergency)]
    [InlineData("my back is agony and i cant feel the toilet paper? thats the worst bit", AlertLevel.Emergency)]
    [InlineData("heel pain at night? no, sleeping fine, its only first thing", null)]
    public void A_sign_asked_and_answered_no_is_cleared(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>
    /// A question someone asked and the writer answered no in the same sentence is not read ("the doc asked does it
    /// wake you at night and i said nope"); what comes before the question or after the answer still counts.
    /// </summary>
    [Theory]
    [InlineData("doc asked does my heel wake me at night and i said nope", null)]
    [InlineData("dr asked if my legs feel weak, i said no, both fine, so its just a sore back", null)]
    [InlineData("the form asked if im on chemo or transplant meds, none of that, just a sore arch", null)]
    [InlineData("doc asked if my legs feel weak and i said no but i cant feel the toilet paper and my back is agony", AlertLevel.Emergency)]
    [InlineData("my back is agony and i cant feel the toilet paper, the nurse asked about fever and i said no", AlertLevel.Emergency)]
    public void A_question_asked_and_denied_in_one_sentence_is_not_read(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>
    /// A question someone asked and the writer answered yes in the same sentence is the writer's sign ("the doc asked
    /// about fever and i said yes"); a question with no answer, or answered no, stays unread.
    /// </summary>
    [Theory]
    [InlineData("the doc asked about fever and i said yes, 39 last night, my back is killing me", AlertLevel.Urgent)]
    [InlineData("my back has been bad for a week and the nurse asked if i have numbness down there and i said yes", AlertLevel.Emergency)]
    [InlineData("sore heel, gp asked if i get tingling in my foot, yeah i do", AlertLevel.SeeClinician)]
    [InlineData("my back has been bad for a week and the nurse asked if i have numbness down there", null)]
    [InlineData("my back has been bad for a week and the nurse asked if i have numbness down there and i said no", null)]
    public void A_question_asked_and_answered_yes_in_one_sentence_is_the_writers_sign(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    [Fact]
    public void A_confirmed_question_keeps_what_it_asked_about()
    {
        var sentence = screen.Sentences("back sore, doc asked about fever and i said yes, 39").Single();

        var kept = screen.WithoutAskedQuestion(sentence);

        Assert.Equal("back sore fever 39", kept.Text);
    }

    [Fact]
    public void A_denied_question_is_cut_and_the_clauses_after_it_keep_their_starts()
    {
        var sentence = screen.Sentences("back sore, doc asked if im numb and i said no, but my bladder leaks").Single();

        var kept = screen.WithoutAskedQuestion(sentence);

        Assert.Equal("back sore but my bladder leaks", kept.Text);
        Assert.Equal([0, 10, 14], kept.ClauseStarts);
    }

    [Fact]
    public void Sentences_remember_a_question_mark()
    {
        var sentences = screen.Sentences("back pain. numb down there? no").ToList();

        Assert.Equal([false, true, false], sentences.Select(s => s.Asked));
        Assert.Equal([false, true, false], screen.AnsweredNo(sentences));
    }

    /// <summary>
    /// General questions with an aside that says they are nobody's own symptoms raise no alert, even for an emergency
    /// sign; the same question without the aside, or a report with "just curious", still does.
    /// </summary>
    [Theory]
    [InlineData("does diabetes cause heel pain? asking for my husband", null)]
    [InlineData("is weakness in the legs a red flag? just curious, mine are fine", null)]
    [InlineData("what does saddle numbness mean, saw it on your website", null)]
    [InlineData("can sciatica make you lose bladder control? just wondering", null)]
    [InlineData("saddle numbness", AlertLevel.Emergency)]
    [InlineData("what does saddle numbness mean", AlertLevel.Emergency)]
    [InlineData("my legs are both numb, just curious if thats bad", AlertLevel.Emergency)]
    [InlineData("what does it mean if i cant feel the toilet paper? my back is killing me", AlertLevel.Emergency)]
    public void General_questions_with_a_not_about_me_aside_raise_no_alert(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>"me and my partner": a sign the writer shares with another person is still the writer's.</summary>
    [Fact]
    public void A_sign_shared_with_a_partner_is_the_writers_own()
    {
        Assert.Equal(AlertLevel.Emergency, screen.Screen("my back went at work and now when me and my partner are intimate i dont feel anything")?.Level);
        Assert.NotEqual(AlertLevel.Emergency, screen.Screen("my back hurts and my partner says he cant feel anything during sex")?.Level);
    }

    /// <summary>
    /// Legs heavy, tingly or numb on walking and fine again on sitting is walking-related leg pain (such as spinal
    /// stenosis): see a clinician, not the both-legs emergency. Both legs numb that do not settle stay an emergency.
    /// </summary>
    [Theory]
    [InlineData("legs go heavy and tingly when I walk to the shops but ok again when I sit on a bench. what could this be", AlertLevel.SeeClinician)]
    [InlineData("my legs go numb and achy when i walk to the shops but theyre fine once i sit on a bench, whats that about", AlertLevel.SeeClinician)]
    [InlineData("both my legs are numb and tingly all the time and my back hurts", AlertLevel.Emergency)]
    public void Walking_related_leg_symptoms_eased_by_sitting_are_see_a_clinician(string text, AlertLevel level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>Pins and needles from a limb sat on, gone in a minute, is no sign; tingling that stays is.</summary>
    [Theory]
    [InlineData("pins and needles in my foot when i sat on it funny, went away quickly", null)]
    [InlineData("nothing numb or tingly, just an ache in my lower back", null)]
    [InlineData("pins and needles in my foot for a week now", AlertLevel.SeeClinician)]
    public void Brief_positional_tingling_and_nothing_numb_raise_no_alert(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }
    /// <summary>
    /// Past episodes ("years ago", "last year", "used to"), signs that are over now and harmless causes said with the
    /// sign (a bike ride, tight shoes, the cold) raise nothing; the same signs now, or recurring, still do.
    /// </summary>
    [Theory]
    [InlineData("i had a blood clot in my calf years ago, now my heel hurts when i run", null)]
    [InlineData("my foot was red hot and swollen last year with gout, this is different, just a dull heel ache", null)]
    [InlineData("i used to have bladder problems after my second baby, now just back ache", null)]
    [InlineData("used to wake me at night but it doesnt anymore", null)]
    [InlineData("my heel was a 9 out of 10 last month but now its a 3", null)]
    [InlineData("numb bum after a long bike ride, back a bit sore too", null)]
    [InlineData("my toes tingle when my shoes are too tight", null)]
    [InlineData("my fingers are numb from the cold and my back aches", null)]
    [InlineData("my feet are cold and numb after standing in the snow", null)]
    [InlineData("feel a bit feverish after my flu jab, heel still sore", null)]
    [InlineData("my physio asked if i had any numbness or bladder issues, i dont", null)]
    [InlineData("the leaflet says to call 911 if you cant pee, is that right for sciatica", null)]
    [InlineData("i get pins and needles in my hands at my desk, back a bit stiff", null)]
    [InlineData("back pain and if i try to pee nothing comes out", AlertLevel.Emergency)]
    [InlineData("both legs ache after standing all day and my back is sore", null)]
    [InlineData("both legs went numb after a long walk and my back hurts", AlertLevel.Emergency)]
    [InlineData("back pain since giving birth, pelvic floor weak and i leak when i laugh", null)]
    [InlineData("back pain and i leak when i cough and cant feel when i need to go", AlertLevel.Emergency)]
    [InlineData("lower back pain and im out of breath after climbing stairs, im unfit", null)]
    [InlineData("lower back pain and im out of breath just sitting here", AlertLevel.Emergency)]
    [InlineData("my calf is swollen and hot, had a clot years ago", AlertLevel.Urgent)]
    [InlineData("my foot is red hot and swollen, same as last year", AlertLevel.Urgent)]
    [InlineData("back pain and my bum has gone numb since this morning", AlertLevel.Emergency)]
    [InlineData("i cant pee since yesterday and my back is killing me, used to be fine", AlertLevel.Emergency)]
    [InlineData("my back pain is 9 out of 10, used to be a 5", AlertLevel.SeeClinician)]
    [InlineData("after a long drive my bum went numb and it hasnt gone away, back is sore", AlertLevel.Emergency)]
    [InlineData("pins and needles in my foot since i sat on it funny on monday, still tingling", AlertLevel.SeeClinician)]
    public void Past_episodes_resolved_signs_and_harmless_causes_raise_nothing(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>"leg's" is one leg, not the plural "legs" (both legs) once the apostrophe is dropped; "foot's" and "back's" name the area.</summary>
    [Theory]
    [InlineData("my right leg's tingling and my back hurts", AlertLevel.SeeClinician)]
    [InlineData("My Left Leg’s weak and my back hurts", AlertLevel.SeeClinician)]
    [InlineData("my legs are tingling and my back hurts", AlertLevel.Emergency)]
    [InlineData("got the chills tonight, my foot's been aching", AlertLevel.Urgent)]
    [InlineData("lost weight without trying and my back's started hurting", AlertLevel.Urgent)]
    public void A_body_part_with_an_apostrophe_s_is_that_one_part(string text, AlertLevel level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }

    /// <summary>
    /// "my" after another person's word starts the writer's own part of the sentence; a sign on "my" body part is the
    /// writer's whoever noticed it; "I am a sugar patient" describes the writer.
    /// </summary>
    [Theory]
    [InlineData("after the drive to my sister's my calf is swollen and hot on one side", AlertLevel.Urgent)]
    [InlineData("my sister's calf is swollen and hot on one side", null)]
    [InlineData("my husband has a fever and my heel hurts", null)]
    [InlineData("my husband noticed a wound on my foot, I'm diabetic", AlertLevel.Urgent)]
    [InlineData("my husband noticed a wound on his foot, he's diabetic and my heel hurts", null)]
    [InlineData("I am a sugar patient and one toe is black", AlertLevel.Urgent)]
    [InlineData("my son heard a pop when I went down at football, achilles agony", AlertLevel.Urgent)]
    [InlineData("my son heard a pop in his achilles at football and my heel hurts", null)]
    [InlineData("I have a patient with a fever and my heel hurts", null)]
    [InlineData("my wife is a cancer patient with a fever and my heel hurts", null)]
    public void My_after_someone_else_is_the_writers_own(string text, AlertLevel? level)
    {
        Assert.Equal(level, screen.Screen(text)?.Level);
    }
}
