using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.Widget;

/// <summary>
/// A DevServer as a clinic would configure it for the widget: its name, phone, booking page and SMS number, and one
/// allowed origin (a loopback port where the browser tests serve a clinic page of their own). It shares the
/// collection's Azurite.
/// </summary>
internal static class WidgetServer
{
    public const string ClinicName = "Riverside Foot and Back Clinic";
    public const string ClinicPhone = "+13125550100";
    public const string SmsNumber = "+13125550199";
    public const string BookingUrl = "https://riverside.example/book";

    /// <summary>Starts it on the collection's Azurite, or on <paramref name="storage"/> when given.</summary>
    public static Task<RunningDevServer> StartAsync(DevServerFixture fixture, string allowedOrigin, string? storage = null)
    {
        var settings = fixture.Settings();
        if (storage is not null)
        {
            settings["AzureWebJobsStorage"] = storage;
        }

        settings["PainCoach:Clinic:Name"] = ClinicName;
        settings["PainCoach:Clinic:Phone"] = ClinicPhone;
        settings["PainCoach:Clinic:BookingUrl"] = BookingUrl;
        settings["PainCoach:Clinic:SmsNumber"] = SmsNumber;
        settings["PainCoach:Widget:AllowedOrigins"] = allowedOrigin;
        return RunningDevServer.StartAsync(settings, fixture.Time);
    }
}
