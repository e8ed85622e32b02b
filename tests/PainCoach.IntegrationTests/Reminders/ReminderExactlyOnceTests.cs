using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>
/// Issue 14: every due reminder reaches Twilio exactly once when Twilio's answer is lost (hang-up after taking the
/// message, connections closed after each answer, a request lost before Twilio took it), and an outcome that cannot
/// be settled within the claim lease ends unknown until a status callback settles it.
/// </summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderExactlyOnceTests(RemindersFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Start.AddMinutes(1);

    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["PainCoach:Reminders:RetryBaseDelay"] = "00:00:00.100",
        ["PainCoach:Reminders:SendConcurrency"] = "8",
    };

    private async Task<(ReminderEngine Engine, List<Subscriber> Subscribers)> ManyDueAsync(int count, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        fixture.Twilio.Reset();
        var engine = ReminderEngine.Create(fixture, new FakeTimeProvider(Start), new TestSubscribers(), ReminderEngine.NewTablePrefix(), settings ?? FastRetries, configure);
        fixture.Twilio.Clock = engine.Time;
        var all = Enumerable.Range(0, count).Select(_ => engine.Subscribers.Add(Start, [new(9, 1)])).ToList();
        foreach (var s in all)
        {
            await engine.ScheduleCurrentAsync(s);
        }

        return (engine, all);
    }

    private int CreatedFor(Subscriber subscriber) => fixture.Twilio.Sent.Count(s => s.To == subscriber.Phone.Value);

    [Fact]
    public async Task A_hang_up_after_twilio_took_the_message_is_looked_up_and_never_sent_twice()
    {
        var (engine, all) = await ManyDueAsync(12);
        await using var _ = engine;
        fixture.Twilio.HangUpAfterTakingEvery = 3;

        var result = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));

        Assert.All(all, s => Assert.Equal(1, CreatedFor(s)));
        Assert.Equal((12, 4, 0), (result.Sent, result.LookedUp, result.Failed));
        foreach (var s in all)
        {
            var claim = await engine.Store.GetClaimAsync(s.Key, "ice0-20260115", CancellationToken.None);
            Assert.Equal((ClaimStates.Sent, fixture.Twilio.Sent.Single(m => m.To == s.Phone.Value).Sid), (claim!.State, claim.MessageSid));
        }
    }

    [Fact]
    public async Task Connections_closed_after_every_answer_lose_no_reminder_and_double_none()
    {
        var (engine, all) = await ManyDueAsync(40);
        await using var _ = engine;
        fixture.Twilio.CloseConnectionAfterEachAnswer = true;

        var result = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));

        Assert.All(all, s => Assert.Equal(1, CreatedFor(s)));
        Assert.Equal((40, 0), (result.Sent, result.Failed));
    }

    [Fact]
    public async Task Every_third_answer_500_and_every_fifth_429_still_send_each_reminder_once()
    {
        var (engine, all) = await ManyDueAsync(30);
        await using var _ = engine;
        fixture.Twilio.FailEvery(3, HttpStatusCode.InternalServerError, 20500);
        fixture.Twilio.FailEvery(5, HttpStatusCode.TooManyRequests, 20429);

        var first = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));
        var second = await engine.RunAdvancingClockAsync(Due.AddMinutes(1), TimeSpan.FromMilliseconds(500));
        var third = await engine.RunAdvancingClockAsync(Due.AddMinutes(2), TimeSpan.FromMilliseconds(500));

        Assert.All(all, s => Assert.Equal(1, CreatedFor(s)));
        Assert.Equal(30, first.Sent + second.Sent + third.Sent);
    }

    [Fact]
    public async Task A_request_lost_before_twilio_took_it_is_looked_up_not_found_and_sent_once_more()
    {
        var lose = new LoseFirstSend(afterWritingBody: true);
        var (engine, all) = await ManyDueAsync(1, configure: TwilioHandler(lose));
        await using var _ = engine;

        var result = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromMilliseconds(500));

        Assert.Equal(1, CreatedFor(all[0]));
        Assert.Equal((1, 1, 2), (result.Sent, result.LookedUp, lose.Sends));
    }

    [Fact]
    public async Task A_request_whose_body_never_left_is_sent_again_at_once_without_a_look_up()
    {
        var lose = new LoseFirstSend(afterWritingBody: false);
        var (engine, all) = await ManyDueAsync(1, configure: TwilioHandler(lose));
        await using var _ = engine;

        // No clock move: the retry of what provably never left does not wait.
        var result = await engine.RunAtAsync(Due);

        Assert.Equal(1, CreatedFor(all[0]));
        Assert.Equal((1, 0, 2), (result.Sent, result.LookedUp, lose.Sends));
    }

    [Fact]
    public async Task When_twilio_cannot_be_asked_within_the_lease_the_reminder_is_unknown_until_a_status_callback_settles_it()
    {
        var lose = new LoseFirstSend(afterWritingBody: true, failLookups: true);
        var settings = new Dictionary<string, string?>(FastRetries)
        {
            ["PainCoach:Reminders:ClaimLease"] = "00:01:00",
            ["PainCoach:Reminders:SendTimeout"] = "00:00:05",
            ["PainCoach:Reminders:MaxRetryDelay"] = "00:00:05",
        };
        var (engine, all) = await ManyDueAsync(1, settings, TwilioHandler(lose));
        await using var _ = engine;
        var subscriber = all[0];

        var result = await engine.RunAdvancingClockAsync(Due, TimeSpan.FromSeconds(1));
        var later = await engine.RunAtAsync(Due.AddMinutes(5));

        Assert.Equal((0, 1), (result.Sent, result.Failed));
        Assert.True(result.LookedUp >= 2, $"looked up {result.LookedUp} times");
        Assert.Equal((0, 1), (later.Sent, lose.Sends)); // unknown is final: never sent blindly
        Assert.Equal(ClaimStates.Unknown, (await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None))!.State);

        // Twilio's status callback, tagged with the occurrence, arrives late and settles it.
        const string Sid = "SM0123456789abcdef0123456789abcdef";
        Assert.True(await engine.Scheduler.SentReportedAsync(subscriber.Key, "ice0-20260115", Sid, CancellationToken.None));
        Assert.False(await engine.Scheduler.SentReportedAsync(subscriber.Key, "not an occurrence", Sid, CancellationToken.None));
        var claim = await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None);
        Assert.Equal((ClaimStates.Sent, Sid), (claim!.State, claim.MessageSid));
    }

    [Fact]
    public async Task A_stop_between_a_refused_send_and_its_retry_means_the_retry_is_never_sent()
    {
        var (engine, all) = await ManyDueAsync(1);
        await using var _ = engine;
        var subscriber = all[0];
        fixture.Twilio.FailNext(HttpStatusCode.InternalServerError, 20500);

        // The first send is refused; the retry waits on the (fake) clock, and the person texts STOP meanwhile.
        var result = await RunStoppingAfterAsync(engine, subscriber, () => fixture.Twilio.Attempts.Count >= 1);

        Assert.Equal(0, CreatedFor(subscriber));
        Assert.Single(fixture.Twilio.Attempts);
        Assert.Equal((0, 1), (result.Sent, result.Suppressed));
        Assert.Equal(ClaimStates.Suppressed, (await engine.Store.GetClaimAsync(subscriber.Key, "ice0-20260115", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_stop_while_a_lost_answer_is_looked_up_means_it_is_not_sent_again()
    {
        var lose = new LoseFirstSend(afterWritingBody: true);
        var (engine, all) = await ManyDueAsync(1, configure: TwilioHandler(lose));
        await using var _ = engine;
        var subscriber = all[0];

        // The first send's answer is lost; during the settle delay the person texts STOP. The look-up finds nothing.
        var result = await RunStoppingAfterAsync(engine, subscriber, () => lose.Sends >= 1);

        Assert.Equal((0, 1), (CreatedFor(subscriber), lose.Sends));
        Assert.Equal((0, 1, 1), (result.Sent, result.LookedUp, result.Suppressed));
    }

    /// <summary>Runs at the due minute; once <paramref name="sendTried"/> holds, the subscriber stops, then the clock moves on.</summary>
    private static async Task<ReminderRunResult> RunStoppingAfterAsync(ReminderEngine engine, Subscriber subscriber, Func<bool> sendTried)
    {
        engine.Time.SetUtcNow(Due);
        var run = engine.Dispatcher.RunAsync(CancellationToken.None);
        await Poll.UntilAsync(() => sendTried() || run.IsCompleted, TimeSpan.FromSeconds(20), "the first send");
        engine.Subscribers.Update(engine.Subscribers.All[subscriber.Key] with { Status = SubscriberStatus.Stopped });
        await Poll.UntilAsync(
            () =>
            {
                if (!run.IsCompleted)
                {
                    engine.Time.Advance(TimeSpan.FromMilliseconds(500));
                }

                return run.IsCompleted;
            },
            TimeSpan.FromSeconds(60),
            "the reminder run to finish");
        return await run;
    }

    private static Action<IServiceCollection> TwilioHandler(DelegatingHandler handler) => services =>
        services.AddHttpClient(TelephonyServiceCollectionExtensions.TwilioHttpClientName).AddHttpMessageHandler(() => handler);

    /// <summary>
    /// Loses the first send on the wire: after writing its whole body (Twilio might have it) or before (it cannot).
    /// Optionally Twilio's Messages list cannot be reached at all.
    /// </summary>
    private sealed class LoseFirstSend(bool afterWritingBody, bool failLookups = false) : DelegatingHandler
    {
        private int sends;

        public int Sends => Volatile.Read(ref sends);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && failLookups)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Simulated: Twilio unreachable for look-ups.");
            }

            if (request.Method == HttpMethod.Post && Interlocked.Increment(ref sends) == 1)
            {
                if (afterWritingBody)
                {
                    await request.Content!.ReadAsByteArrayAsync(cancellationToken);
                    throw new HttpRequestException(HttpRequestError.ResponseEnded, "Simulated: the connection closed after the request went out.");
                }

                throw new HttpRequestException(HttpRequestError.Unknown, "Simulated: the pooled connection was dead before the request was written.");
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
