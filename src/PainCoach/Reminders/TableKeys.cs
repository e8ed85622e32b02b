namespace PainCoach.Reminders;

/// <summary>Table Storage forbids <c>/ \ # ?</c> and control characters in keys; <c>|</c> is our separator.</summary>
public static class TableKeys
{
    public const int MaxSubscriberKeyLength = 200;

    public static bool IsValidSubscriberKey(string? key) =>
        !string.IsNullOrEmpty(key)
        && key.Length <= MaxSubscriberKeyLength
        && !key.Any(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c) || char.IsWhiteSpace(c));

    public static void ThrowIfInvalidSubscriberKey(string? key)
    {
        if (!IsValidSubscriberKey(key))
        {
            throw new ArgumentException("The subscriber key is not a valid table key (1-200 characters, none of / \\ # ? | or spaces).", nameof(key));
        }
    }
}
