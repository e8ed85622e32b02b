using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Widget;

/// <summary>A phone number as a link (<c>tel:</c> E.164) and as people read it.</summary>
public sealed record PhoneLink(
    [property: JsonPropertyName("tel")] string Tel,
    [property: JsonPropertyName("display")] string Display);

public sealed record ClinicSettings(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("phone")] PhoneLink? Phone,
    [property: JsonPropertyName("bookingUrl")] string? BookingUrl,
    [property: JsonPropertyName("emergencyNumber")] string EmergencyNumber);

/// <summary>The SMS program as the widget offers it: the number, and the keyword for each program.</summary>
public sealed record SmsSettings(
    [property: JsonPropertyName("number")] PhoneLink Number,
    [property: JsonPropertyName("join")] IReadOnlyDictionary<string, string> Join);

/// <summary>
/// What the browser needs to know about this clinic, written into <c>widget.js</c> when it is served (so the widget
/// needs no second request before it can show anything). Only what is public anyway: no secrets, no settings names.
/// </summary>
public sealed record WidgetSettings(
    [property: JsonPropertyName("clinic")] ClinicSettings Clinic,
    [property: JsonPropertyName("sms")] SmsSettings? Sms)
{
    /// <summary>The SMS contract's sign-up keyword (docs/api.md, SMS conversation).</summary>
    public const string JoinKeyword = "JOIN";

    public static WidgetSettings From(ClinicOptions clinic, TwilioOptions twilio, SubscriberOptions subscribers)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(subscribers);
        var region = subscribers.DefaultRegion;
        var smsNumber = Link(string.IsNullOrWhiteSpace(clinic.SmsNumber) ? twilio.FromNumber : clinic.SmsNumber, region);
        return new WidgetSettings(
            new ClinicSettings(
                string.IsNullOrWhiteSpace(clinic.Name) ? null : clinic.Name.Trim(),
                Link(clinic.Phone, region),
                string.IsNullOrWhiteSpace(clinic.BookingUrl) ? null : new Uri(clinic.BookingUrl.Trim()).AbsoluteUri,
                clinic.EmergencyNumber),
            smsNumber is null
                ? null
                : new SmsSettings(smsNumber, Enum.GetValues<BodyArea>().ToDictionary(a => a.ToContractName(), a => $"{JoinKeyword} {a.ToContractName().ToUpperInvariant()}")));
    }

    private static PhoneLink? Link(string? number, string region) =>
        PhoneNumberReader.TryRead(number, region) is { } read ? new PhoneLink(read.Value, PhoneNumberReader.FormatForReading(read, region)) : null;

    public static WidgetSettings From(IOptions<ClinicOptions> clinic, IOptions<TwilioOptions> twilio, IOptions<SubscriberOptions> subscribers)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(subscribers);
        return From(clinic.Value, twilio.Value, subscribers.Value);
    }
}
