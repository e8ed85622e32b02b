using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>Twilio and storage failures, and the one ambiguous case (accepted, then no record).</summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderFaultTests(RemindersFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Start.AddMinutes(1);

    private async Task<(ReminderEngine Engine, Subscriber Subscriber)> OneDueAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        fixture.Twilio.Reset();
        var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix(), settings, configure);
        var subscriber = engine.Subscribers.Add(Start, [new(9, 1)]);
        await engine.ScheduleCurrentAsync(subscriber);
        return (engine, subscriber);
    }

    private int SentTo(Subscriber subscriber) => fixture.Twilio.Sent.Count(s => s.To == subscriber.Phone.Value && s.Body.Contains("Ice time", StringComparison.Ordinal));

    private int AttemptsTo(Subscriber subscriber) => fixture.Twilio.Attempts.Count(a => a.To == subscriber.Phone.Value);

    [Fact]
    public async Task Reminders_carry_the_status_callback_and_the_messaging_service_when_configured()
    {
        var (engine, subscriber) = await OneDueAsync(new Dictionary<string, string?>
        {
            ["Twilio:WebhookBaseUrl"] = "https://coach.example.org/",
            ["Twilio:MessagingServiceSid"] = "MG00000000000000000000000000000001",
        });
        await using var _ = engine;

        await engine.RunAtAsync(Due);

        var sent = Assert.Single(fixture.Twilio.Sent, s => s.To == subscriber.Phone.Value);
        Assert.Equal("https://coach.example.org/api/sms/status?reminder=ice0-20260115", sent.StatusCallback); // tagged: a late callback settles a lost answer
        Assert.Equal("MG00000000000000000000000000000001", sent.MessagingServiceSid);
        Assert.Null(sent.From);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_retry_after_it_names()
    {
        var (engine, subscriber) = await OneDueAsync();
        await using var _ = engine;
        fixture.Twilio.FailNext(HttpStatusCode.TooManyRequests, 20429, retryAfter: TimeSpan.FromSeconds(3));

        var result = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));

        Assert.Equal((2, 1), (AttemptsTo(subscriber), SentTo(subscriber)));
        Assert.Equal(1, result.Sent);
    }

    [Fact]
    public async Task A_500_is_retried_a_bounded_number_of_times_within_the_run()
    {
        var (engine, subscriber) = await OneDueAsync();
        await using var _ = engine;
        fixture.Twilio.FailNext(HttpStatusCode.InternalServerError, 20500, times: 2);

        await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));

        Assert.Equal((3, 1), (AttemptsTo(subscriber), SentTo(subscriber)));
    }

    [Fact]
    public async Task When_every_attempt_fails_the_next_run_takes_the_claim_over_and_sends_once()
    {
        var (engine, subscriber) = await OneDueAsync();
        await using var _ = engine;
        fixture.Twilio.FailNext(HttpStatusCode.ServiceUnavailable, 20503, times: 3);

        var first = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));
        Assert.Equal((1, 0), (first.Deferred, SentTo(subscriber)));

        await engine.RunAtAsync(Due.AddMinutes(1));
        await engine.RunAtAsync(Due.AddMinutes(2));

        Assert.Equal((4, 1), (AttemptsTo(subscriber), SentTo(subscriber)));
    }

    [Fact]
    public async Task Slow_answers_still_send_each_reminder_once_with_bounded_concurrency()
    {
        fixture.Twilio.Reset();
        var settings = new Dictionary<string, string?> { ["PainCoach:Reminders:SendConcurrency"] = "4" };
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix(), settings,
            services => services.AddHttpClient(TelephonyServiceCollectionExtensions.TwilioHttpClientName).AddHttpMessageHandler(() => new SlowAnswers(TimeSpan.FromMilliseconds(250))));
        var all = Enumerable.Range(0, 12).Select(_ => engine.Subscribers.Add(Start, [new(9, 1)])).ToList();
        foreach (var s in all)
        {
            await engine.ScheduleCurrentAsync(s);
        }

        var result = await engine.RunAtAsync(Due);

        Assert.Equal(12, result.Sent);
        Assert.All(all, s => Assert.Equal(1, SentTo(s)));
        Assert.InRange(SlowAnswers.MaxInFlight, 1, 4);
    }

    [Fact]
    public async Task An_opted_out_number_21610_stops_the_subscriber_and_gets_nothing_more()
    {
        var (engine, subscriber) = await OneDueAsync();
        await using var _ = engine;
        fixture.Twilio.FailNext(HttpStatusCode.BadRequest, 21610, message: "Attempt to send to unsubscribed recipient");

        var result = await engine.RunAtAsync(Due);

        Assert.Equal([(subscriber.Key, 21610)], engine.Subscribers.TwilioErrors);
        Assert.Equal(SubscriberStatus.Stopped, engine.Subscribers.All[subscriber.Key].Status);
        Assert.Equal((1, 0, 1), (AttemptsTo(subscriber), SentTo(subscriber), result.Suppressed));
        Assert.DoesNotContain(await engine.Store.PointersAsync(subscriber.Key, CancellationToken.None), p => p.SeriesId == "ice0");
    }

    [Theory]
    [InlineData(21211)]
    [InlineData(21614)]
    [InlineData(30005)]
    [InlineData(30006)]
    public async Task An_unreachable_number_is_suppressed(int code)
    {
        var (engine, subscriber) = await OneDueAsync();
        await using var _ = engine;
        fixture.Twilio.FailNext(HttpStatusCode.BadRequest, code);

        await engine.RunAtAsync(Due);

        Assert.Equal([(subscriber.Key, code)], engine.Subscribers.TwilioErrors);
        Assert.Equal($"twilio-{code}", engine.Subscribers.All[subscriber.Key].UndeliverableReason);
        Assert.Equal(1, AttemptsTo(subscriber));
    }

    [Fact]
    public async Task A_crash_after_twilio_accepted_is_settled_after_the_lease_by_asking_twilio_and_never_sent_twice()
    {
        var (engine, subscriber) = await OneDueAsync(configure: services =>
            services.AddSingleton<ISmsSender>(sp => new CrashAfterAccept(sp.GetRequiredService<TwilioSmsSender>(), crashes: 1)));
        await using var _ = engine;
        fixture.Twilio.Clock = engine.Time;

        await engine.RunAtAsync(Due);
        Assert.Equal(1, SentTo(subscriber));
        Assert.Equal(ClaimStates.Claimed, (await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None))!.State);

        // Within the lease the claim is left alone; after it, Twilio's Messages list shows the message was created.
        await engine.RunAtAsync(Due.AddMinutes(1));
        var afterLease = await engine.RunAtAsync(Due.AddMinutes(12));

        Assert.Equal((1, 1, 1), (AttemptsTo(subscriber), afterLease.Sent, afterLease.LookedUp));
        var claim = await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None);
        Assert.Equal((ClaimStates.Sent, fixture.Twilio.Sent.Single(s => s.To == subscriber.Phone.Value).Sid), (claim!.State, claim.MessageSid));
        var next = Assert.Single(await engine.Store.PointersAsync(subscriber.Key, CancellationToken.None), p => p.SeriesId == "ice0");
        Assert.StartsWith("202601161401-", next.DuePartitionKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crash_before_twilio_took_the_message_is_sent_once_after_the_lease()
    {
        var (engine, subscriber) = await OneDueAsync(configure: services =>
            services.AddSingleton<ISmsSender>(sp => new CrashBeforeSend(sp.GetRequiredService<TwilioSmsSender>())));
        await using var _ = engine;
        fixture.Twilio.Clock = engine.Time;

        await engine.RunAtAsync(Due);
        Assert.Equal(0, SentTo(subscriber));

        var afterLease = await engine.RunAtAsync(Due.AddMinutes(12));

        Assert.Equal((1, 1, 1), (SentTo(subscriber), afterLease.Sent, afterLease.LookedUp));
    }

    [Fact]
    public async Task A_twilio_answer_slower_than_the_send_timeout_is_looked_up_and_recorded_sent_without_a_second_send()
    {
        var gate = new HeldAnswers();
        var (engine, subscriber) = await OneDueAsync(
            new Dictionary<string, string?> { ["PainCoach:Reminders:SendTimeout"] = "00:00:05" },
            services => services.AddHttpClient(TelephonyServiceCollectionExtensions.TwilioHttpClientName).AddHttpMessageHandler(() => gate));
        await using var _ = engine;
        fixture.Twilio.Clock = engine.Time;

        engine.Time.SetUtcNow(Due);
        var run = engine.Dispatcher.RunAsync(CancellationToken.None);
        await fixture.Twilio.WaitForSentAsync(1, TimeSpan.FromSeconds(30)); // Twilio accepted; its answer is held
        await Poll.UntilAsync(() => { engine.Time.Advance(TimeSpan.FromSeconds(1)); return run.IsCompleted; }, TimeSpan.FromSeconds(30), "the send to time out and be looked up");
        gate.Release();
        var result = await run;
        await engine.RunAtAsync(Due.AddMinutes(2));

        Assert.Equal((1, 1), (result.Sent, result.LookedUp));
        Assert.Equal((1, 1), (AttemptsTo(subscriber), SentTo(subscriber)));
        Assert.Equal(ClaimStates.Sent, (await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Storage_failing_mid_run_ends_the_run_cleanly_and_the_next_run_sends_the_rest_once()
    {
        fixture.Twilio.Reset();
        var settings = new Dictionary<string, string?> { ["PainCoach:Reminders:SendConcurrency"] = "1" };
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix(), settings);
        var all = Enumerable.Range(0, 6).Select(_ => engine.Subscribers.Add(Start, [new(9, 1)])).ToList();
        foreach (var s in all)
        {
            await engine.ScheduleCurrentAsync(s);
        }

        engine.Subscribers.FailOnCallFromNow(3);
        var broken = await engine.RunAtAsync(Due);
        Assert.False(broken.Completed);
        Assert.Equal(2, broken.Sent);

        var resumed = await engine.RunAtAsync(Due.AddMinutes(1));

        Assert.True(resumed.Completed);
        Assert.All(all, s => Assert.Equal(1, SentTo(s)));
    }

    [Fact]
    public async Task An_unreachable_due_index_ends_the_run_cleanly()
    {
        var port = FreePort.Next();
        await using var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix(),
            storage: AzuriteFixture.ConnectionStringFor(port, port, port));

        var result = await engine.RunAtAsync(Due);

        Assert.False(result.Completed);
    }

    /// <summary>Sends, then dies before the outcome can be written (the first <paramref name="crashes"/> times): the process crash the issue asks about.</summary>
    private sealed class CrashAfterAccept(ISmsSender inner, int crashes) : ISmsSender
    {
        private int left = crashes;

        public async Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken)
        {
            var result = await inner.SendAsync(message, cancellationToken);
            return Interlocked.Decrement(ref left) >= 0 ? throw new InvalidOperationException("Simulated crash after Twilio accepted.") : result;
        }

        public Task<SmsLookupResult> FindAsync(SentSmsQuery query, CancellationToken cancellationToken) => inner.FindAsync(query, cancellationToken);
    }

    /// <summary>Dies after the claim and before Twilio is called, once.</summary>
    private sealed class CrashBeforeSend(ISmsSender inner) : ISmsSender
    {
        private int crashed;

        public Task<SmsSendResult> SendAsync(OutboundSms message, CancellationToken cancellationToken) =>
            Interlocked.Exchange(ref crashed, 1) == 0
                ? throw new InvalidOperationException("Simulated crash before the send.")
                : inner.SendAsync(message, cancellationToken);

        public Task<SmsLookupResult> FindAsync(SentSmsQuery query, CancellationToken cancellationToken) => inner.FindAsync(query, cancellationToken);
    }

    /// <summary>Twilio has accepted (the response exists) but the answer arrives late.</summary>
    private sealed class SlowAnswers(TimeSpan delay) : DelegatingHandler
    {
        private static int inFlight;

        public static int MaxInFlight { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref inFlight);
            MaxInFlight = Math.Max(MaxInFlight, now);
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                await Task.Delay(delay, cancellationToken);
                return response;
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }
    }

    /// <summary>Holds Twilio's answers to sends until released (look-ups pass).</summary>
    private sealed class HeldAnswers : DelegatingHandler
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => released.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post)
            {
                await released.Task;
            }

            return response;
        }
    }
}
