using Microsoft.Extensions.Options;
using PainCoach.Conversation;
using PainCoach.RedFlags;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Conversation;

/// <summary>
/// A text written mostly in Spanish gets its red-flag advice, safety check and fallback in Spanish, level for level
/// the same advice as in English; a text mostly in English, code-switched or not, keeps the English (docs/sms.md,
/// "Language"). The screen is the real one, so each sentence must also be read at its level.
/// </summary>
public sealed class SpanishRepliesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);
    private const string Key = "0000000000000000000000000000000000000000000000000000000000000002";

    private readonly FakeShortAnswers answers = new();
    private readonly SubscriberOptions options = new();
    private readonly ReminderOptions reminders = new();
    private readonly E164Number from = PhoneNumberReader.TryRead("+13055550123", "US")!;
    private static readonly SmsTexts Texts = ConversationRulesTests.Texts();

    private ConversationRules Rules(IRedFlagScreen? screen = null) =>
        new(ConversationRulesTests.Texts(reminders, options), screen ?? new FreeTextRedFlagScreen(), answers, new ReminderPlanner(reminders), Options.Create(options), Options.Create(reminders));

    private ConversationDecision Send(string body, Subscriber? current = null, IRedFlagScreen? screen = null) =>
        Rules(screen).Decide(current, Key, new InboundSms("SM" + new string('7', 32), from, body, null), SmsCommandParser.Parse(body, null), Now);

    private Subscriber Subscribed(BodyArea program) => Send("JOIN " + program).Updated!;

    [Theory]
    [InlineData("me caí de la escalera y me duele mucho la espalda", SmsTexts.SpanishEmergencyAdvice)]
    [InlineData("me duele la espalda y no puedo orinar desde ayer", SmsTexts.SpanishEmergencyAdvice)]
    [InlineData("tengo fiebre y me duele mucho la espalda", SmsTexts.SpanishUrgentAdvice)]
    public void An_emergency_or_urgent_sign_written_in_spanish_is_answered_with_the_same_advice_in_spanish(string body, string advice)
    {
        var decision = Send(body);

        Assert.Equal(Texts.Prefixed(advice), decision.Reply);
        Assert.Contains("911", decision.Reply, StringComparison.Ordinal);
        Assert.Equal(decision.Reply, SmsText.ToGsm7(decision.Reply));
        Assert.InRange(SmsText.Segments(decision.Reply), 1, SmsText.MaxReplySegments);
    }

    [Fact]
    public void A_see_a_clinician_sign_in_spanish_leads_a_spanish_fallback()
    {
        var decision = Send("tengo diabetes y me duele el pie cuando camino", Subscribed(BodyArea.Heel));

        Assert.Equal(Texts.Prefixed(SmsTexts.SpanishSeeClinicianAdvice) + " " + Texts.FallbackIn(subscribed: true, SmsLanguage.Spanish), decision.Reply);
    }

    [Fact]
    public void A_spanish_question_with_no_sign_and_no_short_answer_gets_the_fallback_in_spanish()
    {
        var stranger = Send("cuanto cuesta la consulta en la clinica?");
        var subscriber = Send("cuanto cuesta la consulta en la clinica?", Subscribed(BodyArea.Back));

        Assert.Equal(Texts.FallbackIn(subscribed: false, SmsLanguage.Spanish), stranger.Reply);
        Assert.Contains("JOIN HEEL", stranger.Reply, StringComparison.Ordinal);
        Assert.Equal(Texts.FallbackIn(subscribed: true, SmsLanguage.Spanish), subscriber.Reply);
        Assert.Contains("911", subscriber.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("got rear ended this morning y me duele mucho la espalda, do I need to go somewhere?", RedFlagCatalog.EmergencyMessage)]
    [InlineData("back pain and i cant feel the toilet paper", RedFlagCatalog.EmergencyMessage)]
    [InlineData("el dolor de espalda me despierta en la noche", SmsTexts.SpanishSeeClinicianAdvice)]
    public void The_advice_follows_the_language_most_of_the_text_is_in(string body, string advice) =>
        Assert.StartsWith(Texts.Prefixed(advice), Send(body, Subscribed(BodyArea.Back)).Reply, StringComparison.Ordinal);

    [Fact]
    public void The_cauda_equina_safety_check_is_asked_in_spanish_for_a_spanish_question()
    {
        var screen = new FakeRedFlagScreen();
        screen.SafetyCheckWords.Add("baño");

        var spanish = Send("me duele la espalda, es normal ir tanto al baño?", Subscribed(BodyArea.Back), screen);
        var english = Send("my back hurts, is it normal to go to the baño so much?", Subscribed(BodyArea.Back), screen);

        Assert.StartsWith(Texts.Prefixed(SmsTexts.SafetyCheckIn(SafetyCheck.CaudaEquinaMessage, SmsLanguage.Spanish)), spanish.Reply, StringComparison.Ordinal);
        Assert.Contains("911", spanish.Reply, StringComparison.Ordinal);
        Assert.StartsWith(Texts.Prefixed(SafetyCheck.CaudaEquinaMessage), english.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_safety_check_has_its_spanish()
    {
        foreach (var check in new[] { SafetyCheck.CaudaEquinaMessage, SafetyCheck.SomeoneElsesEmergencyMessage, SafetyCheck.SomeoneElsesUrgentMessage })
        {
            Assert.NotEqual(check, SmsTexts.SafetyCheckIn(check, SmsLanguage.Spanish));
            Assert.Equal(check, SmsTexts.SafetyCheckIn(check, SmsLanguage.English));
        }
    }

    [Fact]
    public void A_spanish_crisis_text_keeps_the_crisis_line_it_chose_itself()
    {
        var decision = Send("con este dolor de espalda ya no quiero vivir");

        Assert.StartsWith(Texts.Prefixed(CrisisWords.SpanishMessage), decision.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sign_after_a_spanish_crisis_line_gets_its_advice_in_spanish_too()
    {
        var decision = Send("con este dolor de espalda ya no quiero vivir y no puedo orinar desde ayer");

        Assert.Equal(Texts.Prefixed(CrisisWords.SpanishMessage + " " + SmsTexts.SpanishEmergencyAdvice), decision.Reply);
        Assert.InRange(SmsText.Segments(decision.Reply), 1, SmsText.MaxReplySegments);
    }

    [Theory]
    [InlineData(AlertLevel.Emergency, SmsTexts.SpanishEmergencyAdvice)]
    [InlineData(AlertLevel.Urgent, SmsTexts.SpanishUrgentAdvice)]
    [InlineData(AlertLevel.SeeClinician, SmsTexts.SpanishSeeClinicianAdvice)]
    public void The_advice_after_a_spanish_crisis_line_is_worded_from_the_signs_level_not_from_its_english_message(AlertLevel level, string advice)
    {
        var sign = new RedFlagAlert(level, "Advice worded some other way.", []);

        var spanish = SmsTexts.AlertAdvice(CrisisWords.AlertWith(sign, CrisisWords.SpanishMessage), SmsLanguage.Spanish);
        var english = SmsTexts.AlertAdvice(CrisisWords.AlertWith(sign, CrisisWords.Message), SmsLanguage.Spanish);

        Assert.Equal(CrisisWords.SpanishMessage + " " + advice, spanish);
        Assert.Equal(CrisisWords.Message + " Advice worded some other way.", english);
        Assert.Equal(CrisisWords.SpanishMessage, SmsTexts.AlertAdvice(CrisisWords.AlertWith(null, CrisisWords.SpanishMessage), SmsLanguage.Spanish));
    }

    [Fact]
    public void With_storage_down_a_spanish_emergency_still_gets_the_spanish_advice()
    {
        const string Body = "me duele la espalda y no puedo orinar desde ayer";

        var reply = Rules().DecideWithoutStorage(new InboundSms("SM" + new string('8', 32), from, Body, null), SmsCommandParser.Parse(Body, null));

        Assert.Equal(Texts.Prefixed(SmsTexts.SpanishEmergencyAdvice), reply);
    }
}
