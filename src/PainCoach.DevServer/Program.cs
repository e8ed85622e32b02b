using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PainCoach.DevServer;

try
{
    if (LocalCommands.Handles(args))
    {
        return await LocalCommands.RunAsync(args, Console.Out);
    }

    var app = DevServerApp.Build(args);
    app.Lifetime.ApplicationStarted.Register(() => PrintUrls(app));
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is DevServerConfigurationException or OptionsValidationException)
{
    // One line, so a broken setting is obvious in a terminal or a CI log.
    var message = ex is OptionsValidationException options ? string.Join(" ", options.Failures) : ex.Message;
    await Console.Error.WriteLineAsync($"PainCoach.DevServer: configuration error: {message.ReplaceLineEndings(" ")}");
    return 2;
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Kestrel's "Failed to bind to address http://127.0.0.1:7071: address already in use."
    await Console.Error.WriteLineAsync($"PainCoach.DevServer: cannot start: {ex.Message.TrimEnd('.')}; stop what holds the port or pass --urls with another one.");
    return 2;
}

static void PrintUrls(WebApplication app)
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    var baseUrl = addresses.FirstOrDefault()?.TrimEnd('/') ?? DevServerOptions.DefaultUrl;
    var catalog = app.Services.GetRequiredService<FunctionCatalog>();
    var routePrefix = app.Services.GetRequiredService<HttpRoutePrefix>().Value;
    Console.WriteLine();
    Console.WriteLine("PainCoach DevServer is running. Functions:");
    foreach (var function in catalog.Http)
    {
        var methods = function.Methods.Count == 0 ? "ANY" : string.Join(",", function.Methods);
        Console.WriteLine($"  {function.Name}: [{methods}] {baseUrl}{HttpFunctionEndpoints.RoutePattern(routePrefix, function.Route)}");
    }

    foreach (var loop in app.Services.GetRequiredService<TimerFunctionScheduler>().Loops)
    {
        Console.WriteLine($"  {loop.Timer.Function.Name}: timer '{loop.Timer.Expression}' (UTC)");
    }

    Console.WriteLine($"Try: curl {baseUrl}{HttpFunctionEndpoints.RoutePattern(routePrefix, "health")}");
    if (catalog.Http.FirstOrDefault(f => f.Name == "WidgetDemo") is { } demo)
    {
        Console.WriteLine($"Widget demo page (open it in a browser): {baseUrl}{HttpFunctionEndpoints.RoutePattern(routePrefix, demo.Route)}");
    }

    Console.WriteLine("Press Ctrl+C to stop.");
}
