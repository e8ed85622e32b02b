using System.Net;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>
/// Issue 15, item 2, over the DevServer with signed webhooks: the issue's opt-outs unsubscribe and are confirmed in
/// the language used; the same words about pain do not; AYUDA answers in Spanish; STOP with a red flag gets both.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class OptOutTests(DevServerFixture fixture)
{
    private const string EnglishConfirmation = "you are unsubscribed and will get no more messages";
    private const string SpanishConfirmation = "te dimos de baja";

    /// <summary>The issue's set, as texted, with the confirmation each must get.</summary>
    public static TheoryData<string, string> IssueOptOuts => new()
    {
        { "please stop", EnglishConfirmation },
        { "I want to stop", EnglishConfirmation },
        { "please stop texting me", EnglishConfirmation },
        { "no more texts", EnglishConfirmation },
        { "leave me alone", EnglishConfirmation },
        { "🛑 stop", EnglishConfirmation },
        { "ＳＴＯＰ", EnglishConfirmation },
        { "ST\u200BOP", EnglishConfirmation },
        { "STOP\u0000", EnglishConfirmation },
        { "PARAR", SpanishConfirmation },
        { "ALTO", SpanishConfirmation },
        { "CANCELAR", SpanishConfirmation },
        { "BAJA", SpanishConfirmation },
        { "para", SpanishConfirmation },
        { "no más mensajes por favor", SpanishConfirmation },
    };

    public static TheoryData<string> NotOptOuts => new() { "stop the pain", "can't stop icing", "the pain won't stop", "para el dolor de espalda?" };

    [Theory]
    [MemberData(nameof(IssueOptOuts))]
    public async Task An_opt_out_in_peoples_words_unsubscribes_and_is_confirmed_in_their_language(string text, string confirmation)
    {
        var phone = await SubscribedAsync();

        var answer = await TextAsync(fixture.Client, phone, text);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(confirmation, answer.Reply, StringComparison.Ordinal);
        Assert.Contains("START", answer.Reply, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Stopped, (await SubscriberLookup.LoadAsync(fixture.Server.Services, phone))!.Status);
    }

    [Theory]
    [MemberData(nameof(NotOptOuts))]
    public async Task The_same_words_about_pain_leave_the_subscription_alone(string text)
    {
        var phone = await SubscribedAsync();

        var answer = await TextAsync(fixture.Client, phone, text);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.DoesNotContain("unsubscribed", answer.Reply, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(fixture.Server.Services, phone))!.Status);
    }

    [Fact]
    public async Task Ayuda_gets_the_help_reply_in_spanish()
    {
        var answer = await TextAsync(fixture.Client, await SubscribedAsync(), "AYUDA");
        Assert.Contains("Los comandos van en inglés", answer.Reply, StringComparison.Ordinal);
        Assert.Contains("Pueden aplicarse tarifas de mensajes y datos", answer.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_opt_out_that_describes_a_red_flag_gets_the_opt_out_and_the_emergency_advice()
    {
        var phone = await SubscribedAsync();

        var answer = await TextAsync(fixture.Client, phone, "stop texting me, I lost bladder control and my back hurts");

        Assert.Contains("911", answer.Reply, StringComparison.Ordinal);
        Assert.Contains(EnglishConfirmation, answer.Reply, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Stopped, (await SubscriberLookup.LoadAsync(fixture.Server.Services, phone))!.Status);
    }

    [Fact]
    public async Task Start_after_a_spanish_opt_out_brings_them_back_in_english()
    {
        var phone = await SubscribedAsync();
        await TextAsync(fixture.Client, phone, "BAJA");

        var answer = await TextAsync(fixture.Client, phone, "START");

        Assert.Contains("you're in", answer.Reply, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Active, (await SubscriberLookup.LoadAsync(fixture.Server.Services, phone))!.Status);
    }

    private async Task<string> SubscribedAsync()
    {
        var phone = TestPhones.Next();
        Assert.Equal(HttpStatusCode.OK, (await TextAsync(fixture.Client, phone, "JOIN HEEL")).Status);
        return phone;
    }
}
