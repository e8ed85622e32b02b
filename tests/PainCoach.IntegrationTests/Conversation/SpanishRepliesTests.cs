using System.Net;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>
/// Over the DevServer with signed webhooks: a red flag texted in Spanish is answered with the same advice in Spanish,
/// 911 included, and the same sign texted in English keeps the English advice (docs/sms.md, "Language").
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class SpanishRepliesTests(DevServerFixture fixture)
{
    [Fact]
    public async Task A_red_flag_texted_in_spanish_gets_the_emergency_advice_in_spanish()
    {
        var answer = await TextAsync(fixture.Client, TestPhones.Next(), "me duele la espalda y no puedo orinar desde ayer");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Llama al 911 o ve a la sala de emergencias ahora.", answer.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Call 911", answer.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_sign_texted_in_english_keeps_the_english_advice()
    {
        var answer = await TextAsync(fixture.Client, TestPhones.Next(), "my back hurts and i cant pee since yesterday");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Call 911 or go to the emergency department now.", answer.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Llama", answer.Reply, StringComparison.Ordinal);
    }
}
