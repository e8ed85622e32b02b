using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PainCoach;
using PainCoach.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();

// Requests, dependencies, traces and exceptions: the Application Insights worker SDK.
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();

// The app's own counters (System.Diagnostics.Metrics) go to the same Application Insights resource through
// OpenTelemetry, since the 2.x SDK does not read meters. Locally MetricsLogReporter logs them instead.
var appInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
if (!string.IsNullOrWhiteSpace(appInsights))
{
    var managedIdentityClientId = AadClientId(builder.Configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
        .AddMeter(PainCoachMetrics.MeterName)
        .AddAzureMonitorMetricExporter(exporter =>
        {
            exporter.ConnectionString = appInsights;
            if (managedIdentityClientId is not null)
            {
                exporter.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));
            }
        }));
}

builder.Services.AddPainCoach(builder.Configuration);

builder.Build().Run();

// "ClientId=<guid>;Authorization=AAD" → the identity that may publish telemetry (local auth is off).
static string? AadClientId(string? authenticationString) =>
    authenticationString?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split('=', 2))
        .Where(pair => pair.Length == 2 && pair[0].Equals("ClientId", StringComparison.OrdinalIgnoreCase))
        .Select(pair => pair[1])
        .FirstOrDefault();
