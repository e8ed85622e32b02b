using PainCoach.Conversation;

namespace PainCoach.Tests.Conversation;

/// <summary>
/// Issue 15, item 2: revocations in people's words (47 CFR 64.1200(a)(10): "any reasonable means"), written the way
/// people text, and a separate list of texts that use the same words about pain and must not unsubscribe anyone.
/// </summary>
public sealed class OptOutIntentTests
{
    /// <summary>Opt-outs as people send them, with the language the confirmation must come in.</summary>
    public static TheoryData<string, SmsLanguage> OptOuts => new()
    {
        // The keywords, with the punctuation and politeness people add.
        { "STOP", SmsLanguage.English },
        { "stop", SmsLanguage.English },
        { "Stop.", SmsLanguage.English },
        { "STOP!!!", SmsLanguage.English },
        { "stop please", SmsLanguage.English },
        { "Please stop", SmsLanguage.English },
        { "pls stop", SmsLanguage.English },
        { "STOP STOP STOP", SmsLanguage.English },
        { "Stop it", SmsLanguage.English },
        { "stop all", SmsLanguage.English },
        { "STOPALL", SmsLanguage.English },
        { "Unsubscribe", SmsLanguage.English },
        { "unsubscribe me", SmsLanguage.English },
        { "Cancel", SmsLanguage.English },
        { "cancel please", SmsLanguage.English },
        { "END", SmsLanguage.English },
        { "quit", SmsLanguage.English },
        { "REVOKE", SmsLanguage.English },
        { "OPTOUT", SmsLanguage.English },
        { "Opt out", SmsLanguage.English },
        { "opt-out", SmsLanguage.English },

        // In their own words.
        { "I want to stop", SmsLanguage.English },
        { "i want to stop", SmsLanguage.English },
        { "i wanna stop", SmsLanguage.English },
        { "I'd like to unsubscribe", SmsLanguage.English },
        { "i want to opt out", SmsLanguage.English },
        { "please stop texting me", SmsLanguage.English },
        { "Please stop texting me.", SmsLanguage.English },
        { "stop texting me", SmsLanguage.English },
        { "stop txting me!!", SmsLanguage.English },
        { "STOP SENDING ME THESE MESSAGES", SmsLanguage.English },
        { "stop sending me texts", SmsLanguage.English },
        { "can you stop the texts please", SmsLanguage.English },
        { "stop these reminders", SmsLanguage.English },
        { "how do i stop getting these texts", SmsLanguage.English },
        { "no more texts", SmsLanguage.English },
        { "No more messages please", SmsLanguage.English },
        { "no more reminders thx", SmsLanguage.English },
        { "leave me alone", SmsLanguage.English },
        { "Leave me alone!!", SmsLanguage.English },
        { "dont text me anymore", SmsLanguage.English },
        { "do not text me", SmsLanguage.English },
        { "don't message me again", SmsLanguage.English },
        { "please remove me", SmsLanguage.English },
        { "remove my number", SmsLanguage.English },
        { "take me off your list", SmsLanguage.English },
        { "lose my number", SmsLanguage.English },
        { "cancel my subscription", SmsLanguage.English },
        { "i want to cancel the reminders", SmsLanguage.English },
        { "how do I unsubscribe", SmsLanguage.English },
        { "can i opt out of this?", SmsLanguage.English },
        { "stop msging me", SmsLanguage.English },

        // Emoji and look-alikes.
        { "🛑 stop", SmsLanguage.English },
        { "🛑", SmsLanguage.English },
        { "ＳＴＯＰ", SmsLanguage.English },
        { "S\u200BTOP", SmsLanguage.English },
        { "ST\u200COP", SmsLanguage.English },
        { "\uFEFFStop", SmsLanguage.English },
        { "STOP\u0000", SmsLanguage.English },
        { "ST\u0000OP", SmsLanguage.English },
        { "ЅТОР", SmsLanguage.English },

        // A keyword as a sentence of its own, with more after it.
        { "STOP. I lost bladder control and my back hurts", SmsLanguage.English },
        { "stop texting me, I lost bladder control", SmsLanguage.English },

        // Spanish.
        { "PARAR", SmsLanguage.Spanish },
        { "parar", SmsLanguage.Spanish },
        { "Alto", SmsLanguage.Spanish },
        { "ALTO", SmsLanguage.Spanish },
        { "CANCELAR", SmsLanguage.Spanish },
        { "Baja", SmsLanguage.Spanish },
        { "BAJA", SmsLanguage.Spanish },
        { "para", SmsLanguage.Spanish },
        { "Para.", SmsLanguage.Spanish },
        { "para ya", SmsLanguage.Spanish },
        { "Para por favor", SmsLanguage.Spanish },
        { "basta!", SmsLanguage.Spanish },
        { "no más mensajes", SmsLanguage.Spanish },
        { "No mas mensajes por favor", SmsLanguage.Spanish },
        { "ya no quiero mensajes", SmsLanguage.Spanish },
        { "dejen de enviarme mensajes", SmsLanguage.Spanish },
        { "no me manden más", SmsLanguage.Spanish },
        { "quiero darme de baja", SmsLanguage.Spanish },
        { "denme de baja porfa", SmsLanguage.Spanish },
        { "cancelar suscripción", SmsLanguage.Spanish },
        { "ＢＡＪＡ", SmsLanguage.Spanish },
    };

    /// <summary>The same words about pain, icing and life: never an opt-out.</summary>
    public static TheoryData<string> NotOptOuts => new()
    {
        "stop the pain",
        "can't stop icing",
        "the pain won't stop",
        "How do I stop the pain in my heel?",
        "when will my back stop hurting",
        "should i stop stretching if it hurts",
        "I had to stop running",
        "my heel wont stop throbbing",
        "End of the day my back is killing me",
        "Quit my job cuz of my back lol",
        "cancel my appointment?",
        "Stopped hurting after icing",
        "does ice stop the swelling",
        "pain stops me from sleeping",
        "I stopped taking ibuprofen",
        "don't stop the reminders please",
        "don't unsubscribe me, I like the reminders",
        "no more pain after icing!",
        "I want to stop icing",
        "I want to stop the pain",
        "stop icing?",
        "Can I stop stretching now",
        "end it all",
        "worse every day. I want to end it all",
        "some days I just want to end it",
        "its getting worse and worse, I dont want to quit",
        "I never want to stop",
        "I don't want to have to quit",
        "para el dolor de espalda que tomo?",
        "dolor alto en la espalda",
        "estoy de baja por la espalda",
        "tengo que parar de correr?",
        "PAUSE 3",
        "STATUS",
        "HELP",
        "thanks!",
    };

    [Theory]
    [MemberData(nameof(OptOuts))]
    public void People_opt_out_in_their_own_words_and_are_answered_in_their_language(string text, SmsLanguage language)
    {
        Assert.Equal(language, OptOutIntent.Detect(text));
        Assert.Equal(new SmsCommand.OptOut(language), SmsCommandParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(NotOptOuts))]
    public void The_same_words_about_pain_do_not_opt_out(string text)
    {
        Assert.Null(OptOutIntent.Detect(text));
        Assert.IsNotType<SmsCommand.OptOut>(SmsCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("AYUDA")]
    [InlineData("ayuda")]
    [InlineData("Ayuda!")]
    public void Ayuda_asks_for_help_in_spanish(string text) =>
        Assert.Equal(new SmsCommand.Help(SmsLanguage.Spanish), SmsCommandParser.Parse(text));

    [Fact]
    public void Twilios_opt_out_verdict_keeps_the_language_of_the_text()
    {
        Assert.Equal(new SmsCommand.OptOut(SmsLanguage.Spanish), SmsCommandParser.Parse("BAJA", "STOP"));
        Assert.Equal(new SmsCommand.OptOut(SmsLanguage.English), SmsCommandParser.Parse("arrêt", "STOP"));
    }

    [Fact]
    public void A_body_cut_inside_an_emoji_is_read_not_refused()
    {
        var body = new string('a', SmsCommandParser.MaxBodyChars - 1) + "🛑";
        Assert.IsType<SmsCommand.FreeText>(SmsCommandParser.Parse(body));
        Assert.Null(OptOutIntent.Detect(body));
    }
}
