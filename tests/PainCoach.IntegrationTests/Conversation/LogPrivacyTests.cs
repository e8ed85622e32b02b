using System.Net;
using System.Net.Http.Json;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>Runs every SMS path on a server that logs everything, then searches the log output for whole numbers.</summary>
[Collection(DevServerCollection.Name)]
public sealed class LogPrivacyTests(DevServerFixture fixture)
{
    [Fact]
    public async Task No_log_line_contains_a_whole_phone_number_or_a_message_body()
    {
        var logs = new LogCapture();
        await using var server = await RunningDevServer.StartAsync(fixture.Settings(), configure: logs.CaptureEverythingFrom);
        var client = server.Client;
        var texter = TestPhones.NextChicago();
        var webSignUp = TestPhones.Next("212");
        const string symptom = "numbness around my groin and bladder trouble";

        foreach (var body in new[] { "JOIN HEEL", "TIME ICE 9am", "TZ CT", "PAIN 7", "DONE", "STATUS", symptom, "How long should I ice?", "STOP", "START" })
        {
            Assert.Equal(HttpStatusCode.OK, (await TextAsync(client, texter, body)).Status);
        }

        using (var created = await client.PostAsJsonAsync(new Uri("/api/subscriptions", UriKind.Relative), new { phone = webSignUp, program = "heel", consent = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        }

        await TextAsync(client, webSignUp, "YES");
        await PostAsync(client, "/api/sms/status", new Dictionary<string, string>
        {
            ["MessageSid"] = NewMessageSid(), ["MessageStatus"] = "failed", ["ErrorCode"] = "30006", ["To"] = webSignUp,
        });
        await PostAsync(client, "/api/sms/inbound", InboundForm(texter, "HELP"), authToken: "wrong");
        await PostAsync(client, "/api/sms/inbound", InboundForm("313 555 01234 not a phone", "HELP"));
        using (await SubscriptionsClient.LookupAsync(client, webSignUp))
        {
        }

        using (await SubscriptionsClient.EraseAsync(client, texter))
        {
        }

        var lines = logs.Lines;
        Assert.NotEmpty(lines);
        Assert.Contains(lines, l => l.Contains("+1******" + texter[^4..], StringComparison.Ordinal)); // masked numbers are logged
        foreach (var phone in new[] { texter, webSignUp })
        {
            var national = phone[2..];
            Assert.DoesNotContain(lines, l => l.Contains(national, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(lines, l => l.Contains("bladder", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains("How long should I ice", StringComparison.OrdinalIgnoreCase));
    }
}
