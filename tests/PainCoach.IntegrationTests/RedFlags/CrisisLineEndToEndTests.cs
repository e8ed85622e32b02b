using System.Net;
using System.Text.Json;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.RedFlags;

/// <summary>
/// Words of suicide or self-harm get the crisis line over HTTP through the DevServer, in the FAQ's alert and in SMS
/// replies, STOP included; idioms of death get none (docs/triage.md, "Words of self-harm").
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class CrisisLineEndToEndTests(DevServerFixture fixture)
{
    private const string CrisisLine = "Call or text 988";

    [Fact]
    public async Task A_question_that_voices_a_wish_to_die_gets_an_emergency_alert_with_the_crisis_line()
    {
        var alert = await FaqClient.AlertAsync(fixture.Client, "how+long+does+sciatica+last+bc+honestly+i+want+to+die");

        Assert.Equal("emergency", alert.GetProperty("level").GetString());
        Assert.Contains(CrisisLine, alert.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idiom_of_death_in_a_question_gets_no_alert()
    {
        var alert = await FaqClient.AlertAsync(fixture.Client, "these+calf+stretches+are+gonna+be+the+death+of+me+lol+how+many+a+day");

        Assert.Equal(JsonValueKind.Null, alert.ValueKind);
    }

    [Fact]
    public async Task A_text_that_voices_thoughts_of_suicide_is_answered_with_the_crisis_line_alone()
    {
        var answer = await TextAsync(fixture.Client, TestPhones.Next(), "did the stretches. been thinking about killing myself tbh");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(CrisisLine, answer.Reply, StringComparison.Ordinal);
        Assert.Contains("911", answer.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_with_words_of_self_harm_is_stopped_and_still_gets_the_crisis_line_first()
    {
        var phone = TestPhones.Next();
        var joined = await TextAsync(fixture.Client, phone, "JOIN HEEL");
        Assert.Equal(HttpStatusCode.OK, joined.Status);

        var answer = await TextAsync(fixture.Client, phone, "stop texting me, i wont need reminders, im going to end my life");
        var status = await TextAsync(fixture.Client, phone, "STATUS");

        var crisis = answer.Reply.IndexOf("If you are having thoughts of ending your life", StringComparison.Ordinal);
        var stopped = answer.Reply.IndexOf("you are unsubscribed", StringComparison.Ordinal);
        Assert.InRange(crisis, 0, stopped - 1);
        Assert.Contains(": stopped.", status.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_of_self_harm_in_spanish_are_answered_in_spanish()
    {
        var answer = await TextAsync(fixture.Client, TestPhones.Next(), "me duele la espalda todo el tiempo y ya no quiero vivir");

        Assert.Contains("Marca 2 para español", answer.Reply, StringComparison.Ordinal);
    }
}
