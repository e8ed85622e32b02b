using Microsoft.Extensions.Options;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Subscribers;

public sealed class SubscriberKeysTests
{
    private static SubscriberKeys Keys(string secret) => new(Options.Create(new SubscriberOptions { SubscriberKeySecret = secret }));

    [Fact]
    public void A_number_always_gets_the_same_valid_key_that_does_not_contain_the_number()
    {
        var number = PhoneNumberReader.TryRead("+1 312 555 0142", "US")!;

        var key = Keys("secret-one").For(number);

        Assert.Equal(key, Keys("secret-one").For(PhoneNumberReader.TryRead("(312) 555-0142", "US")!));
        Assert.NotEqual(key, Keys("secret-two").For(number));
        Assert.True(SubscriberKeys.IsValid(key));
        Assert.DoesNotContain("3125550142", key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a1b2c3")]
    [InlineData("+13125550142")]
    [InlineData("ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789")] // upper case
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678/")] // a character tables forbid
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567890")] // 65
    public void Anything_but_64_lower_case_hex_characters_is_refused_before_it_reaches_a_table(string? key)
    {
        Assert.False(SubscriberKeys.IsValid(key));
        Assert.Throws<ArgumentException>(() => SubscriberKeys.ThrowIfInvalid(key));
    }

    [Fact]
    public async Task The_reminder_engine_refuses_the_same_keys()
    {
        var scheduler = new ReminderScheduler(null!, null!, null!, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReminderScheduler>.Instance);
        var joined = SubscriberRecords.Joined("k1", "+13125550123", BodyArea.Heel, "America/Chicago", [new(9, 0)], [], DateTimeOffset.UnixEpoch);

        await Assert.ThrowsAsync<ArgumentException>(() => scheduler.ScheduleAsync(joined, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => scheduler.RemoveAsync("abc|def", CancellationToken.None));
    }
}
