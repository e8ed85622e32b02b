namespace PainCoach.Reminders;

/// <summary>Numbers in logs: country code's first digit and the last four, <c>+1******0123</c>.</summary>
public static class PhoneMask
{
    public static string Mask(string? e164)
    {
        if (string.IsNullOrEmpty(e164) || e164.Length < 7)
        {
            return "+******";
        }

        return string.Concat(e164.AsSpan(0, 2), "******", e164.AsSpan(e164.Length - 4));
    }
}
