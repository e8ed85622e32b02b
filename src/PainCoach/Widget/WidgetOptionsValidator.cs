using Microsoft.Extensions.Options;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Widget;

/// <summary>Every allowed origin must be an origin (<c>https://clinic.example</c>), by the one rule of <see cref="WebAddresses"/>.</summary>
public sealed class WidgetOptionsValidator(bool inAzure) : IValidateOptions<WidgetOptions>
{
    public static IEnumerable<string> SplitOrigins(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public ValidateOptionsResult Validate(string? name, WidgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var entry in SplitOrigins(options.AllowedOrigins))
        {
            var origin = WebAddresses.TryReadOrigin(entry);
            if (origin is null || !WebAddresses.IsAcceptable(new Uri(origin), inAzure))
            {
                failures.Add($"PainCoach__Widget__AllowedOrigins: '{entry}' is not an origin such as https://clinic.example (scheme and host, no path; http only outside Azure or on localhost).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>The clinic's phone numbers read as phone numbers, the booking URL by <see cref="WebAddresses"/>, the emergency number as 2–6 digits.</summary>
public sealed class ClinicOptionsValidator(IOptions<SubscriberOptions> subscribers, bool inAzure) : IValidateOptions<ClinicOptions>
{
    public ValidateOptionsResult Validate(string? name, ClinicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        string? region;
        try
        {
            region = subscribers.Value.DefaultRegion;
        }
        catch (OptionsValidationException)
        {
            // The SMS settings are wrong themselves and stop the host with their own message; the numbers here
            // cannot be read without their region, so they are checked once those are right.
            region = null;
        }

        if (!string.IsNullOrWhiteSpace(options.Name) && (options.Name.Trim().Length is < 2 or > 60))
        {
            failures.Add("PainCoach__Clinic__Name must be 2 to 60 characters.");
        }

        if (region is not null && !string.IsNullOrWhiteSpace(options.Phone) && PhoneNumberReader.TryRead(options.Phone, region) is null)
        {
            failures.Add($"PainCoach__Clinic__Phone is not a phone number (international, e.g. +13125550100, or national for region {region}).");
        }

        if (region is not null && !string.IsNullOrWhiteSpace(options.SmsNumber) && PhoneNumberReader.TryRead(options.SmsNumber, region) is null)
        {
            failures.Add($"PainCoach__Clinic__SmsNumber is not a phone number (international, e.g. +13125550100, or national for region {region}).");
        }

        if (!string.IsNullOrWhiteSpace(options.BookingUrl)
            && !(Uri.TryCreate(options.BookingUrl.Trim(), UriKind.Absolute, out var booking) && WebAddresses.IsAcceptable(booking, inAzure)))
        {
            failures.Add("PainCoach__Clinic__BookingUrl must be an absolute https URL (http only outside Azure or on localhost).");
        }

        if (options.EmergencyNumber is not { Length: >= 2 and <= 6 } emergency || !emergency.All(char.IsAsciiDigit))
        {
            failures.Add("PainCoach__Clinic__EmergencyNumber must be 2 to 6 digits, such as 911.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
