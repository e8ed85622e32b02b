using System.Net.Http.Headers;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;
using PainCoach.Tests.Subscribers;

namespace PainCoach.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private const string NewYork = "America/New_York";
    private const string London = "Europe/London";

    private static readonly ReminderOptions AllDay = new() { SendWindowStart = new(0, 0), SendWindowEnd = new(23, 59) };

    // What JOIN HEEL writes into the subscriber record (the engine plans exactly the record's times).
    private static readonly TimeOnly[] DefaultIce = [new(9, 0), new(13, 0), new(18, 0)];
    private static readonly TimeOnly[] HeelStretches = [new(8, 0), new(20, 0)];

    private static Subscriber Subscriber(
        string zone = NewYork, TimeOnly[]? ice = null, DateTimeOffset? activeSince = null, DateTimeOffset? pausedUntil = null, BodyArea program = BodyArea.Heel) =>
        SubscriberRecords.Joined("sub-1", "+15551230123", program, zone, ice ?? DefaultIce, HeelStretches, activeSince ?? At("2026-01-01T15:00:00Z"), pausedUntil);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(NewYork, "2026-03-08T05:00:00Z", "02:30", "2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z")] // 02:30 does not exist: 03:00 EDT
    [InlineData(London, "2026-03-29T00:00:00Z", "01:30", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z")] // 01:30 does not exist: 02:00 BST
    public void A_local_time_skipped_by_spring_forward_is_sent_once_at_the_next_valid_instant(string zone, string from, string time, string expected, string following)
    {
        var planner = new ReminderPlanner(AllDay);
        var subscriber = Subscriber(zone, [TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)]);

        var occurrence = planner.Next(subscriber, "ice0", At(from))!;
        var next = planner.Next(subscriber, "ice0", occurrence.DueAt.AddMinutes(1), occurrence.Ordinal + 1)!;

        Assert.Equal(At(expected), occurrence.DueAt);
        Assert.Equal(At(following), next.DueAt);
    }

    [Theory]
    [InlineData(NewYork, "2026-11-01T04:00:00Z", "01:30", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z")] // 01:30 EDT, not 01:30 EST
    [InlineData(London, "2026-10-24T23:00:00Z", "01:30", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z")] // 01:30 BST, not 01:30 GMT
    public void A_local_time_repeated_by_fall_back_is_sent_once_at_its_first_instant(string zone, string from, string time, string expected, string following)
    {
        var planner = new ReminderPlanner(AllDay);
        var subscriber = Subscriber(zone, [TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)]);

        var occurrence = planner.Next(subscriber, "ice0", At(from))!;
        // Asking again just after the first instant must not find the repeated wall-clock time an hour later.
        var afterFirst = planner.Next(subscriber, "ice0", occurrence.DueAt.AddMinutes(1))!;

        Assert.Equal(At(expected), occurrence.DueAt);
        Assert.Equal(At(following), afterFirst.DueAt);
        Assert.NotEqual(occurrence.OccurrenceId, afterFirst.OccurrenceId);
    }

    [Theory]
    [InlineData("02:15", "2026-03-08T07:00:00Z")] // the old 30-minute preview said 03:15; the engine sends at 03:00
    [InlineData("02:30", "2026-03-08T07:00:00Z")]
    [InlineData("01:30", "2026-03-08T06:30:00Z")]
    public void Status_shows_the_instant_the_engine_will_send_even_across_spring_forward(string time, string expected)
    {
        var planner = new ReminderPlanner(AllDay);
        var subscriber = Subscriber(NewYork, [TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)]) with { StretchTimes = [] };
        var now = At("2026-03-08T05:00:00Z"); // midnight in New York, the night the clocks go forward

        var next = planner.NextSetReminder(subscriber, now)!;

        Assert.Equal(At(expected), next.At);
        Assert.Equal(planner.Next(subscriber, "ice0", now)!.DueAt, next.At);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), next.LocalTime);
    }

    [Fact]
    public void Status_shows_no_next_reminder_for_people_without_a_plan_and_the_first_after_a_pause()
    {
        var planner = new ReminderPlanner(new ReminderOptions());
        var now = At("2026-01-15T14:00:00Z"); // 09:00 in New York
        var active = Subscriber(NewYork, [new(10, 0)]);

        Assert.Equal((ReminderKind.Ice, At("2026-01-15T15:00:00Z")), (planner.NextSetReminder(active, now)!.Kind, planner.NextSetReminder(active, now)!.At));
        Assert.Null(planner.NextSetReminder(active with { Status = SubscriberStatus.Stopped }, now));
        Assert.Null(planner.NextSetReminder(active with { Status = SubscriberStatus.Pending }, now));
        Assert.Null(planner.NextSetReminder(active with { UndeliverableReason = "twilio-30005" }, now));
        var paused = Subscriber(NewYork, [new(10, 0)], pausedUntil: At("2026-01-17T12:00:00Z"));
        Assert.Equal(At("2026-01-17T13:00:00Z"), planner.NextSetReminder(paused, now)!.At); // 8am stretch on the 17th, after the pause
    }

    [Fact]
    public void Local_times_become_the_next_utc_occurrence_in_the_subscribers_zone()
    {
        var planner = new ReminderPlanner(new ReminderOptions());

        var occurrence = planner.Next(Subscriber(NewYork, [new(9, 0)]), "ice0", At("2026-01-15T14:30:00Z"))!;

        Assert.Equal(At("2026-01-16T14:00:00Z"), occurrence.DueAt); // 09:00 EST today has passed
        Assert.Equal("ice0-20260116", occurrence.OccurrenceId);
    }

    [Fact]
    public void Default_program_plans_three_ice_two_stretches_a_check_in_and_both_follow_ups()
    {
        var plan = new ReminderPlanner(new ReminderOptions()).Plan(Subscriber(), At("2026-01-02T00:00:00Z"));

        Assert.Equal(["ice0", "ice1", "ice2", "str0", "str1", "chk", "f14", "f21"], plan.Select(o => o.SeriesId));
    }

    [Fact]
    public void A_follow_up_that_falls_in_quiet_hours_moves_to_the_next_allowed_time()
    {
        var planner = new ReminderPlanner(new ReminderOptions());
        var joinedLateEvening = Subscriber(activeSince: At("2026-01-01T04:00:00Z")); // 23:00 EST on Dec 31

        var followUp = planner.Next(joinedLateEvening, "f14", At("2026-01-01T04:00:00Z"))!;

        Assert.Equal(At("2026-01-15T13:00:00Z"), followUp.DueAt); // 08:00 EST the next morning
    }

    [Theory]
    [InlineData(7, 0, "2026-01-16T13:00:00Z")]  // before the window: 08:00
    [InlineData(22, 0, "2026-01-17T01:59:00Z")] // after it: the window's last minute, 20:59
    public void A_daily_time_outside_the_send_window_is_moved_inside_it(int hour, int minute, string expected)
    {
        var planner = new ReminderPlanner(new ReminderOptions());

        var occurrence = planner.Next(Subscriber(NewYork, [new(hour, minute)]), "ice0", At("2026-01-16T05:00:00Z"))!;

        Assert.Equal(At(expected), occurrence.DueAt);
    }

    [Fact]
    public void The_send_window_is_configurable()
    {
        var planner = new ReminderPlanner(new ReminderOptions { SendWindowStart = new(9, 0), SendWindowEnd = new(20, 0) });

        Assert.False(planner.InSendWindow(At("2026-01-16T13:30:00Z"), NewYork)); // 08:30 EST
        Assert.True(planner.InSendWindow(At("2026-01-16T14:00:00Z"), NewYork));  // 09:00 EST
        Assert.False(planner.InSendWindow(At("2026-01-17T01:00:00Z"), NewYork)); // 20:00 EST
    }

    [Fact]
    public void Check_ins_come_every_three_days_from_the_start()
    {
        var planner = new ReminderPlanner(new ReminderOptions());
        var subscriber = Subscriber(activeSince: At("2026-01-05T15:00:00Z"));

        var first = planner.Next(subscriber, "chk", At("2026-01-05T15:00:00Z"))!;
        var second = planner.Next(subscriber, "chk", first.DueAt.AddMinutes(1), first.Ordinal + 1)!;

        Assert.Equal((At("2026-01-08T15:00:00Z"), "chk-0001"), (first.DueAt, first.OccurrenceId));
        Assert.Equal((At("2026-01-11T15:00:00Z"), "chk-0002"), (second.DueAt, second.OccurrenceId));
    }

    [Fact]
    public void A_pause_moves_every_reminder_past_its_end()
    {
        var planner = new ReminderPlanner(new ReminderOptions());
        var paused = Subscriber(NewYork, [new(9, 0)], pausedUntil: At("2026-01-20T12:00:00Z"));

        var occurrence = planner.Next(paused, "ice0", At("2026-01-15T12:00:00Z"))!;

        Assert.Equal(At("2026-01-20T14:00:00Z"), occurrence.DueAt);
    }

    [Fact]
    public void The_daily_cap_drops_the_lowest_priority_slots()
    {
        var planner = new ReminderPlanner(new ReminderOptions { DailyCap = 4 });

        var plan = planner.Plan(Subscriber(), At("2026-01-02T05:00:00Z"));

        Assert.DoesNotContain(plan, o => o.SeriesId == "str1"); // 3 ice + 1 stretch = 4
        Assert.Contains(plan, o => o.SeriesId == "str0");
    }

    [Fact]
    public void On_a_day_with_a_check_in_and_a_follow_up_the_cap_leaves_out_the_evening_stretch_that_day_only()
    {
        var planner = new ReminderPlanner(new ReminderOptions { DailyCap = 6 });
        var subscriber = Subscriber(activeSince: At("2026-01-01T15:00:00Z")); // day 21 = Jan 22: check-in 7 and follow-up

        var day20 = planner.Next(subscriber, "str1", At("2026-01-21T05:00:00Z"))!;
        var day21 = planner.Next(subscriber, "str1", At("2026-01-22T05:00:00Z"))!;

        Assert.Equal(At("2026-01-22T01:00:00Z"), day20.DueAt); // 20:00 EST on Jan 21
        Assert.Equal(At("2026-01-24T01:00:00Z"), day21.DueAt); // Jan 22 skipped, 20:00 EST on Jan 23
    }

    [Fact]
    public void An_occurrence_planned_before_a_time_change_is_no_longer_current()
    {
        var planner = new ReminderPlanner(new ReminderOptions());
        var before = Subscriber(NewYork, [new(9, 0)]);
        var after = before with { IceTimes = [new(10, 0)] };
        var occurrence = planner.Next(before, "ice0", At("2026-01-15T05:00:00Z"))!;

        Assert.True(planner.IsCurrent(before, "ice0", occurrence.Ordinal, occurrence.DueAt));
        Assert.False(planner.IsCurrent(after, "ice0", occurrence.Ordinal, occurrence.DueAt));
        Assert.False(planner.IsCurrent(before with { TimeZoneId = London }, "ice0", occurrence.Ordinal, occurrence.DueAt));
    }

    [Fact]
    public void An_unknown_zone_plans_nothing_rather_than_guessing()
    {
        Assert.Empty(new ReminderPlanner(new ReminderOptions()).Plan(Subscriber("Mars/Olympus"), At("2026-01-15T05:00:00Z")));
    }

    [Theory]
    [InlineData(1, 2, 2.0)]
    [InlineData(1, null, 1.0)]
    [InlineData(3, null, 4.0)]
    [InlineData(9, null, 30.0)]
    [InlineData(1, 60, null)] // Retry-After longer than a run should wait: leave it to the next run
    public void Retries_honour_retry_after_and_back_off_exponentially_up_to_a_cap(int attempt, int? retryAfterSeconds, double? expectedSeconds)
    {
        var delay = ReminderDispatcher.RetryDelay(attempt, retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null, new ReminderOptions());

        Assert.Equal(expectedSeconds, delay?.TotalSeconds);
    }

    [Theory]
    [InlineData(400, 21610, SmsSendStatus.OptedOut)]
    [InlineData(400, 21211, SmsSendStatus.Undeliverable)]
    [InlineData(400, 21614, SmsSendStatus.Undeliverable)]
    [InlineData(400, 30005, SmsSendStatus.Undeliverable)]
    [InlineData(400, 30006, SmsSendStatus.Undeliverable)]
    [InlineData(429, 20429, SmsSendStatus.RateLimited)]
    [InlineData(500, 20500, SmsSendStatus.Transient)]
    [InlineData(503, 0, SmsSendStatus.Transient)]
    [InlineData(400, 21602, SmsSendStatus.Permanent)]
    public void Twilio_answers_are_classified(int status, int code, SmsSendStatus expected)
    {
        Assert.Equal(expected, TwilioSmsSender.Classify(status, code, null).Status);
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var now = At("2026-01-15T15:00:00Z");

        Assert.Equal(TimeSpan.FromSeconds(7), TwilioRetryAfterHandler.Parse(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(5), TwilioRetryAfterHandler.Parse(new RetryConditionHeaderValue(now.AddSeconds(5)), now));
    }

    [Fact]
    public void Options_with_an_inverted_send_window_are_refused_at_start()
    {
        Assert.Empty(ReminderOptions.Problems(new ReminderOptions()));
        Assert.NotEmpty(ReminderOptions.Problems(new ReminderOptions { SendWindowStart = new(21, 0), SendWindowEnd = new(8, 0) }));
    }

    [Fact]
    public void Times_switched_off_with_time_off_are_not_planned()
    {
        var stretchOff = Subscriber(NewYork, [new(9, 0)]) with { StretchTimes = [] };
        var allOff = stretchOff with { IceTimes = [] };

        var plan = new ReminderPlanner(new ReminderOptions()).Plan(stretchOff, At("2026-01-02T00:00:00Z"));

        Assert.Contains(plan, o => o.Kind == ReminderKind.Ice);
        Assert.DoesNotContain(plan, o => o.Kind == ReminderKind.Stretch);
        Assert.DoesNotContain(new ReminderPlanner(new ReminderOptions()).Plan(allOff, At("2026-01-02T00:00:00Z")), o => o.Kind is ReminderKind.Ice or ReminderKind.Stretch);
    }

    [Fact]
    public void Every_occurrence_the_planner_makes_reads_back_as_its_kind_with_a_name()
    {
        var planner = new ReminderPlanner(AllDay);
        var subscriber = Subscriber(ice: [new(7, 0), new(9, 0), new(13, 0), new(18, 0)]);
        var occurrences = planner.Plan(subscriber, At("2026-01-02T00:00:00Z"));

        Assert.Equal(Enum.GetValues<ReminderKind>().Order(), occurrences.Select(o => o.Kind).Distinct().Order());
        Assert.All(occurrences, o => Assert.Equal(o.Kind, ReminderPlanner.KindOfOccurrence(o.OccurrenceId)));
        Assert.Equal(
            ["ice", "stretch", "checkin", "followup14", "followup21"],
            Enum.GetValues<ReminderKind>().Select(k => k.Name()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ice")]
    [InlineData("icex-20260115")]
    [InlineData("str-20260115")]
    [InlineData("f15")]
    [InlineData("chk2-0003")]
    public void Ids_no_series_makes_have_no_kind(string occurrenceId)
    {
        Assert.Null(ReminderPlanner.KindOfOccurrence(occurrenceId));
    }
}
