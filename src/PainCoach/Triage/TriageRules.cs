using PainCoach.RedFlags;
using static PainCoach.Triage.TriageLevel;

namespace PainCoach.Triage;

/// <summary>
/// The triage table, read top to bottom like the guidance it encodes (CONTENT.md "Red flags").
/// <list type="number">
/// <item>Every sign-based rule, of all three tiers (emergency, urgent, see a clinician), is a red flag of
/// <see cref="RedFlagCatalog"/>, defined once and shared with the FAQ's free-text screen and SMS; each fired flag
/// becomes a reason with the flag's id.</item>
/// <item>See-a-clinician rules that need what only the form tells (how long, how bad, age) are below.</item>
/// <item>Self-care rules, which only apply when nothing above them fired.</item>
/// </list>
/// The answer's level is the highest that fired; every fired rule is listed as a reason.
/// </summary>
public static class TriageRules
{
    /// <summary>The catalog flag for heel pain past two weeks despite self-care.</summary>
    public const string TwoWeekRuleId = "heel_pain_past_two_weeks_despite_self_care";
    public const string PodiatristRuleId = "foot_problem_past_three_weeks_after_treatment";

    /// <summary>Days of heel pain despite self-care after which to see someone (article, NHS: two weeks).</summary>
    public const int HeelSelfCareDays = 14;

    /// <summary>Days after initial treatment after which the article suggests a podiatrist (three weeks).</summary>
    public const int PodiatristDays = 21;

    /// <summary>Days of back pain after which it should be checked (NICE NG59, NHS: not improving after a few weeks).</summary>
    public const int BackPainReviewDays = 28;

    /// <summary>Pain score from which pain counts as severe.</summary>
    public const int SeverePainScore = 8;

    /// <summary>Ages below this are children and teenagers, in whom back pain more often has a specific cause.</summary>
    public const int AdultAge = 18;

    public static IReadOnlyList<TriageRule> RedFlagRules { get; } =
        RedFlagCatalog.All.Select(FromRedFlag).ToList();

    public static IReadOnlyList<TriageRule> SeeClinicianRules { get; } =
    [
        new(PodiatristRuleId, SeeClinician,
            When: "heel or foot pain for more than 21 days although self-care was tried",
            Applies: r => r.HasHeelPain && r.SelfCareTried && r.DurationDays > PodiatristDays,
            Reason: "Your foot problem has lasted more than three weeks after you started treating it.",
            Advice: "The article suggests seeing a podiatrist (a foot specialist) when foot problems last three weeks after first treatment.",
            Source: "Article: When to See a Healthcare Professional (the article's suggestion)"),
        new("back_pain_in_child_or_teen", SeeClinician,
            When: $"back pain under age {AdultAge}",
            Applies: r => r.HasBackPain && r.Age < AdultAge,
            Reason: "Back pain is less common in children and teenagers and more often has a specific cause, so a doctor should check it.",
            Advice: null,
            Source: "NICE CKS: low back pain (age at onset)"),
    ];

    /// <summary>Self-care rules: they apply only when no rule above self-care fired.</summary>
    public static IReadOnlyList<TriageRule> SelfCareRules { get; } =
    [
        new("heel_pain_self_care_first", SelfCare,
            When: "heel pain for up to 14 days with no warning signs",
            Applies: r => r.HasHeelPain && r.DurationDays <= HeelSelfCareDays,
            Reason: "Heel pain without warning signs usually gets better with self-care. The usual advice is to try it for two weeks first.",
            Advice: "If your heel is not better after two weeks of self-care, or it gets worse, book a visit with your doctor or a physiotherapist.",
            Source: "Article: When to See a Healthcare Professional; NHS: heel pain; NHS: plantar fasciitis"),
        new("heel_pain_self_care_not_yet_tried", SelfCare,
            When: "heel pain for more than 14 days, self-care not tried yet, no warning signs",
            Applies: r => r.HasHeelPain && r.DurationDays > HeelSelfCareDays && !r.SelfCareTried,
            Reason: "Your heel pain has lasted a while, but you have not tried self-care yet. Most heel pain improves with it.",
            Advice: "Start self-care now. If your heel is not better after two weeks of it, book a visit with your doctor or a physiotherapist.",
            Source: "Article: When to See a Healthcare Professional; NHS: heel pain"),
        new("back_pain_self_care_first", SelfCare,
            When: "back pain for up to 28 days with no warning signs",
            Applies: r => r.HasBackPain && r.DurationDays <= BackPainReviewDays,
            Reason: "Most back pain without warning signs gets better within a few weeks by keeping active and simple self-care.",
            Advice: "If your back is not improving after four weeks, or it gets worse, book a visit with your doctor or a physiotherapist.",
            Source: "NICE NG59; NHS: back pain; ACP 2017 low back pain guideline"),
    ];

    /// <summary>The whole table, most urgent first.</summary>
    public static IReadOnlyList<TriageRule> All { get; } = [.. RedFlagRules, .. SeeClinicianRules, .. SelfCareRules];

    /// <summary>
    /// Emergency and urgent flags advise their tier's message (911 / today) and then their own advice; a
    /// see-a-clinician flag only its own advice, as the level's general advice already says to book soon.
    /// </summary>
    private static TriageRule FromRedFlag(RedFlag flag) => new(
        flag.Id,
        flag.Level.ToTriageLevel(),
        When: DescribeRedFlag(flag),
        Applies: r => flag.Matches(r.Area.ToPainArea(), SignsOf(r)),
        Reason: flag.Reason,
        Advice: flag.Level >= AlertLevel.Urgent ? flag.Message : flag.Advice,
        Source: flag.Source,
        ConditionIds: flag.ConditionIds,
        MoreAdvice: flag.Level >= AlertLevel.Urgent ? flag.Advice : null);

    /// <summary>
    /// The request's symptoms plus the <see cref="ContextSigns"/> its duration, self-care and pain score show, so the
    /// catalog's "how long, how bad" flags read the form exactly as the free-text screen reads words.
    /// </summary>
    public static IReadOnlySet<string> SignsOf(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var severe = request.PainScore >= SeverePainScore;
        var heelPastTwoWeeks = request.SelfCareTried && request.DurationDays > HeelSelfCareDays;
        var backPastFourWeeks = request.DurationDays > BackPainReviewDays;
        if (!severe && !heelPastTwoWeeks && !backPastFourWeeks)
        {
            return request.Symptoms;
        }

        var signs = new HashSet<string>(request.Symptoms, StringComparer.Ordinal);
        if (severe)
        {
            signs.Add(ContextSigns.SeverePain);
        }

        if (heelPastTwoWeeks)
        {
            signs.Add(ContextSigns.HeelPainPastTwoWeeks);
        }

        if (backPastFourWeeks)
        {
            signs.Add(ContextSigns.BackPainPastFourWeeks);
        }

        return signs;
    }

    private static string DescribeRedFlag(RedFlag flag)
    {
        var area = flag.Area switch
        {
            PainArea.Heel => "heel pain with ",
            PainArea.Back => "back pain with ",
            PainArea.HeelOrBack => "heel or back pain with ",
            _ => string.Empty,
        };
        return $"{flag.Level.ToWireName()}: {area}{string.Join(" or ", flag.Patterns.Select(pattern => string.Join(" + ", pattern)))}";
    }
}
