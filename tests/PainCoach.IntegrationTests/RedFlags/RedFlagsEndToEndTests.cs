using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.RedFlags;

/// <summary>
/// Issue 12's "done when" checks over HTTP through the DevServer: one catalog gives a sign the same level in triage,
/// the FAQ alert and an SMS reply.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class RedFlagsEndToEndTests(DevServerFixture fixture)
{
    [Fact]
    public async Task Heel_pain_after_major_trauma_is_urgent_in_triage()
    {
        using var content = new StringContent("""{"area":"heel","durationDays":1,"painScore":4,"symptoms":["major_trauma"]}""", Encoding.UTF8, "application/json");
        using var response = await fixture.Client.PostAsync(new Uri("/api/triage", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urgent", body.GetProperty("level").GetString());
        Assert.Equal("heel_pain_after_major_trauma", body.GetProperty("reasons")[0].GetProperty("ruleId").GetString());
        Assert.Equal("fracture", body.GetProperty("possibleConditions")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Cant_feel_the_toilet_paper_with_back_pain_is_an_emergency_alert_in_the_faq()
    {
        var alert = await FaqClient.AlertAsync(fixture.Client, "back+pain+and+i+cant+feel+the+toilet+paper");

        Assert.Equal("emergency", alert.GetProperty("level").GetString());
        Assert.Contains("911", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_wording_the_phrases_miss_is_read_a_second_time_in_the_faq_and_by_sms()
    {
        // No phrase reads this (SecondReadingTests); the second reading, as the DevServer registers it, does.
        const string Text = "ever since my back went the bedroom side of things has just stopped for me";
        var alert = await FaqClient.AlertAsync(fixture.Client, Uri.EscapeDataString(Text));
        var answer = await TextAsync(fixture.Client, TestPhones.Next(), Text);

        Assert.Equal("emergency", alert.GetProperty("level").GetString());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Call 911 or go to the emergency department now", answer.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killing_me_and_cant_stand_it_are_idioms_and_raise_no_alert()
    {
        var alert = await FaqClient.AlertAsync(fixture.Client, "my+heel+is+killing+me+and+i+cant+stand+it");

        Assert.Equal(JsonValueKind.Null, alert.ValueKind);
    }

    [Theory]
    [InlineData("my+foot+is+red+hot+and+swollen", "urgent")]
    [InlineData("both+my+feet+tingle", "see_clinician")]
    public async Task The_faq_alert_carries_every_tier_with_its_wire_name(string query, string level)
    {
        var alert = await FaqClient.AlertAsync(fixture.Client, query);

        Assert.Equal(level, alert.GetProperty("level").GetString());
        Assert.DoesNotContain("911", level == "see_clinician" ? alert.GetProperty("message").GetString()! : string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texting_a_red_hot_swollen_foot_gets_the_same_day_advice()
    {
        var answer = await TextAsync(fixture.Client, TestPhones.Next(), "my foot is red hot and swollen");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(1, answer.MessageCount);
        Assert.Contains("today", answer.Reply, StringComparison.Ordinal);
        Assert.Contains("same-day", answer.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Call 911 or go to the emergency department now", answer.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_back_pain_subscriber_texting_a_fever_without_naming_the_back_gets_the_same_day_advice()
    {
        var phone = TestPhones.Next();
        var joined = await TextAsync(fixture.Client, phone, "JOIN BACK");
        Assert.Equal(HttpStatusCode.OK, joined.Status);

        var answer = await TextAsync(fixture.Client, phone, "running a temperature and shivery since last night");
        var stranger = await TextAsync(fixture.Client, TestPhones.Next(), "running a temperature and shivery since last night");

        Assert.Contains("same-day", answer.Reply, StringComparison.Ordinal);
        Assert.DoesNotContain("same-day", stranger.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_questions_endpoint_asks_the_added_signs_in_plain_words()
    {
        var body = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/triage/questions", UriKind.Relative));

        var questions = body.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!, q => q);
        foreach (var id in new[] { "chest_pain", "calf_swelling_one_side", "foot_wound" })
        {
            Assert.True(questions[id].GetProperty("redFlag").GetBoolean(), id);
            Assert.EndsWith("?", questions[id].GetProperty("question").GetString(), StringComparison.Ordinal);
        }
    }
}
