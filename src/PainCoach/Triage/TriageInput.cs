using PainCoach.RedFlags;

namespace PainCoach.Triage;

/// <summary>
/// The request body as sent (<c>POST /api/triage</c>), before validation. Every field is optional here so that a
/// missing one becomes a clear 400 from <see cref="TriageInputValidator"/> rather than a deserialisation error.
/// </summary>
public sealed class TriageInput
{
    public string? Area { get; init; }

    public int? DurationDays { get; init; }

    public int? PainScore { get; init; }

    public bool? SelfCareTried { get; init; }

#pragma warning disable CA2227, CA1002 // A plain settable list is what the JSON reader binds; it is read once.
    public List<string?>? Symptoms { get; init; }
#pragma warning restore CA2227, CA1002

    public int? Age { get; init; }
}

/// <summary>Either a request ready to assess or every problem found, in words a caller can act on.</summary>
public sealed record TriageValidation(TriageRequest? Request, IReadOnlyList<string> Errors)
{
    public bool IsValid => Request is not null;
}

public static class TriageInputValidator
{
    public const int MaxDurationDays = 3650;
    public const int MaxPainScore = 10;
    public const int MaxAge = 120;

    private static readonly Dictionary<string, string> KnownSymptoms =
        SymptomIds.All.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    public static TriageValidation Validate(TriageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var area = default(BodyArea);

        if (string.IsNullOrWhiteSpace(input.Area))
        {
            errors.Add("'area' is required: one of heel, back, both.");
        }
        else if (!BodyAreas.TryParse(input.Area, out area))
        {
            errors.Add("'area' must be one of heel, back, both.");
        }

        if (input.DurationDays is null)
        {
            errors.Add($"'durationDays' is required: how many days the pain has lasted, 0 to {MaxDurationDays}.");
        }
        else if (input.DurationDays is < 0 or > MaxDurationDays)
        {
            errors.Add($"'durationDays' must be between 0 and {MaxDurationDays}.");
        }

        if (input.PainScore is < 0 or > MaxPainScore)
        {
            errors.Add($"'painScore' must be between 0 and {MaxPainScore}.");
        }

        if (input.Age is < 0 or > MaxAge)
        {
            errors.Add($"'age' must be between 0 and {MaxAge} years.");
        }

        var symptoms = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var symptom in input.Symptoms ?? [])
        {
            if (string.IsNullOrWhiteSpace(symptom))
            {
                errors.Add("'symptoms' must contain only symptom ids, not null or empty strings.");
                break;
            }

            if (KnownSymptoms.TryGetValue(symptom.Trim(), out var canonical))
            {
                symptoms.Add(canonical);
            }
            else
            {
                unknown.Add(symptom.Length > 40 ? symptom[..40] + "..." : symptom);
            }
        }

        if (unknown.Count > 0)
        {
            errors.Add($"Unknown symptom id(s): {string.Join(", ", unknown.Take(5))}. Valid ids: {string.Join(", ", SymptomIds.All)}.");
        }

        if (errors.Count > 0)
        {
            return new TriageValidation(null, errors);
        }

        var request = new TriageRequest(area, input.DurationDays!.Value, input.PainScore, input.SelfCareTried ?? false, symptoms, input.Age);
        return new TriageValidation(request, []);
    }
}
