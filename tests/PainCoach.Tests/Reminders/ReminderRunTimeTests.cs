using PainCoach.Reminders;

namespace PainCoach.Tests.Reminders;

/// <summary>A run works on the minute it was scheduled for, not on a clock read a hair early (issue 14).</summary>
public sealed class ReminderRunTimeTests
{
    private static readonly DateTimeOffset Minute = new(2026, 1, 15, 14, 42, 0, TimeSpan.Zero);

    [Fact]
    public void A_timer_that_wakes_just_before_its_occurrence_runs_on_the_occurrence()
    {
        Assert.Equal(Minute, ReminderRunTime.For(Minute.AddTicks(-2), Minute));
        Assert.Equal(Minute, ReminderRunTime.For(Minute.AddMilliseconds(-1), Minute));
    }

    [Fact]
    public void Without_a_schedule_a_wake_just_before_a_whole_minute_belongs_to_that_minute()
    {
        Assert.Equal(Minute, ReminderRunTime.For(Minute.AddMilliseconds(-1), null));
        Assert.Equal(Minute, ReminderRunTime.For(Minute, null));
    }

    [Fact]
    public void A_late_run_uses_the_clock_so_it_catches_up_to_now()
    {
        var late = Minute.AddSeconds(40);

        Assert.Equal(late, ReminderRunTime.For(late, Minute));
        Assert.Equal(late, ReminderRunTime.For(late, null));
    }

    [Fact]
    public void A_schedule_far_from_the_clock_is_not_trusted_and_never_runs_a_minute_early()
    {
        var now = Minute.AddSeconds(-30);

        Assert.Equal(now, ReminderRunTime.For(now, Minute));
        Assert.Equal(now, ReminderRunTime.For(now, Minute.AddHours(5)));
    }

    [Fact]
    public void Schedule_status_times_are_read_as_utc_unless_marked_local_and_default_means_unknown()
    {
        Assert.Null(ReminderRunTime.FromScheduleStatus(default));
        Assert.Equal(Minute, ReminderRunTime.FromScheduleStatus(new DateTime(2026, 1, 15, 14, 42, 0, DateTimeKind.Unspecified)));
        Assert.Equal(Minute, ReminderRunTime.FromScheduleStatus(new DateTime(2026, 1, 15, 14, 42, 0, DateTimeKind.Utc)));
        var local = new DateTime(2026, 1, 15, 14, 42, 0, DateTimeKind.Utc).ToLocalTime();
        Assert.Equal(Minute, ReminderRunTime.FromScheduleStatus(local));
    }

    [Theory]
    [InlineData("ice0-20260115", true)]
    [InlineData("str3-20260115", true)]
    [InlineData("chk-0007", true)]
    [InlineData("f14", true)]
    [InlineData("f21", true)]
    [InlineData("plan-ice0", false)]
    [InlineData("ICE0-20260115", false)]
    [InlineData("ice0-2026/0115", false)]
    [InlineData("", false)]
    public void Only_ids_the_planner_makes_are_occurrence_ids(string id, bool valid) =>
        Assert.Equal(valid, ReminderPlanner.IsOccurrenceId(id));
}
