using Microsoft.Extensions.DependencyInjection;
using PainCoach.IntegrationTests.Infrastructure;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.IntegrationTests.Subscribers;

/// <summary>The repository's guarded update on Azurite: lost races are retried on fresh state, erasure ends it.</summary>
[Collection(DevServerCollection.Name)]
public sealed class SubscriberRepositoryTests(DevServerFixture fixture)
{
    private static readonly DateTimeOffset Now = DevServerFixture.StartTime;

    private SubscriberRepository Repository => fixture.Server.Services.GetRequiredService<SubscriberRepository>();

    private async Task<StoredSubscriber> CreateAsync()
    {
        var key = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        var subscriber = SubscriberRules.New(key, PhoneNumberReader.TryRead("+13125550142", "US")!, BodyArea.Heel, "America/Chicago", timeZoneIsGuess: false,
            SubscriberStatus.Active, new ConsentEvent(Now, "sms-join", "joined"), Now);
        Assert.Equal(SaveOutcome.Saved, await Repository.SaveAsync(subscriber, null, null, CancellationToken.None));
        return (await Repository.GetAsync(key, CancellationToken.None))!;
    }

    [Fact]
    public async Task A_lost_race_is_retried_on_the_fresh_record_so_neither_write_is_lost()
    {
        var stale = await CreateAsync();
        var other = SubscriberRules.LogPain(stale.Value, 3, Now);
        Assert.Equal(SaveOutcome.Saved, await Repository.SaveAsync(other, stale.ETag, null, CancellationToken.None));
        var conflicts = new List<int>();

        var result = await Repository.UpdateAsync(stale, s => SubscriberRules.LogPain(s, 7, Now), CancellationToken.None, conflicts.Add);

        Assert.Equal([1], conflicts);
        Assert.Equal([3], result!.Value.Before.PainLog.Select(p => p.Score));
        var saved = await Repository.GetAsync(stale.Value.Key, CancellationToken.None);
        Assert.Equal([3, 7], saved!.Value.PainLog.Select(p => p.Score));
    }

    [Fact]
    public async Task A_change_with_nothing_to_do_writes_nothing_and_an_erased_record_ends_the_update()
    {
        var stored = await CreateAsync();

        var unchanged = await Repository.UpdateAsync(stored, _ => null, CancellationToken.None);
        Assert.Null(unchanged!.Value.After);
        Assert.Equal(stored.ETag, (await Repository.GetAsync(stored.Value.Key, CancellationToken.None))!.ETag);

        // Another write wins the race, and the person is erased before the update reads again.
        var moved = SubscriberRules.LogPain(stored.Value, 1, Now);
        Assert.Equal(SaveOutcome.Saved, await Repository.SaveAsync(moved, stored.ETag, null, CancellationToken.None));
        void EraseNow(int attempt) => Repository.EraseAsync(stored.Value.Key, CancellationToken.None).GetAwaiter().GetResult();

        Assert.Null(await Repository.UpdateAsync(stored, s => SubscriberRules.LogPain(s, 9, Now), CancellationToken.None, EraseNow));
        Assert.Null(await Repository.GetAsync(stored.Value.Key, CancellationToken.None));
    }

    [Fact]
    public async Task An_update_that_loses_every_race_gives_up_after_the_limit()
    {
        var stored = await CreateAsync();
        void WriteFirst()
        {
            var current = Repository.GetAsync(stored.Value.Key, CancellationToken.None).GetAwaiter().GetResult()!;
            Repository.SaveAsync(SubscriberRules.LogPain(current.Value, 0, Now), current.ETag, null, CancellationToken.None).GetAwaiter().GetResult();
        }

        WriteFirst();
        var conflicts = 0;
        Subscriber? Change(Subscriber s)
        {
            var next = SubscriberRules.LogPain(s, 5, Now);
            WriteFirst(); // someone else always saves between this read and this write
            return next;
        }

        await Assert.ThrowsAsync<SubscriberConflictException>(() => Repository.UpdateAsync(stored, Change, CancellationToken.None, _ => conflicts++));
        Assert.Equal(SubscriberRepository.MaxUpdateAttempts, conflicts);
    }
}
