namespace PainCoach;

/// <summary>
/// A <see cref="DateTime"/> whose kind an outside library leaves loose (Twilio's message dates, the Functions host's
/// schedule status), as an instant: a local time is converted, an unspecified one is read as UTC.
/// </summary>
internal static class UtcInstant
{
    public static DateTimeOffset From(DateTime value) => value.Kind == DateTimeKind.Local
        ? new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero)
        : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);
}
