namespace PainCoach.Faq;

/// <summary>
/// A question as the caller sent it (<c>GET ?q=&amp;top=&amp;topic=</c> or <c>POST {"question", "top", "topic"}</c>),
/// before validation. Also the POST body's shape.
/// </summary>
public sealed class FaqQueryInput
{
    public string? Question { get; set; }

    public int? Top { get; set; }

    public string? Topic { get; set; }
}

/// <summary>A valid question: trimmed text, how many answers, and the topic to keep (null: both).</summary>
public sealed record FaqQuery(string Question, int Top, BodyArea? Topic);

/// <summary>The query, or a problem's title and detail in the caller's terms.</summary>
public sealed record FaqQueryValidation(FaqQuery? Query, string? ProblemTitle = null, string? ProblemDetail = null)
{
    public static FaqQueryValidation Problem(string title, string detail) => new(null, title, detail);
}

/// <summary>The FAQ's input rules, in the library beside the service they protect (as <c>TriageInputValidator</c> is for triage).</summary>
public static class FaqQueryValidator
{
    public static FaqQueryValidation Validate(FaqQueryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parameterName = input.Question is null && input.Top is null ? "q (GET) or question (POST)" : "the question";
        if (string.IsNullOrWhiteSpace(input.Question))
        {
            return FaqQueryValidation.Problem("Missing question", $"Ask a question: {parameterName} must have 1 to {FaqService.MaxQuestionLength} characters.");
        }

        if (input.Question.Length > FaqService.MaxQuestionLength)
        {
            return FaqQueryValidation.Problem("Question too long", $"The question has {input.Question.Length} characters; at most {FaqService.MaxQuestionLength} are allowed.");
        }

        var top = input.Top ?? FaqService.DefaultTop;
        if (top is < 1 or > FaqService.MaxTop)
        {
            return FaqQueryValidation.Problem("Invalid top", $"top must be from 1 to {FaqService.MaxTop}.");
        }

        BodyArea? topic = null;
        if (input.Topic is not null)
        {
            topic = input.Topic.Trim().ToLowerInvariant() switch
            {
                "heel" => BodyArea.Heel,
                "back" => BodyArea.Back,
                _ => null,
            };
            if (topic is null)
            {
                return FaqQueryValidation.Problem("Invalid topic", "topic must be heel or back (or left out for both).");
            }
        }

        return new FaqQueryValidation(new FaqQuery(input.Question.Trim(), top, topic));
    }
}
