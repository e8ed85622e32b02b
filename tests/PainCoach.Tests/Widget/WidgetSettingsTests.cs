using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PainCoach.Conversation;
using PainCoach.Widget;

namespace PainCoach.Tests.Widget;

/// <summary>The clinic's and the widget's settings: checked at start, and what of them reaches the browser.</summary>
public sealed class WidgetSettingsTests
{
    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        settings.TryAdd("AzureWebJobsStorage", "UseDevelopmentStorage=true");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddPainCoach(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Without_settings_the_widget_names_no_clinic_calls_911_and_offers_no_SMS()
    {
        using var services = Compose([]);
        var settings = services.GetRequiredService<WidgetSettings>();

        Assert.Null(settings.Clinic.Name);
        Assert.Null(settings.Clinic.Phone);
        Assert.Null(settings.Clinic.BookingUrl);
        Assert.Equal("911", settings.Clinic.EmergencyNumber);
        Assert.Null(settings.Sms);
        Assert.Empty(services.GetRequiredService<WidgetCorsPolicy>().AllowedOrigins);
    }

    [Fact]
    public void Empty_settings_as_the_infra_passes_them_mean_none()
    {
        using var services = Compose(new()
        {
            ["PainCoach:Clinic:Name"] = "", ["PainCoach:Clinic:Phone"] = "", ["PainCoach:Clinic:BookingUrl"] = "",
            ["PainCoach:Clinic:SmsNumber"] = "", ["PainCoach:Widget:AllowedOrigins"] = "", ["Twilio:FromNumber"] = "",
        });
        var settings = services.GetRequiredService<WidgetSettings>();

        Assert.Equal(new ClinicSettings(null, null, null, "911"), settings.Clinic);
        Assert.Null(settings.Sms);
        Assert.Empty(services.GetRequiredService<WidgetCorsPolicy>().AllowedOrigins);
    }

    [Fact]
    public void The_clinic_phone_reads_as_people_write_it_and_the_SMS_number_falls_back_to_the_Twilio_sender()
    {
        using var services = Compose(new()
        {
            ["PainCoach:Clinic:Name"] = " Riverside Clinic ",
            ["PainCoach:Clinic:Phone"] = "(312) 555-0100",
            ["PainCoach:Clinic:BookingUrl"] = "https://riverside.example/book?from=widget",
            ["PainCoach:Clinic:EmergencyNumber"] = "112",
            ["Twilio:FromNumber"] = "+44 7911 123456",
        });
        var settings = services.GetRequiredService<WidgetSettings>();

        Assert.Equal("Riverside Clinic", settings.Clinic.Name);
        Assert.Equal(new PhoneLink("+13125550100", "(312) 555-0100"), settings.Clinic.Phone);
        Assert.Equal("https://riverside.example/book?from=widget", settings.Clinic.BookingUrl);
        Assert.Equal("112", settings.Clinic.EmergencyNumber);
        Assert.Equal(new PhoneLink("+447911123456", "+44 7911 123456"), settings.Sms!.Number);
    }

    [Fact]
    public void Each_join_keyword_the_widget_shows_is_one_the_SMS_conversation_reads_as_joining_that_program()
    {
        using var services = Compose(new() { ["PainCoach:Clinic:SmsNumber"] = "+13125550199" });
        var join = services.GetRequiredService<WidgetSettings>().Sms!.Join;

        Assert.Equal(BodyAreas.ContractNames, join.Keys);
        foreach (var (area, keyword) in join)
        {
            var command = Assert.IsType<SmsCommand.Join>(SmsCommandParser.Parse(keyword));
            Assert.True(BodyAreas.TryParse(area, out var expected));
            Assert.Equal(expected, command.Program);
        }
    }

    [Theory]
    [InlineData("PainCoach:Clinic:Phone", "call us", "PainCoach__Clinic__Phone")]
    [InlineData("PainCoach:Clinic:SmsNumber", "12", "PainCoach__Clinic__SmsNumber")]
    [InlineData("PainCoach:Clinic:BookingUrl", "riverside.example/book", "PainCoach__Clinic__BookingUrl")]
    [InlineData("PainCoach:Clinic:BookingUrl", "ftp://riverside.example/book", "PainCoach__Clinic__BookingUrl")]
    [InlineData("PainCoach:Clinic:BookingUrl", "javascript:alert(1)", "PainCoach__Clinic__BookingUrl")]
    [InlineData("PainCoach:Clinic:EmergencyNumber", "9-1-1", "PainCoach__Clinic__EmergencyNumber")]
    [InlineData("PainCoach:Clinic:Name", "X", "PainCoach__Clinic__Name")]
    [InlineData("PainCoach:Widget:AllowedOrigins", "https://clinic.example/page", "PainCoach__Widget__AllowedOrigins")]
    [InlineData("PainCoach:Widget:AllowedOrigins", "https://ok.example, *", "PainCoach__Widget__AllowedOrigins")]
    public void Bad_settings_stop_the_host_with_the_setting_named(string key, string value, string named)
    {
        using var services = Compose(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => (services.GetRequiredService<WidgetSettings>(), services.GetRequiredService<WidgetCorsPolicy>()));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_Azure_a_plain_http_booking_page_or_origin_is_refused_but_loopback_is_still_allowed()
    {
        Dictionary<string, string?> Azure(string key, string value) => new() { ["WEBSITE_SITE_NAME"] = "paincoach", [key] = value };

        using (var services = Compose(Azure("PainCoach:Clinic:BookingUrl", "http://riverside.example/book")))
        {
            Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ClinicOptions>>().Value);
        }

        using (var services = Compose(Azure("PainCoach:Widget:AllowedOrigins", "http://clinic.example")))
        {
            Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WidgetOptions>>().Value);
        }

        using (var services = Compose(Azure("PainCoach:Widget:AllowedOrigins", "http://localhost:5173 https://clinic.example")))
        {
            Assert.Equal(["http://localhost:5173", "https://clinic.example"], services.GetRequiredService<WidgetCorsPolicy>().AllowedOrigins.Order());
        }
    }

    [Fact]
    public void Settings_written_into_the_script_cannot_end_the_script_or_its_string()
    {
        var settings = new WidgetSettings(new ClinicSettings("</script><script>alert(1)</script>\u2028", null, null, "911"), null);
        var script = WidgetAssets.RenderScript("var SETTINGS = /*@settings*/null;", settings);

        Assert.DoesNotContain("</script>", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u2028", script, StringComparison.Ordinal);
        var json = script["var SETTINGS = ".Length..^1];
        Assert.Equal(settings.Clinic.Name, JsonDocument.Parse(json).RootElement.GetProperty("clinic").GetProperty("name").GetString());
    }
}
