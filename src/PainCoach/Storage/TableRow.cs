using Azure;
using Azure.Data.Tables;

namespace PainCoach.Storage;

/// <summary>The keys and concurrency stamp every typed Table Storage row carries; typed rows add their columns.</summary>
public abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
