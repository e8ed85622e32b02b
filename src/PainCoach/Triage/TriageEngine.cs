namespace PainCoach.Triage;

public sealed record TriageReason(string RuleId, string Text);

/// <summary>The triage answer: the level, why, what it may be, and what to do.</summary>
public sealed record TriageAssessment(
    TriageLevel Level,
    string Headline,
    IReadOnlyList<TriageReason> Reasons,
    IReadOnlyList<PossibleCondition> PossibleConditions,
    IReadOnlyList<string> Advice,
    string Disclaimer);

/// <summary>
/// Applies <see cref="TriageRules"/>: every red-flag and see-clinician rule that fits fires; self-care rules only
/// when none did. The level is the highest that fired, so a red flag is never diluted by milder symptoms.
/// </summary>
public sealed class TriageEngine
{
    private readonly IReadOnlyList<TriageRule> aboveSelfCare;
    private readonly IReadOnlyList<TriageRule> selfCare;

    /// <summary>The engine over the reviewed table, <see cref="TriageRules"/>.</summary>
    public TriageEngine()
        : this([.. TriageRules.RedFlagRules, .. TriageRules.SeeClinicianRules], TriageRules.SelfCareRules)
    {
    }

    /// <param name="aboveSelfCare">Red-flag and see-clinician rules: each one that applies fires.</param>
    /// <param name="selfCare">Self-care rules: they apply only when none of the others fired.</param>
    public TriageEngine(IReadOnlyList<TriageRule> aboveSelfCare, IReadOnlyList<TriageRule> selfCare)
    {
        this.aboveSelfCare = aboveSelfCare;
        this.selfCare = selfCare;
    }

    public TriageAssessment Assess(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var fired = new List<TriageRule>();
        AddFiring(fired, aboveSelfCare, request);
        if (fired.Count == 0)
        {
            AddFiring(fired, selfCare, request);
        }

        // Stable sort: most urgent first, table order within a level.
        var ordered = fired.OrderByDescending(rule => rule.Level).ToList();
        var level = ordered.Count > 0 ? ordered[0].Level : TriageLevel.SelfCare;

        return new TriageAssessment(
            level,
            TriageAdvice.Headline(level, request.Area),
            ordered.Select(rule => new TriageReason(rule.Id, rule.Reason)).ToList(),
            PossibleConditions(request, ordered),
            TriageAdvice.For(level, request, ordered),
            TriageAdvice.Disclaimer);
    }

    private static void AddFiring(List<TriageRule> fired, IReadOnlyList<TriageRule> rules, TriageRequest request)
    {
        foreach (var rule in rules)
        {
            if (rule.Applies(request))
            {
                fired.Add(rule);
            }
        }
    }

    /// <summary>Red-flag conditions first (the dangerous explanation must not be missed), then by pattern strength.</summary>
    private static List<PossibleCondition> PossibleConditions(TriageRequest request, List<TriageRule> fired)
    {
        var candidates = new List<(int Strength, string Id, string Why)>();
        foreach (var rule in fired)
        {
            var strength = rule.Level == TriageLevel.Emergency ? ConditionHints.EmergencyStrength : ConditionHints.UrgentStrength;
            foreach (var conditionId in rule.ConditionIds ?? [])
            {
                candidates.Add((strength, conditionId, rule.Reason));
            }
        }

        foreach (var hint in ConditionHints.All)
        {
            if (hint.Applies(request))
            {
                candidates.Add((hint.Strength, hint.ConditionId, hint.Why));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var conditions = new List<PossibleCondition>();
        // OrderByDescending is a stable sort: equal strengths keep the order they were added in.
        foreach (var candidate in candidates.OrderByDescending(c => c.Strength))
        {
            if (seen.Add(candidate.Id))
            {
                conditions.Add(new PossibleCondition(candidate.Id, ConditionHints.Names[candidate.Id], candidate.Why));
            }
        }

        return conditions;
    }
}
