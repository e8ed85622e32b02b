namespace PainCoach.Triage;

/// <summary>
/// One row of the triage table: when it applies (in words for the reviewer, and as code), the level it sets,
/// the reason the person reads, what to do about it, and where the rule comes from.
/// </summary>
/// <param name="Id">Stable id, shown as <c>ruleId</c> in the answer.</param>
/// <param name="Level">The level this rule sets when it fires.</param>
/// <param name="When">The condition in plain words (what a clinician reviews).</param>
/// <param name="Applies">The same condition as code.</param>
/// <param name="Reason">Why it matters, in plain words, second person.</param>
/// <param name="Advice">What to do because of this rule; null when the level's general advice says it all.</param>
/// <param name="Source">Guidance the rule encodes (NICE NG59, NHS pages, the article's section).</param>
/// <param name="ConditionIds">Conditions this rule itself points to (red flags name theirs).</param>
/// <param name="MoreAdvice">A second line of advice (a red flag's own advice after its tier message).</param>
public sealed record TriageRule(
    string Id,
    TriageLevel Level,
    string When,
    Func<TriageRequest, bool> Applies,
    string Reason,
    string? Advice,
    string Source,
    IReadOnlyList<string>? ConditionIds = null,
    string? MoreAdvice = null);
