using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Time in free text (<see cref="PastTime"/>): a sign past and over, ages and stages, a replaced score, a pain said to be
/// gone. Every sentence is our own; each class is tested both ways, so a rule that clears too much fails here.
/// </summary>
public sealed class PastTimeTests
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Theory]
    [InlineData("had a temperature last winter with a chest bug, nothing like that since, my back is just stiff")]
    [InlineData("years back I had a disc go with a numb leg but all of that cleared up, now just a tight lower back")]
    [InlineData("came off a scooter when i was 15 and broke my foot, healed fine, heel aches after long walks")]
    [InlineData("as a teenager i fell off the garage roof, no problems since, heel sore from new work boots")]
    [InlineData("my foot was red hot and swollen with gout in 2017, it settled, today the heel is just tender")]
    [InlineData("i used to wet the bed as a child, long gone, back ache now")]
    [InlineData("years ago i couldnt feel my legs after an epidural, went back to normal, now heel pain")]
    [InlineData("lost control of my bladder after giving birth 20 yrs ago, fixed with surgery, now my back twinges")]
    [InlineData("years ago i lost control of my bladder, it settled, my back is just stiff now")]
    [InlineData("my back hurt for 6 weeks after the move but that cleared up ages ago, which office chair is best")]
    [InlineData("tore a tendon in my foot in 2008 and couldnt walk on it for a fortnight, good as new since, heel a bit stiff")]
    [InlineData("crashed my motorbike at 19, fully healed, heel sore now from the treadmill")]
    [InlineData("my feet tingled all the time when i was pregnant, stopped after the birth, back stiff now")]
    [InlineData("my heel was agony a year ago but the injection sorted it, this is the other foot and milder")]
    public void A_sign_past_and_over_long_ago_raises_nothing(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("fell off a ladder last week and now my heel is swollen and I cant walk on it", AlertLevel.Urgent)]
    [InlineData("fell off a ladder at 10 am and my heel is agony", AlertLevel.Urgent)]
    [InlineData("i used to be able to walk for miles but my legs stopped working this week and my back is agony", AlertLevel.Emergency)]
    [InlineData("years ago i hurt my back but my bladder stopped working properly yesterday", AlertLevel.Emergency)]
    [InlineData("used to get sciatica, my legs went numb and then my bladder stopped working", AlertLevel.Emergency)]
    [InlineData("was in a car crash at 17, healed fine, but fell off a ladder today and my heel is swollen and i cant walk", AlertLevel.Urgent)]
    [InlineData("since the car crash 3 days ago my lower back has been agony", AlertLevel.Emergency)]
    [InlineData("wet myself yesterday and it hasnt happened since, my lower back is very sore", AlertLevel.Emergency)]
    [InlineData("had sciatica years ago that went away but now both legs are numb and my back hurts", AlertLevel.Emergency)]
    [InlineData("had a numb leg years ago that healed, but since monday my leg is numb again and my back aches", AlertLevel.SeeClinician)]
    [InlineData("when i was 20 i broke my back, healed fine, but i fell off a ladder yesterday and my back is agony", AlertLevel.Emergency)]
    [InlineData("my leg was numb years ago and never fully recovered, back pain now", AlertLevel.SeeClinician)]
    [InlineData("i broke my heel years ago and it never healed right, now its swollen, red and hot", AlertLevel.Urgent)]
    [InlineData("a few years ago i snapped my achilles, it healed, and yesterday i heard a snap in the same heel", AlertLevel.Urgent)]
    [InlineData("my back has been numb down one leg for 2 weeks, i broke my foot years ago but it healed", AlertLevel.SeeClinician)]
    [InlineData("years ago i lost control of my bladder, it settled but it came back this week and my back is agony", AlertLevel.Emergency)]
    public void A_recent_sign_or_one_that_came_back_still_counts(string text, AlertLevel level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my foot went all pins and needles kneeling in the garden, fine once i stood up and stamped it", null)]
    [InlineData("sat on the floor watching telly and my bum went numb, back to normal as soon as i got up, lower back ache", null)]
    [InlineData("my bum went numb and my back hurts, it was fine once i stood up but it keeps coming back", AlertLevel.Emergency)]
    [InlineData("my bum has been numb for 3 days, fine once i stand up, back pain", AlertLevel.Emergency)]
    [InlineData("numb down there since this morning, not gone once i stood up, back agony", AlertLevel.Emergency)]
    public void A_sign_that_ended_the_moment_the_position_changed_is_over(string text, AlertLevel? level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("had breast cancer 10 years ago, all clear since, now a new pain in my lower back")]
    [InlineData("years ago i had cancer and it went away, now my heel hurts")]
    [InlineData("diagnosed with diabetes years ago, an old foot ulcer healed up fine, now my heel aches")]
    [InlineData("told i had osteoporosis years ago, a wrist fracture healed fine, now my back hurts")]
    public void A_lasting_condition_is_not_cleared_by_time(string text) => Assert.NotNull(screen.Screen(text));

    [Theory]
    [InlineData("carrying my 18 month old everywhere and my lower back aches")]
    [InlineData("ive got a 3 week old baby and my back is sore from feeding")]
    [InlineData("im 34 weeks pregnant and my back is sore when i stand up")]
    [InlineData("im 8 weeks postpartum and my back aches from rocking the pram")]
    [InlineData("my 9 year old mattress is probably why my back is stiff")]
    [InlineData("my back hurts lifting my 4yo into the bath")]
    [InlineData("back pain from lifting my 3 year old in and out of the bath")]
    [InlineData("my back is sore with my two year old on my hip all day")]
    [InlineData("lower back ache, im 6 months pregnant and on my feet all day")]
    [InlineData("back aching and im 5 months post partum, is that normal")]
    public void An_age_or_a_stage_is_not_how_long_the_pain_lasted(string text) => Assert.Null(screen.Screen(text));

    [Theory]
    [InlineData("back pain for 6 weeks, im 35 years old, no better with physio")]
    [InlineData("lifting my 2 year old and now both my legs are numb and my back is killing me")]
    [InlineData("my back has hurt since i was 5 months pregnant and nothing helps")]
    [InlineData("back pain since my 2 year old was born")]
    [InlineData("im 7 months pregnant and ive lost control of my bladder with this back pain")]
    public void A_duration_or_sign_next_to_an_age_still_counts(string text) => Assert.NotNull(screen.Screen(text));

    [Theory]
    [InlineData("my back was 8/10 at the start of the month, now its maybe a 3", null)]
    [InlineData("heel pain was a 9 when it started in june, its about a 2 now thankfully", null)]
    [InlineData("at its worst my back was 10 out of 10 but these days its more like a 4", null)]
    [InlineData("my heel was a 10 out of 10 last week, now its a 9", AlertLevel.SeeClinician)]
    [InlineData("yesterday it was a 3 and now its a 9 out of 10 my back", AlertLevel.SeeClinician)]
    [InlineData("its a 9 now, was a 3 last week, my back", AlertLevel.SeeClinician)]
    public void A_score_that_a_lower_one_now_replaces_is_past(string text, AlertLevel? level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Theory]
    [InlineData("my heel was a 4 on monday and its a 7 today", AlertLevel.SeeClinician)]
    [InlineData("my back started at 2/10, now its 6/10", AlertLevel.SeeClinician)]
    [InlineData("it was a 3 yesterday and a 6 today, my back", AlertLevel.SeeClinician)]
    [InlineData("pain is about a 3 today, was a 5 at the weekend, my back", null)]
    [InlineData("now its a 2, was a 6 last week, my back", null)]
    [InlineData("a 2 at rest and a 7 when walking, my back", null)]
    [InlineData("my back was a 3 last week and now i have 5 kids to look after today", null)]
    [InlineData("my back was a 5 yesterday and a 6 today", null)]
    [InlineData("my mood was a 3 last week, now its a 7, back is a bit stiff", null)]
    public void Scores_told_over_time_that_rise_are_a_worsening_pain(string text, AlertLevel? level)
    {
        var alert = screen.Screen(text);

        Assert.Equal(level, alert?.Level);
        Assert.True(level is null || alert!.Flags.Any(f => f.Id == "steadily_worsening_pain"));
    }

    [Theory]
    [InlineData("three weeks of icing and the heel pain is pretty much gone, thanks", null)]
    [InlineData("6 weeks of physio and my back is 100% fine now", null)]
    [InlineData("after 4 months of back trouble i finally feel normal again", null)]
    [InlineData("after 4 months of back trouble i finally went to the gp and it is no better", AlertLevel.SeeClinician)]
    [InlineData("a month of heel pain the winter before last, gone with stretching", null)]
    [InlineData("3 weeks of stretching and its not gone at all, heel", AlertLevel.SeeClinician)]
    [InlineData("my heel has hurt for 3 weeks despite icing, my back is fine though", AlertLevel.SeeClinician)]
    [InlineData("my back pain has gone numb down my leg for 5 weeks", AlertLevel.SeeClinician)]
    public void A_pain_said_to_be_gone_now_has_no_duration_sign(string text, AlertLevel? level) =>
        Assert.Equal(level, screen.Screen(text)?.Level);

    [Fact]
    public void A_cut_episode_keeps_what_comes_after_it_with_its_clauses()
    {
        var sentence = screen.Sentences("when i was 12 i broke my foot, healed fine, but now both legs are numb").Single();

        var now = PastTime.WithoutPastEpisodes(sentence);

        Assert.Equal("but now both legs are numb", now.Text);
        Assert.Contains(0, now.ClauseStarts);
    }

    [Fact]
    public void Lasting_conditions_read_the_whole_sentence_and_a_replaced_score_only_the_severe_pain_sign()
    {
        var sentence = screen.Sentences("my back was a 9 years ago with cancer, all gone, now its a 2").Single();

        var time = PastTime.Read(sentence);

        Assert.Same(sentence, time.For(SymptomIds.CancerHistory));
        Assert.DoesNotContain("cancer", time.For(SymptomIds.Fever)!.Text, StringComparison.Ordinal);
        Assert.StartsWith("now", time.For(ContextSigns.SeverePain)!.Text, StringComparison.Ordinal);
    }
}
