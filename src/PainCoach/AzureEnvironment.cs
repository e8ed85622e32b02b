using Microsoft.Extensions.Configuration;

namespace PainCoach;

/// <summary>Whether the host runs in Azure, read from configuration (never from the process environment directly).</summary>
public static class AzureEnvironment
{
    /// <summary>App Service / Functions set these in Azure and never on a developer machine (Core Tools does not).</summary>
    private static readonly string[] Markers = ["WEBSITE_INSTANCE_ID", "WEBSITE_SITE_NAME", "CONTAINER_APP_NAME"];

    /// <summary>True when the host runs in Azure (App Service, Functions, Container Apps).</summary>
    public static bool IsRunningInAzure(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Markers.Any(name => !string.IsNullOrWhiteSpace(configuration[name]));
    }
}
