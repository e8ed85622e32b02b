using PainCoach.DevServer;
using PainCoach.Functions.Health;
using PainCoach.Functions.Reminders;

namespace PainCoach.Tests.DevServer;

public sealed class FunctionCatalogTests
{
    [Fact]
    public void Http_functions_keep_their_route_and_methods()
    {
        var catalog = FunctionCatalog.Discover([typeof(SampleHttpFunctions)]);

        var echo = Assert.Single(catalog.Http, f => f.Name == "Echo");
        Assert.Equal("echo/{id:int}", echo.Route);
        Assert.Equal(["GET", "POST"], echo.Methods);
    }

    [Fact]
    public void An_http_function_without_a_route_is_served_at_its_name_for_every_method()
    {
        var catalog = FunctionCatalog.Discover([typeof(SampleHttpFunctions)]);

        var noRoute = Assert.Single(catalog.Http, f => f.Name == "NoRoute");
        Assert.Equal("NoRoute", noRoute.Route);
        Assert.Empty(noRoute.Methods);
    }

    [Fact]
    public void The_functions_assembly_declares_health_and_the_reminder_timer()
    {
        var catalog = FunctionCatalog.Discover(typeof(HealthCheck).Assembly);

        var health = Assert.Single(catalog.Http, f => f.Name == nameof(HealthCheck));
        Assert.Equal("health", health.Route);
        Assert.Equal(["GET"], health.Methods);
        var timer = Assert.Single(catalog.Timers, f => f.Name == nameof(ReminderTimer));
        Assert.Equal("%REMINDER_SCHEDULE%", timer.Schedule);
    }

    [Theory]
    [InlineData(typeof(FunctionWithUnbindableParameter), "parameter 'body'")]
    [InlineData(typeof(FunctionWithRouteParameterNotInRoute), "parameter 'phone'")]
    [InlineData(typeof(FunctionWithUnsupportedReturn), "returns String")]
    public void Functions_the_devserver_cannot_call_are_refused_at_start(Type functionClass, string expected)
    {
        var error = Assert.Throws<DevServerConfigurationException>(() => FunctionCatalog.Discover([functionClass]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_functions_with_one_name_are_refused()
    {
        var error = Assert.Throws<DevServerConfigurationException>(() => FunctionCatalog.Discover([typeof(DuplicateNameA), typeof(DuplicateNameB)]));

        Assert.Contains("'Same'", error.Message, StringComparison.Ordinal);
    }
}
