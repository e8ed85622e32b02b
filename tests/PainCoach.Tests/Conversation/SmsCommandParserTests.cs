using System.Text.RegularExpressions;
using PainCoach.Conversation;
using PainCoach.Subscribers;

namespace PainCoach.Tests.Conversation;

public sealed class SmsCommandParserTests
{
    [Theory]
    [InlineData("JOIN HEEL", BodyArea.Heel)]
    [InlineData("join heel", BodyArea.Heel)]
    [InlineData("  Join   Back  ", BodyArea.Back)]
    [InlineData("JOIN BOTH!", BodyArea.Both)]
    [InlineData("join, heel.", BodyArea.Heel)]
    [InlineData("SUBSCRIBE back", BodyArea.Back)]
    public void Join_with_a_program_names_the_program(string body, BodyArea expected)
    {
        var command = Assert.IsType<SmsCommand.Join>(SmsCommandParser.Parse(body));
        Assert.Equal(expected, command.Program);
    }

    [Theory]
    [InlineData("JOIN")]
    [InlineData("join.")]
    public void Join_alone_leaves_the_program_to_the_default(string body) =>
        Assert.Null(Assert.IsType<SmsCommand.Join>(SmsCommandParser.Parse(body)).Program);

    [Theory]
    [InlineData("JOIN FOOT")]
    [InlineData("join knees")]
    public void Join_with_an_unknown_program_explains_the_choices(string body)
    {
        var bad = Assert.IsType<SmsCommand.Malformed>(SmsCommandParser.Parse(body));
        Assert.Contains("JOIN HEEL", bad.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("Stop.")]
    [InlineData(" STOP!! ")]
    [InlineData("STOPALL")]
    [InlineData("Unsubscribe")]
    [InlineData("cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("REVOKE")]
    [InlineData("OPTOUT")]
    [InlineData("opt-out")]
    [InlineData("opt out")]
    [InlineData("stop sending these")]
    public void Every_stop_word_opts_out(string body) =>
        Assert.IsType<SmsCommand.OptOut>(SmsCommandParser.Parse(body));

    [Fact]
    public void Twilio_opt_out_type_stop_wins_over_the_text() =>
        Assert.IsType<SmsCommand.OptOut>(SmsCommandParser.Parse("arrêt", "STOP"));

    [Theory]
    [InlineData("START")]
    [InlineData("start")]
    [InlineData("UNSTOP")]
    [InlineData("un-stop")]
    public void Start_and_unstop_opt_in(string body) =>
        Assert.IsType<SmsCommand.OptIn>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("HELP")]
    [InlineData("help?")]
    [InlineData("Info")]
    public void Help_and_info_ask_for_help(string body) =>
        Assert.IsType<SmsCommand.Help>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("YES")]
    [InlineData("yes!")]
    [InlineData("Y")]
    public void Yes_confirms(string body) => Assert.IsType<SmsCommand.Yes>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("PAUSE", null)]
    [InlineData("pause 3", 3)]
    [InlineData("PAUSE 14 days", 14)]
    [InlineData("pause 5d", 5)]
    public void Pause_reads_an_optional_number_of_days(string body, int? days) =>
        Assert.Equal(days, Assert.IsType<SmsCommand.PauseReminders>(SmsCommandParser.Parse(body)).Days);

    [Theory]
    [InlineData("PAUSE forever")]
    [InlineData("PAUSE -3")]
    [InlineData("PAUSE 0")]
    public void Pause_with_a_bad_length_explains_the_form(string body) =>
        Assert.IsType<SmsCommand.Malformed>(SmsCommandParser.Parse(body));

    [Fact]
    public void Resume_resumes() => Assert.IsType<SmsCommand.ResumeReminders>(SmsCommandParser.Parse("Resume."));

    [Theory]
    [InlineData("TIME ICE 8am 1pm 7:30pm", "08:00,13:00,19:30")]
    [InlineData("time ice 9am, 2pm", "09:00,14:00")]
    [InlineData("TIME ICE 9 am and 2 pm", "09:00,14:00")]
    [InlineData("TIME ICE 13:30 8:15", "08:15,13:30")]
    [InlineData("TIME ICE 12pm 12:30am", "00:30,12:00")]
    [InlineData("TIME ICE 9a.m. 5p.m.", "09:00,17:00")]
    [InlineData("TIME ICE 2pm 9am 2pm", "09:00,14:00")]
    [InlineData("TIME STRETCH 7am", "07:00")]
    [InlineData("time stretching 20", "20:00")]
    public void Time_reads_12_and_24_hour_forms_sorted_without_duplicates(string body, string expected)
    {
        var command = Assert.IsType<SmsCommand.SetTimes>(SmsCommandParser.Parse(body));
        Assert.Equal(expected, string.Join(',', command.Times.Select(t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(body.Contains("stretch", StringComparison.OrdinalIgnoreCase) ? ReminderKind.Stretch : ReminderKind.Ice, command.Kind);
    }

    [Fact]
    public void Time_off_clears_the_times() =>
        Assert.Empty(Assert.IsType<SmsCommand.SetTimes>(SmsCommandParser.Parse("TIME ICE OFF")).Times);

    [Theory]
    [InlineData("TIME")]
    [InlineData("TIME ICE")]
    [InlineData("TIME HEAT 9am")]
    [InlineData("TIME ICE 25:00")]
    [InlineData("TIME ICE 13pm")]
    [InlineData("TIME ICE 9:75")]
    [InlineData("TIME ICE soon")]
    [InlineData("TIME ICE 9am and lunch")]
    [InlineData("TIME ICE 8am 9am 10am 11am 12pm")]
    public void Time_in_a_form_we_cannot_read_is_refused_with_an_example(string body)
    {
        var bad = Assert.IsType<SmsCommand.Malformed>(SmsCommandParser.Parse(body));
        Assert.Equal("TIME", bad.Keyword);
    }

    [Theory]
    [InlineData("TZ America/Chicago", "America/Chicago")]
    [InlineData("tz america/chicago", "America/Chicago")]
    [InlineData("TZ Europe/London", "Europe/London")]
    [InlineData("TZ ET", "America/New_York")]
    [InlineData("tz ct", "America/Chicago")]
    [InlineData("TZ MT", "America/Denver")]
    [InlineData("TZ PT.", "America/Los_Angeles")]
    [InlineData("TZ AKT", "America/Anchorage")]
    [InlineData("TZ HT", "Pacific/Honolulu")]
    [InlineData("TZ PST", "America/Los_Angeles")]
    public void Tz_reads_iana_ids_and_us_abbreviations(string body, string expected) =>
        Assert.Equal(expected, Assert.IsType<SmsCommand.SetTimeZone>(SmsCommandParser.Parse(body)).IanaId);

    [Theory]
    [InlineData("TZ")]
    [InlineData("TZ Mars/Olympus")]
    [InlineData("TZ XYZ")]
    public void Tz_with_an_unknown_zone_lists_the_forms(string body) =>
        Assert.Equal("TZ", Assert.IsType<SmsCommand.Malformed>(SmsCommandParser.Parse(body)).Keyword);

    [Theory]
    [InlineData("PAIN 0", 0)]
    [InlineData("pain 7", 7)]
    [InlineData("PAIN: 4", 4)]
    [InlineData("pain 6/10", 6)]
    [InlineData("Pain 10", 10)]
    public void Pain_reads_a_score_from_0_to_10(string body, int score) =>
        Assert.Equal(score, Assert.IsType<SmsCommand.Pain>(SmsCommandParser.Parse(body)).Score);

    [Theory]
    [InlineData("4", 4)]
    [InlineData("0", 0)]
    [InlineData("10!", 10)]
    [InlineData("3/10", 3)]
    [InlineData("7 out of 10", 7)]
    [InlineData("about a 4 today", 4)]
    [InlineData("pain is about a 3", 3)]
    [InlineData("pain's a 6 today thanks", 6)]
    [InlineData("Pain’s 2 now", 2)]
    [InlineData("its a 5", 5)]
    [InlineData("I'd say a 2 today. Thanks!", 2)]
    [InlineData("my heel pain is 5/10 this morning", 5)]
    [InlineData("back pain level: 8", 8)]
    public void A_reply_that_is_only_a_pain_score_is_logged_as_one(string body, int score) =>
        Assert.Equal(score, Assert.IsType<SmsCommand.Pain>(SmsCommandParser.Parse(body)).Score);

    [Theory]
    [InlineData("3 weeks")]
    [InlineData("11")]
    [InlineData("8am")]
    [InlineData("about a 4 today, numb down both legs")]
    [InlineData("pain is a 3 today, was a 5 yesterday")]
    [InlineData("it's a 9 and I can't walk")]
    [InlineData("2 days")]
    [InlineData("-1")]
    public void A_score_with_anything_else_in_the_message_is_not_read_as_a_bare_score(string body) =>
        Assert.IsNotType<SmsCommand.Pain>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("pain in my heel when I push off, why?")]
    [InlineData("Pain at the back of my heel where the shoe rubs")]
    [InlineData("pain is about a 3 today, was a 5 at the weekend")]
    public void A_question_or_story_that_starts_with_pain_is_free_text(string body) =>
        Assert.Equal(body, Assert.IsType<SmsCommand.FreeText>(SmsCommandParser.Parse(body)).Text);

    [Theory]
    [InlineData("PAIN")]
    [InlineData("PAIN 11")]
    [InlineData("PAIN -1")]
    [InlineData("PAIN bad")]
    [InlineData("PAIN 5/5")]
    [InlineData("PAIN 7.5")]
    public void Pain_out_of_range_or_unreadable_explains_the_scale(string body) =>
        Assert.Equal("PAIN", Assert.IsType<SmsCommand.Malformed>(SmsCommandParser.Parse(body)).Keyword);

    [Theory]
    [InlineData("DONE")]
    [InlineData("done!")]
    public void Done_logs(string body) => Assert.IsType<SmsCommand.Done>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("all done")]
    [InlineData("Did it!")]
    [InlineData("yep done them")]
    [InlineData("just done it now 👍")]
    [InlineData("stretches done, thanks")]
    [InlineData("icing done")]
    [InlineData("finished ✅")]
    public void A_reply_that_only_says_it_is_done_logs_like_done(string body) =>
        Assert.IsType<SmsCommand.Done>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("did it hurt to stretch?")]
    [InlineData("all done with these texts")]
    [InlineData("I'm done")]
    [InlineData("all done and now my heel is burning")]
    [InlineData("did the stretches but my back is worse")]
    public void Done_words_in_a_longer_message_are_not_read_as_done(string body) =>
        Assert.IsNotType<SmsCommand.Done>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("STATUS")]
    [InlineData("status?")]
    public void Status_asks_for_status(string body) => Assert.IsType<SmsCommand.Status>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData("How long should I ice my heel?")]
    [InlineData("Stopped hurting after icing")]
    [InlineData("painful heel in the morning")]
    [InlineData("¿Qué hago?")]
    public void Anything_else_is_free_text(string body) =>
        Assert.IsType<SmsCommand.FreeText>(SmsCommandParser.Parse(body));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007\u001b")]
    [InlineData("!!! ...")]
    public void Nothing_readable_is_empty(string? body) =>
        Assert.IsType<SmsCommand.Empty>(SmsCommandParser.Parse(body));

    [Fact]
    public void Emoji_alone_is_free_text_not_a_crash() =>
        Assert.IsType<SmsCommand.FreeText>(SmsCommandParser.Parse("😀👍"));

    [Fact]
    public void Control_characters_inside_a_keyword_message_are_ignored() =>
        Assert.Equal(3, Assert.IsType<SmsCommand.Pain>(SmsCommandParser.Parse("PAIN\u0000 3\r\n")).Score);

    [Fact]
    public void A_1600_character_body_is_read_and_longer_text_is_cut()
    {
        var body = "help " + new string('x', 5000);
        Assert.IsType<SmsCommand.Help>(SmsCommandParser.Parse(body));
        var free = Assert.IsType<SmsCommand.FreeText>(SmsCommandParser.Parse(new string('a', 5000)));
        Assert.Equal(SmsCommandParser.MaxBodyChars, free.Text.Length);
    }

    [Fact]
    public void A_stalled_thread_cannot_turn_a_text_into_a_regex_timeout()
    {
        // A match timeout counts wall time, so a server starved of CPU threw RegexMatchTimeoutException on "TZ PST".
        // These patterns are short by construction (no nested quantifiers, capped input); they must carry no timeout.
        Assert.Equal(Regex.InfiniteMatchTimeout, SmsCommandParser.ScoreReply().MatchTimeout);
        Assert.Equal(Regex.InfiniteMatchTimeout, SmsCommandParser.DoneReply().MatchTimeout);
        Assert.Equal(Regex.InfiniteMatchTimeout, SmsCommandParser.TimePattern().MatchTimeout);
    }

    [Theory]
    [InlineData("", "its about its about ", " 4x", typeof(SmsCommand.FreeText))]
    [InlineData("", "pain is pain today today is ", " a 4 out of 11", typeof(SmsCommand.FreeText))]
    [InlineData("", "ok all just done ", " x", typeof(SmsCommand.FreeText))]
    [InlineData("TIME ICE ", "7am 7 am 7:00 ", " 7x", typeof(SmsCommand.Malformed))]
    public void The_longest_body_built_to_make_a_pattern_backtrack_still_gets_an_answer(string keyword, string repeated, string tail, Type expected)
    {
        // Each ends one character short of a match, so a backtracking engine tries every split before it gives up.
        var filler = string.Concat(Enumerable.Repeat(repeated, SmsCommandParser.MaxBodyChars));
        var body = keyword + filler[..(SmsCommandParser.MaxBodyChars - keyword.Length - tail.Length)].TrimEnd() + tail;
        Assert.IsType(expected, SmsCommandParser.Parse(body));
    }
}
