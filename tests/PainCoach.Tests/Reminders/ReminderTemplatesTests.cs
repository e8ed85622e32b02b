using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Tests.Reminders;

public sealed class ReminderTemplatesTests
{
    // PainCoachOptions.ProgramName allows up to 40 characters: every template must fit with the longest.
    private static readonly string LongestServiceName = new('W', 40);

    public static TheoryData<string, BodyArea> EveryTemplateInEveryProgram()
    {
        var data = new TheoryData<string, BodyArea>();
        foreach (var template in ReminderTemplates.All)
        {
            foreach (var program in new[] { BodyArea.Heel, BodyArea.Back, BodyArea.Both })
            {
                data.Add(template.Id, program);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInEveryProgram))]
    public void Every_template_fits_one_gsm7_segment_with_the_longest_service_name_and_names_the_program(string templateId, BodyArea program)
    {
        var template = ReminderTemplates.All.Single(t => t.Id == templateId);

        var message = ReminderTemplates.Render(LongestServiceName, program, template);

        Assert.NotNull(Gsm7.SeptetCount(message));
        Assert.True(Gsm7.FitsOneSegment(message), $"{templateId} is {Gsm7.SeptetCount(message)} septets: {message}");
        Assert.StartsWith($"{LongestServiceName} {program.ToDisplayName()}: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_records_its_source_and_review_date_and_names_no_diagnosis()
    {
        foreach (var template in ReminderTemplates.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(template.Source), template.Id);
            Assert.True(DateOnly.TryParse(template.Reviewed, System.Globalization.CultureInfo.InvariantCulture, out _), template.Id);
            foreach (var diagnosis in new[] { "fasciitis", "sciatica", "tendin", "hernia", "spur", "arthritis", "stenosis" })
            {
                Assert.DoesNotContain(diagnosis, template.Text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Ice_reminders_say_up_to_20_minutes_wrapped_in_a_cloth()
    {
        foreach (var template in ReminderTemplates.All.Where(t => t.Kind == ReminderKind.Ice))
        {
            Assert.Contains("up to 20 minutes, wrapped in a cloth", template.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ice_reminders_warn_people_with_reduced_feeling_without_naming_a_condition()
    {
        foreach (var template in ReminderTemplates.All.Where(t => t.Kind == ReminderKind.Ice))
        {
            Assert.Contains("Numb", template.Text, StringComparison.Ordinal);
            Assert.Contains("check", template.Text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(ReminderTemplates.All, t => Assert.DoesNotContain("diabet", t.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Back_stretches_say_to_stop_if_pain_shoots_down_a_leg()
    {
        Assert.All(
            ReminderTemplates.All.Where(t => t.Kind == ReminderKind.Stretch && t.Program == BodyArea.Back),
            t => Assert.EndsWith("Stop if pain shoots down a leg.", t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ins_ask_for_a_pain_score_and_follow_ups_follow_the_article()
    {
        Assert.Contains("Reply PAIN 0-10", ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.CheckIn, 0, 5).Text, StringComparison.Ordinal);
        Assert.Contains("healthcare provider", ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.FollowUpDay14, 0, 14).Text, StringComparison.Ordinal);
        Assert.Contains("text us", ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.FollowUpDay14, 0, 14).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("podiatrist", ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.FollowUpDay21, 0, 21).Text, StringComparison.Ordinal);
        Assert.Contains("our guide suggests", ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.FollowUpDay21, 0, 21).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Heel_morning_stretches_come_before_the_first_steps_and_evenings_rotate_through_calf_achilles_and_sole()
    {
        var mornings = Enumerable.Range(0, 6).Select(day => ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.Stretch, 0, day)).ToList();
        var evenings = Enumerable.Range(0, 6).Select(day => ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.Stretch, 1, day).Id).ToHashSet();

        Assert.All(mornings, t => Assert.StartsWith("Before your first steps", t.Text, StringComparison.Ordinal));
        Assert.True(mornings.Select(t => t.Id).Distinct().Count() > 1);
        Assert.Equal(["stretch-heel-achilles", "stretch-heel-calf", "stretch-heel-roll"], evenings.Order());
    }

    [Fact]
    public void A_heel_stretch_set_for_the_evening_only_is_not_a_before_your_first_steps_one()
    {
        var template = ReminderTemplates.Choose(BodyArea.Heel, ReminderKind.Stretch, 0, 3, new TimeOnly(19, 0));

        Assert.False(template.Morning);
    }

    [Fact]
    public void Back_stretches_rotate_through_childs_pose_cobra_knee_to_chest_and_cat_cow()
    {
        var ids = Enumerable.Range(0, 8).Select(day => ReminderTemplates.Choose(BodyArea.Back, ReminderKind.Stretch, 0, day).Id).ToHashSet();

        Assert.Equal(["stretch-back-catcow", "stretch-back-child", "stretch-back-cobra", "stretch-back-knee"], ids.Order());
    }

    [Theory]
    [InlineData("Ice time.", 9)]
    [InlineData("[x]", 5)]
    [InlineData("don\u2019t", null)]
    [InlineData("a \u2014 b", null)]
    public void Gsm7_counts_septets_and_rejects_characters_outside_the_alphabet(string text, int? septets)
    {
        Assert.Equal(septets, Gsm7.SeptetCount(text));
    }
}
