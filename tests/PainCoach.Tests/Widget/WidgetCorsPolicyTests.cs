using Microsoft.Extensions.Options;
using PainCoach.Widget;

namespace PainCoach.Tests.Widget;

public sealed class WidgetCorsPolicyTests
{
    private static readonly string[] Post = ["POST"];

    private readonly WidgetCorsPolicy policy = new(Options.Create(new WidgetOptions { AllowedOrigins = "https://Clinic.example, http://localhost:5173" }));

    [Theory]
    [InlineData("https://clinic.example")]
    [InlineData("HTTPS://CLINIC.EXAMPLE")]
    [InlineData("https://clinic.example:443")]
    [InlineData("http://localhost:5173")]
    public void A_listed_origin_in_any_case_or_with_its_default_port_is_allowed(string origin)
    {
        var answer = policy.Decide(origin, "GET", null, null, Post);
        Assert.False(answer.IsPreflight);
        Assert.StartsWith(answer.Headers["Access-Control-Allow-Origin"], origin, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("https://clinic.example.evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("http://clinic.example")]
    [InlineData("https://clinic.example:8443")]
    [InlineData("http://localhost:5174")]
    [InlineData("https://clinic.example, https://evil.example")]
    [InlineData("https://clinic.example/")]
    public void Any_other_origin_gets_no_CORS_headers_only_Vary(string? origin)
    {
        var answer = policy.Decide(origin, "GET", null, null, Post);
        Assert.Equal(["Vary"], answer.Headers.Keys);
    }

    [Fact]
    public void A_preflight_is_allowed_only_for_the_route_methods_and_the_content_type_header()
    {
        var ok = policy.Decide("https://clinic.example", "OPTIONS", "POST", "Content-Type", Post);
        Assert.True(ok.IsPreflight);
        Assert.Equal("POST", ok.Headers["Access-Control-Allow-Methods"]);
        Assert.Equal("Content-Type", ok.Headers["Access-Control-Allow-Headers"]);
        Assert.Equal("600", ok.Headers["Access-Control-Max-Age"]);

        Assert.False(policy.Decide("https://clinic.example", "OPTIONS", "DELETE", null, Post).Headers.ContainsKey("Access-Control-Allow-Origin"));
        Assert.False(policy.Decide("https://clinic.example", "OPTIONS", "POST", "content-type, x-functions-key", Post).Headers.ContainsKey("Access-Control-Allow-Origin"));
        Assert.False(policy.Decide("https://clinic.example", "OPTIONS", "POST", null, Post).Headers.ContainsKey("Access-Control-Allow-Credentials"));
    }
}
