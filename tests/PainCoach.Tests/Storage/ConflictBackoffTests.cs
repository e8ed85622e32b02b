using PainCoach.Storage;

namespace PainCoach.Tests.Storage;

public sealed class ConflictBackoffTests
{
    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 16)]
    [InlineData(4, 64)]
    [InlineData(10, 250)]
    [InlineData(40, 250)]
    public void The_pause_after_a_lost_race_is_jittered_under_a_ceiling_that_doubles_up_to_a_cap(int lostRaces, double ceilingMs)
    {
        var pauses = Enumerable.Range(0, 200).Select(_ => ConflictBackoff.DelayAfter(lostRaces).TotalMilliseconds).ToList();

        Assert.All(pauses, p => Assert.InRange(p, 0, ceilingMs));
        Assert.True(pauses.Distinct().Count() > 100, "the pauses are spread, not in step");
    }
}
