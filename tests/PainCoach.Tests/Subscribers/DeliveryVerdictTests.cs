using Microsoft.Extensions.Options;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Subscribers;

/// <summary>Issue 15, item 6: delivery records move forward only, and a verdict about a message older than the person's last word is stale.</summary>
public sealed class DeliveryVerdictTests
{
    private static readonly DateTimeOffset Joined = new(2026, 3, 1, 15, 0, 0, TimeSpan.Zero);

    private static Subscriber Person() => SubscriberRecords.Joined(new string('a', 64), "+13125550142", BodyArea.Heel, "America/Chicago", [], [], Joined);

    [Theory]
    [InlineData(null, "queued", true)]
    [InlineData("accepted", "sent", true)]
    [InlineData("queued", "sending", true)]
    [InlineData("sent", "delivered", true)]
    [InlineData("sent", "undelivered", true)]
    [InlineData("delivered", "read", true)]
    [InlineData("delivered", "sent", false)]
    [InlineData("undelivered", "queued", false)]
    [InlineData("undelivered", "undelivered", false)]
    [InlineData("delivered", "undelivered", false)]
    [InlineData("failed", "delivered", false)]
    [InlineData("delivered", "some-new-final-status", false)]
    public void A_status_moves_a_record_only_forward(string? current, string next, bool moves) =>
        Assert.Equal(moves, DeliveryStatuses.MovesForward(current, next));

    [Fact]
    public void A_carrier_opt_out_about_a_message_sent_before_the_last_start_is_stale()
    {
        var restarted = SubscriberRules.Activate(
            SubscriberRules.Stop(Person(), new ConsentEvent(Joined.AddDays(1), "sms-stop", "x"), Joined.AddDays(1)),
            BodyArea.Heel, new ConsentEvent(Joined.AddDays(2), "sms-start", "x"), Joined.AddDays(2));

        Assert.Null(SubscriberRules.AfterDeliveryError(restarted, TwilioErrorCodes.CarrierOptOut, sentAt: Joined.AddDays(1), now: Joined.AddDays(3)));
        var stopped = SubscriberRules.AfterDeliveryError(restarted, TwilioErrorCodes.CarrierOptOut, sentAt: Joined.AddDays(2).AddHours(1), now: Joined.AddDays(3));
        Assert.Equal(SubscriberStatus.Stopped, stopped!.Status);
    }

    [Fact]
    public void An_undeliverable_code_about_a_message_sent_before_the_persons_last_text_is_stale()
    {
        var heard = SubscriberRules.Heard(Person(), Joined.AddDays(1));

        Assert.Null(SubscriberRules.AfterDeliveryError(heard, 30005, sentAt: Joined.AddHours(1), now: Joined.AddDays(2)));
        Assert.Equal("twilio-30005", SubscriberRules.AfterDeliveryError(heard, 30005, sentAt: Joined.AddDays(1).AddHours(1), now: Joined.AddDays(2))!.UndeliverableReason);
    }

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(13, false, false)]
    [InlineData(15, false, true)]
    [InlineData(0, true, true)]
    public void A_message_is_a_replay_when_first_seen_before_the_retention_or_retired_by_an_erasure(int daysAgo, bool retired, bool replay)
    {
        var now = Joined.AddDays(30);
        Assert.Equal(replay, new WebhookSighting(now.AddDays(-daysAgo), retired).IsReplay(now, TimeSpan.FromDays(14)));
    }

    [Fact]
    public void Webhook_event_keys_are_separate_from_subscriber_keys_and_name_no_number()
    {
        var keys = new SubscriberKeys(Options.Create(new SubscriberOptions { SubscriberKeySecret = "secret-one-0123456789" }));
        var number = PhoneNumberReader.TryRead("+13125550142", "US")!;

        var eventKey = keys.ForWebhookEvent("inbound:SM0123456789abcdef0123456789abcdef");

        Assert.True(SubscriberKeys.IsValid(eventKey));
        Assert.NotEqual(keys.For(number), eventKey);
        Assert.Equal(eventKey, keys.ForWebhookEvent("inbound:SM0123456789abcdef0123456789abcdef"));
        Assert.NotEqual(eventKey, keys.ForWebhookEvent("inbound:SM0123456789abcdef0123456789abcdee"));
    }
}
