using PainCoach.RedFlags;
using static PainCoach.RedFlags.SymptomIds;
using static PainCoach.Triage.TriageLevel;

namespace PainCoach.Triage;

/// <summary>
/// The triage table, read top to bottom like the guidance it encodes (CONTENT.md "Red flags").
/// <list type="number">
/// <item>Emergency and urgent rules are the red flags of <see cref="RedFlagCatalog"/>, defined once and shared with
/// the FAQ's free-text screen and SMS; each fired flag becomes a reason with the flag's id.</item>
/// <item>See-a-clinician rules below.</item>
/// <item>Self-care rules, which only apply when nothing above them fired.</item>
/// </list>
/// The answer's level is the highest that fired; every fired rule is listed as a reason.
/// </summary>
public static class TriageRules
{
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
        new(TwoWeekRuleId, SeeClinician,
            When: "heel pain for more than 14 days although self-care was tried",
            Applies: r => r.HasHeelPain && r.SelfCareTried && r.DurationDays > HeelSelfCareDays,
            Reason: "Your heel pain has lasted more than two weeks even with self-care, so it should be checked.",
            Advice: null,
            Source: "Article: When to See a Healthcare Professional; NHS: heel pain"),
        new(PodiatristRuleId, SeeClinician,
            When: "heel or foot pain for more than 21 days although self-care was tried",
            Applies: r => r.HasHeelPain && r.SelfCareTried && r.DurationDays > PodiatristDays,
            Reason: "Your foot problem has lasted more than three weeks after you started treating it.",
            Advice: "The article suggests seeing a podiatrist (a foot specialist) when foot problems last three weeks after first treatment.",
            Source: "Article: When to See a Healthcare Professional (the article's suggestion)"),
        new("back_pain_not_improving_after_four_weeks", SeeClinician,
            When: "back pain for more than 28 days",
            Applies: r => r.HasBackPain && r.DurationDays > BackPainReviewDays,
            Reason: "Your back pain has not gone after four weeks, so it should be checked.",
            Advice: "Book a visit with your doctor or a physiotherapist about back pain that is not getting better.",
            Source: "NICE NG59; NHS: back pain"),
        new("pain_stops_daily_life", SeeClinician,
            When: "pain stops everyday activities",
            Applies: r => r.Has(DailyLifeDisrupted),
            Reason: "Pain that stops you doing everyday things should be checked, whatever the cause.",
            Advice: null,
            Source: "Article: When to See a Healthcare Professional; NHS: heel pain; NHS: back pain"),
        new("severe_pain", SeeClinician,
            When: $"pain score {SeverePainScore} or more out of 10",
            Applies: r => r.PainScore >= SeverePainScore,
            Reason: "Your pain is severe. Severe pain should be checked rather than waited out.",
            Advice: null,
            Source: "Article: When to See a Healthcare Professional; NHS: heel pain"),
        new("burning_tingling_or_numbness", SeeClinician,
            When: "burning, tingling or numbness in the foot or leg",
            Applies: r => r.HasAny(FootBurningTingling, LegNumbnessTingling),
            Reason: "Burning, tingling or numbness can mean a nerve is irritated or pressed, sometimes from the lower back.",
            Advice: "Tell the clinician where the burning, tingling or numbness is: it helps them find which nerve is involved.",
            Source: "Article: Symptoms Indicating a Connection; NHS: heel pain; NHS: sciatica"),
        new("leg_weakness", SeeClinician,
            When: "weakness in one leg or foot (not getting worse)",
            Applies: r => r.Has(LegWeakness),
            Reason: "Weakness in a leg or foot can mean a nerve is pressed and should be checked.",
            Advice: "If the weakness gets worse, or spreads to both legs, get help the same day.",
            Source: "NICE NG59; NHS: sciatica"),
        new("diabetes_with_foot_pain", SeeClinician,
            When: "diabetes and heel or foot pain",
            Applies: r => r.HasHeelPain && r.Has(Diabetes),
            Reason: "With diabetes, foot problems can become serious faster, so foot pain should be checked.",
            Advice: "With diabetes, have a doctor or podiatrist check your foot soon, and look at your feet every day for cuts, redness or swelling.",
            Source: "NHS: heel pain; CONTENT.md: when to see someone (heel)"),
        new("long_morning_stiffness", SeeClinician,
            When: "morning stiffness over 30 minutes that eases with movement",
            Applies: r => r.Has(MorningStiffness30Min),
            Reason: "Stiffness that lasts more than 30 minutes in the morning and eases as you move can be a sign of an inflammatory condition.",
            Advice: null,
            Source: "NICE NG65 (spondyloarthritis); Article: Arthritis"),
        new("night_pain", SeeClinician,
            When: "pain at night or at rest",
            Applies: r => r.Has(NightPain),
            Reason: "Pain that wakes you or does not ease when you rest should be checked.",
            Advice: null,
            Source: "NICE NG59; NHS: back pain"),
        new("steadily_worsening_pain", SeeClinician,
            When: "pain that is steadily getting worse",
            Applies: r => r.Has(Worsening),
            Reason: "Pain that keeps getting worse should be checked rather than waited out.",
            Advice: null,
            Source: "Article: When to See a Healthcare Professional; NHS: heel pain; NHS: back pain"),
        new("osteoporosis_with_back_pain", SeeClinician,
            When: "back pain in someone with osteoporosis",
            Applies: r => r.HasBackPain && r.Has(Osteoporosis),
            Reason: "With thin bones (osteoporosis), back pain can come from a small break in the spine, even after a minor strain.",
            Advice: null,
            Source: "NICE NG59 (osteoporotic fracture)"),
        new("red_hot_swollen_foot", SeeClinician,
            When: "a red, hot, swollen foot (with fever it is urgent: see the red flags)",
            Applies: r => r.Has(RedHotSwollen),
            Reason: "A red, hot, swollen foot can be an infection or inflammation and should be checked soon.",
            Advice: "Have the red, hot, swollen foot checked within a day or two; if you get a fever or feel unwell, get seen today.",
            Source: "NHS: heel pain"),
        new("fever_with_heel_pain", SeeClinician,
            When: "fever with heel pain (with a red, hot, swollen foot it is urgent: see the red flags)",
            Applies: r => r.HasHeelPain && r.Has(Fever),
            Reason: "A fever together with heel pain can mean an infection.",
            Advice: "Have your heel checked within a day; if the foot turns red, hot or swollen, or you feel very unwell, get seen today.",
            Source: "NHS: heel pain"),
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

    private static TriageRule FromRedFlag(RedFlag flag) => new(
        flag.Id,
        flag.Level == AlertLevel.Emergency ? Emergency : Urgent,
        When: DescribeRedFlag(flag),
        Applies: r => flag.Matches(r.Area.ToPainArea(), r.Symptoms),
        Reason: flag.Reason,
        Advice: flag.Message,
        Source: flag.Source,
        ConditionIds: flag.ConditionIds);

    private static string DescribeRedFlag(RedFlag flag)
    {
        var area = flag.Area switch
        {
            PainArea.Heel => "heel pain with ",
            PainArea.Back => "back pain with ",
            _ => string.Empty,
        };
        return $"red flag: {area}{string.Join(" or ", flag.Patterns.Select(pattern => string.Join(" + ", pattern)))}";
    }
}
