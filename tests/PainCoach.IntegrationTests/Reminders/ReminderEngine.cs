using System.Collections.Concurrent;
using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.IntegrationTests.Reminders;

/// <summary>Azurite and the fake Twilio, shared by the reminder tests (which run one at a time in this collection).</summary>
public sealed class RemindersFixture : IAsyncLifetime
{
    public AzuriteFixture Azurite { get; } = new();

    public FakeTwilioFixture Twilio { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(Azurite.InitializeAsync(), Twilio.InitializeAsync());

    public async Task DisposeAsync()
    {
        await Twilio.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class RemindersCollection : ICollectionFixture<RemindersFixture>
{
    public const string Name = "Reminders on Azurite";
}

/// <summary>
/// The subscriber directory in memory: records as JOIN leaves them, Twilio's verdicts recorded and applied by the
/// same rule the table-backed directory uses (<see cref="SubscriberRules.AfterTwilioError"/>).
/// </summary>
public sealed class TestSubscribers : ISubscriberDirectory
{
    private static int nextNumber = Random.Shared.Next(1_000_000, 8_000_000);
    private int calls;

    public ConcurrentDictionary<string, Subscriber> All { get; } = new();

    public ConcurrentQueue<(string Key, int Code)> TwilioErrors { get; } = new();

    private int? failOnCall;

    /// <summary>The <paramref name="n"/>-th FindAsync call from now throws as if storage went away.</summary>
    public void FailOnCallFromNow(int n) => failOnCall = Volatile.Read(ref calls) + n;

    public Subscriber Add(DateTimeOffset activeSince, TimeOnly[] ice, string zone = "America/New_York", BodyArea program = BodyArea.Heel)
    {
        var number = "+1555" + Interlocked.Increment(ref nextNumber).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        var subscriber = new Subscriber
        {
            Key = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Phone = PhoneNumberReader.ReadStored(number),
            Status = SubscriberStatus.Active,
            Program = program,
            TimeZoneId = zone,
            IceTimes = ice,
            StretchTimes = [new(8, 0), new(20, 0)],
            ScheduleVersion = 1,
            Consent = [new ConsentEvent(activeSince, "sms-join", string.Empty)],
            CreatedAt = activeSince,
            UpdatedAt = activeSince,
        };
        All[subscriber.Key] = subscriber;
        return subscriber;
    }

    public void Update(Subscriber subscriber) => All[subscriber.Key] = subscriber;

    public Task<Subscriber?> FindAsync(string subscriberKey, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) == failOnCall)
        {
            throw new RequestFailedException(503, "Simulated outage", "ServerBusy", null);
        }

        return Task.FromResult(All.TryGetValue(subscriberKey, out var s) ? s : null);
    }

    public Task RecordTwilioErrorAsync(string subscriberKey, int twilioErrorCode, CancellationToken cancellationToken)
    {
        TwilioErrors.Enqueue((subscriberKey, twilioErrorCode));
        if (All.TryGetValue(subscriberKey, out var s) && SubscriberRules.AfterTwilioError(s, twilioErrorCode, DateTimeOffset.UtcNow) is { } updated)
        {
            All[subscriberKey] = updated;
        }

        return Task.CompletedTask;
    }
}

/// <summary>The engine as the app composes it (AddPainCoach), on Azurite with its own tables, a fake clock and the fake Twilio.</summary>
public sealed class ReminderEngine : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ReminderEngine(ServiceProvider provider, FakeTimeProvider time, TestSubscribers subscribers)
    {
        this.provider = provider;
        Time = time;
        Subscribers = subscribers;
    }

    public FakeTimeProvider Time { get; }

    public TestSubscribers Subscribers { get; }

    public ReminderDispatcher Dispatcher => provider.GetRequiredService<ReminderDispatcher>();

    public ReminderScheduler Scheduler => provider.GetRequiredService<ReminderScheduler>();

    public ReminderStore Store => provider.GetRequiredService<ReminderStore>();

    public ReminderPlanner Planner => provider.GetRequiredService<ReminderPlanner>();

    public IServiceProvider Services => provider;

    public static string NewTablePrefix() => "T" + Guid.NewGuid().ToString("N")[..20];

    public static ReminderEngine Create(
        RemindersFixture fixture, FakeTimeProvider time, TestSubscribers subscribers, string tablePrefix,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, string? storage = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storage ?? fixture.Azurite.ConnectionString,
            ["Twilio:AccountSid"] = FakeTwilioFixture.AccountSid,
            ["Twilio:AuthToken"] = FakeTwilioFixture.AuthToken,
            ["Twilio:FromNumber"] = "+15005550006",
            ["Twilio:ApiBaseUrl"] = fixture.Twilio.BaseUrl.ToString(),
            ["PainCoach:Reminders:TablePrefix"] = tablePrefix,
            ["PainCoach:Reminders:SendTimeout"] = "00:02:00",
            ["PainCoach:Reminders:ClaimLease"] = "00:10:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ISubscriberDirectory>(subscribers);
        services.AddPainCoach(configuration);
        configure?.Invoke(services);
        return new ReminderEngine(services.BuildServiceProvider(), time, subscribers);
    }

    /// <summary>What the conversation does after saving a record: hands the record as it is now to the scheduler.</summary>
    public Task ScheduleCurrentAsync(Subscriber subscriber) => Scheduler.ScheduleAsync(Subscribers.All[subscriber.Key], CancellationToken.None);

    public Task<ReminderRunResult> RunAtAsync(DateTimeOffset at)
    {
        if (at > Time.GetUtcNow())
        {
            Time.SetUtcNow(at);
        }

        return Dispatcher.RunAsync(CancellationToken.None);
    }

    /// <summary>Runs while moving the fake clock on, so retry backoffs (which wait on the clock) elapse.</summary>
    public async Task<ReminderRunResult> RunAdvancingClockAsync(DateTimeOffset at, TimeSpan step)
    {
        Time.SetUtcNow(at);
        var run = Dispatcher.RunAsync(CancellationToken.None);
        await Poll.UntilAsync(
            () =>
            {
                if (!run.IsCompleted)
                {
                    Time.Advance(step);
                }

                return run.IsCompleted;
            },
            TimeSpan.FromSeconds(60),
            "the reminder run to finish");
        return await run;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
