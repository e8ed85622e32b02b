namespace PainCoach.Widget;

/// <summary>Settings under <c>PainCoach__Widget__*</c>: which web sites may call the app from a browser.</summary>
public sealed class WidgetOptions
{
    public const string SectionName = "PainCoach:Widget";

    /// <summary>
    /// Origins (<c>https://clinic.example</c>) whose pages may call the widget's routes, separated by commas,
    /// semicolons or spaces. Empty: only pages served by the app itself (the demo page) can use it.
    /// </summary>
    public string? AllowedOrigins { get; set; }
}
