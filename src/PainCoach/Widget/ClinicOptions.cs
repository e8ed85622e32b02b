namespace PainCoach.Widget;

/// <summary>
/// Settings under <c>PainCoach__Clinic__*</c>: who the widget sends people to. Each triage level ends with the
/// clinic's own next step (call, book, or the emergency number), so these are checked at start
/// (<see cref="ClinicOptionsValidator"/>) rather than shown broken to a patient.
/// </summary>
public sealed class ClinicOptions
{
    public const string SectionName = "PainCoach:Clinic";

    /// <summary>The clinic's name as patients know it; null shows "your clinic".</summary>
    public string? Name { get; set; }

    /// <summary>The clinic's phone, international or in the national form of <c>PainCoach__Sms__DefaultRegion</c>.</summary>
    public string? Phone { get; set; }

    /// <summary>Where patients book a visit: an absolute https URL (http only outside Azure, for local sites).</summary>
    public string? BookingUrl { get; set; }

    /// <summary>The number to call in an emergency; 2 to 6 digits.</summary>
    public string EmergencyNumber { get; set; } = "911";

    /// <summary>The number people text <c>JOIN HEEL</c> to, when it is not <c>Twilio__FromNumber</c> (a Messaging Service's number).</summary>
    public string? SmsNumber { get; set; }
}
