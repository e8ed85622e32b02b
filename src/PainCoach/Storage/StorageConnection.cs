using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace PainCoach.Storage;

/// <summary>
/// Reads <c>AzureWebJobsStorage</c> the way the Functions host does: either a connection string
/// (Azurite, <c>UseDevelopmentStorage=true</c>) or identity-based settings
/// (<c>AzureWebJobsStorage__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>).
/// The app's tables live in the same account as the host's storage.
/// </summary>
public static class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>Builds the table client (its tables re-create themselves when storage lost them), or throws <see cref="InvalidOperationException"/> with a one-line reason.</summary>
    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        options ??= DefaultClientOptions();
        var section = configuration.GetSection(SettingName);

        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            try
            {
                return new RecreatingTableServiceClient(section.Value, options);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                // The message must not echo the value: it carries the account key.
                throw new InvalidOperationException($"{SettingName} is not a valid storage connection string ({ex.GetType().Name}).", ex);
            }
        }

        var tableServiceUri = section["tableServiceUri"];
        if (!string.IsNullOrWhiteSpace(tableServiceUri))
        {
            if (!Uri.TryCreate(tableServiceUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidOperationException($"{SettingName}__tableServiceUri must be an absolute http(s) URL.");
            }

            return new RecreatingTableServiceClient(uri, CreateCredential(section), options);
        }

        throw new InvalidOperationException(
            $"{SettingName} is not set: give a connection string (UseDevelopmentStorage=true for Azurite) or {SettingName}__tableServiceUri.");
    }

    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        var kind = section["credential"];
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        // Developer machines: az login, Visual Studio, environment credentials.
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static TableClientOptions DefaultClientOptions()
    {
        var options = new TableClientOptions();
        // Fail fast enough that a health probe or an HTTP request is not held for a minute.
        options.Retry.MaxRetries = 3;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
