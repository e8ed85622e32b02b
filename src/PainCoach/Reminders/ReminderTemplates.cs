using PainCoach.Subscribers;

namespace PainCoach.Reminders;

/// <summary>
/// One reminder text; Text follows "{service} {program}: " in the message. Id is stable and is logged instead of the
/// text; Source says where the advice comes from (CONTENT.md); Reviewed is when a person last checked the wording.
/// </summary>
public sealed record ReminderTemplate(string Id, ReminderKind Kind, BodyArea Program, bool Morning, string Text, string Source, string Reviewed);

/// <summary>
/// Every reminder text, as reviewable data: plain, second person, GSM-7 only, no diagnosis named (someone else may
/// read the phone). A test renders each with the longest allowed service name and checks it fits one segment.
/// </summary>
public static class ReminderTemplates
{
    private const string Reviewed = "2026-11-25";
    private const string RevisedForSafety = "2026-12-03";
    private const string Ice = "CONTENT.md Ice (care with reduced skin feeling, diabetes, circulation); NHS plantar fasciitis";
    private const string Stretching = "article: Home care, stretching";
    private const string BackStretching = "article: Home care, stretching; NHS sciatica (stop if pain spreads down a leg)";
    private const string WhenToSee = "article: When to See a Healthcare Professional; NHS plantar fasciitis";

    public static IReadOnlyList<ReminderTemplate> All { get; } =
    [
        new("ice-heel", ReminderKind.Ice, BodyArea.Heel, false,
            "Ice time. Your heel, up to 20 minutes, wrapped in a cloth, never on bare skin. Numb feet? Check skin often.", Ice, RevisedForSafety),
        new("ice-back", ReminderKind.Ice, BodyArea.Back, false,
            "Cold or warm pack on your low back up to 20 minutes, wrapped in a cloth. Numb skin? Skip heat, check it.", Ice, RevisedForSafety),
        new("ice-both", ReminderKind.Ice, BodyArea.Both, false,
            "Ice time. Sore spot, up to 20 minutes, wrapped in a cloth, never on bare skin. Numb feet? Check skin often.", Ice, RevisedForSafety),

        // Heel mornings: before the first steps of the day, while still sitting.
        new("stretch-heel-towel", ReminderKind.Stretch, BodyArea.Heel, true,
            "Before your first steps: sit, loop a towel round your foot, pull your toes toward you. Hold 30 sec, 3 times.", Stretching, Reviewed),
        new("stretch-heel-toes", ReminderKind.Stretch, BodyArea.Heel, true,
            "Before your first steps: sit, cross your foot over your knee and pull your toes back. Hold 30 sec, 3 times.", Stretching, Reviewed),
        // Heel evenings: plantar fascia, calf and Achilles.
        new("stretch-heel-calf", ReminderKind.Stretch, BodyArea.Heel, false,
            "Calf stretch: hands on a wall, one foot back, heel down, lean in gently. Hold 30 sec, 3 times each leg.", Stretching, Reviewed),
        new("stretch-heel-achilles", ReminderKind.Stretch, BodyArea.Heel, false,
            "Achilles stretch: as the calf stretch but bend your back knee a little. Hold 30 sec, 3 times each leg.", Stretching, Reviewed),
        new("stretch-heel-roll", ReminderKind.Stretch, BodyArea.Heel, false,
            "Sole stretch: sit and roll your foot over a bottle or ball for 2 minutes. Gentle pressure only.", Stretching, Reviewed),
        // Back: gentle stretches; each says to stop if pain shoots down a leg (a nerve, not a muscle, is then stretched).
        new("stretch-back-child", ReminderKind.Stretch, BodyArea.Back, false,
            "Child's pose: kneel, sit on your heels, arms forward. Hold 30 sec, 3 times. Stop if pain shoots down a leg.", BackStretching, RevisedForSafety),
        new("stretch-back-cobra", ReminderKind.Stretch, BodyArea.Back, false,
            "Cobra: lie face down, push your chest up gently, hips down. 10 sec, 5 times. Stop if pain shoots down a leg.", BackStretching, RevisedForSafety),
        new("stretch-back-knee", ReminderKind.Stretch, BodyArea.Back, false,
            "Knee to chest: on your back, hug one knee in. Hold 20 sec, 3 times a side. Stop if pain shoots down a leg.", BackStretching, RevisedForSafety),
        new("stretch-back-catcow", ReminderKind.Stretch, BodyArea.Back, false,
            "Cat-cow: on hands and knees, slowly round then arch your back, 10 times. Stop if pain shoots down a leg.", BackStretching, RevisedForSafety),

        new("checkin", ReminderKind.CheckIn, BodyArea.Both, false,
            "Pain check-in: how is your pain today? Reply PAIN 0-10 (0 = none, 10 = worst).", "article: tracking progress", Reviewed),

        new("followup14-heel", ReminderKind.FollowUpDay14, BodyArea.Heel, false,
            "2 weeks in. If your heel pain is not better, see a healthcare provider. Questions? Just text us.", WhenToSee, Reviewed),
        new("followup14-back", ReminderKind.FollowUpDay14, BodyArea.Back, false,
            "2 weeks in. If your back pain is not easing, see a healthcare provider. Questions? Just text us.", WhenToSee, Reviewed),
        new("followup14-both", ReminderKind.FollowUpDay14, BodyArea.Both, false,
            "2 weeks in. If your pain is not better, see a healthcare provider. Questions? Just text us.", WhenToSee, Reviewed),
        new("followup21-heel", ReminderKind.FollowUpDay21, BodyArea.Heel, false,
            "3 weeks in. If foot pain goes on, our guide suggests a podiatrist (foot specialist). Questions? Text us.", WhenToSee, Reviewed),
        new("followup21-back", ReminderKind.FollowUpDay21, BodyArea.Back, false,
            "3 weeks in. If your back pain is not improving, see a doctor or physiotherapist. Questions? Text us.", WhenToSee, Reviewed),
        new("followup21-both", ReminderKind.FollowUpDay21, BodyArea.Both, false,
            "3 weeks in. Foot pain going on? Our guide suggests a podiatrist. Back pain not improving? See a doctor.", WhenToSee, Reviewed),
    ];

    /// <summary>
    /// The template for this occurrence; <paramref name="rotation"/> walks the stretch library day by day. Heel's
    /// first stretch of the day is the "before your first steps" one, unless its time is after noon.
    /// </summary>
    public static ReminderTemplate Choose(BodyArea program, ReminderKind kind, int slot, long rotation, TimeOnly? localTime = null)
    {
        var morning = slot == 0 && (localTime is null || localTime < new TimeOnly(12, 0));
        if (kind == ReminderKind.CheckIn)
        {
            return All.Single(t => t.Kind == ReminderKind.CheckIn);
        }

        if (kind != ReminderKind.Stretch)
        {
            return All.Single(t => t.Kind == kind && t.Program == program);
        }

        var library = program switch
        {
            BodyArea.Heel => All.Where(t => t.Kind == kind && t.Program == BodyArea.Heel && t.Morning == morning),
            BodyArea.Back => All.Where(t => t.Kind == kind && t.Program == BodyArea.Back),
            _ => morning
                ? All.Where(t => t.Kind == kind && t.Program == BodyArea.Heel && t.Morning)
                : All.Where(t => t.Kind == kind && !t.Morning),
        };
        var list = library.ToList();
        return list[(int)(((rotation + slot) % list.Count + list.Count) % list.Count)];
    }

    /// <summary>"{service} {program}: {text}".</summary>
    public static string Render(string serviceName, BodyArea program, ReminderTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return $"{serviceName} {program.ToDisplayName()}: {template.Text}";
    }
}
