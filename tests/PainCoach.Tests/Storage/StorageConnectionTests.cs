using Microsoft.Extensions.Configuration;
using PainCoach.Storage;

namespace PainCoach.Tests.Storage;

public sealed class StorageConnectionTests
{
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Development_storage_points_at_the_local_emulator()
    {
        var client = StorageConnection.CreateTableServiceClient(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("devstoreaccount1", client.AccountName);
        Assert.Equal(10002, client.Uri.Port);
    }

    [Fact]
    public void A_full_connection_string_uses_its_table_endpoint()
    {
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};TableEndpoint=http://127.0.0.1:41234/devstoreaccount1;";

        var client = StorageConnection.CreateTableServiceClient(Settings(("AzureWebJobsStorage", connection)));

        Assert.Equal(41234, client.Uri.Port);
    }

    [Fact]
    public void Identity_based_settings_use_the_table_service_uri()
    {
        var client = StorageConnection.CreateTableServiceClient(Settings(
            ("AzureWebJobsStorage:tableServiceUri", "https://stpaincoach.table.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        Assert.Equal("stpaincoach", client.AccountName);
    }

    [Fact]
    public void Missing_storage_settings_say_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.CreateTableServiceClient(Settings()));

        Assert.Contains("UseDevelopmentStorage=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_echoing_it()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => StorageConnection.CreateTableServiceClient(Settings(("AzureWebJobsStorage", "AccountKey=secret-key-value;nonsense"))));

        Assert.DoesNotContain("secret-key-value", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("AzureWebJobsStorage is not a valid storage connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_table_service_uri_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => StorageConnection.CreateTableServiceClient(Settings(("AzureWebJobsStorage:tableServiceUri", "stpaincoach"))));

        Assert.Contains("tableServiceUri", error.Message, StringComparison.Ordinal);
    }
}
