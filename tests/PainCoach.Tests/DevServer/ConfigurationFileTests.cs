using PainCoach.DevServer;

namespace PainCoach.Tests.DevServer;

public sealed class ConfigurationFileTests
{
    [Fact]
    public void Local_settings_values_nest_on_double_underscores_like_environment_variables()
    {
        const string json = """
            { "IsEncrypted": false,
              "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true", "Twilio__AccountSid": "AC1", "PainCoach__Quiet": 8 } }
            """;

        var values = LocalSettings.Parse(json, "local.settings.json");

        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
        Assert.Equal("AC1", values["Twilio:AccountSid"]);
        Assert.Equal("8", values["PainCoach:Quiet"]);
    }

    [Fact]
    public void Malformed_local_settings_name_the_file_and_line()
    {
        var error = Assert.Throws<DevServerConfigurationException>(() => LocalSettings.Parse("{\n \"Values\": {\n \"A\": }", "x/local.settings.json"));

        Assert.StartsWith("x/local.settings.json is not valid JSON (line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_settings_values_must_be_scalars()
    {
        var error = Assert.Throws<DevServerConfigurationException>(() => LocalSettings.Parse("""{ "Values": { "A": { "B": 1 } } }""", "ls.json"));

        Assert.Contains("\"A\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "api" } } }""", "api")]
    [InlineData("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "/v1/" } } }""", "v1")]
    [InlineData("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "" } } }""", "")]
    [InlineData("""{ "version": "2.0" }""", "api")]
    public void The_route_prefix_comes_from_host_json_with_the_functions_default(string json, string expected)
    {
        Assert.Equal(expected, HostJson.ParseRoutePrefix(json, "host.json"));
    }

    [Theory]
    [InlineData("api", "health", "/api/health")]
    [InlineData("", "health", "/health")]
    [InlineData("api", "/subscriptions/{phone}", "/api/subscriptions/{phone}")]
    public void Route_patterns_join_prefix_and_route(string prefix, string route, string expected)
    {
        Assert.Equal(expected, HttpFunctionEndpoints.RoutePattern(prefix, route));
    }
}
