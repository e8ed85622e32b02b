using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace PainCoach.Storage;

/// <summary>
/// The app's <see cref="TableServiceClient"/>: its table clients re-create their table when storage says it is gone
/// (see <see cref="RecreatingTableClient"/>). <see cref="TablesOnce"/> creates tables once per process, so an empty
/// storage that comes back on the same address (an emulator restarted, an account recreated) used to leave every
/// write failing with <c>TableNotFound</c> until the process restarted (issue 15).
/// </summary>
public sealed class RecreatingTableServiceClient : TableServiceClient
{
    private readonly Func<string, TableClient> create;
    private readonly ConcurrentDictionary<string, TableClient> clients = new(StringComparer.Ordinal);

    public RecreatingTableServiceClient(string connectionString, TableClientOptions options)
        : base(connectionString, options) =>
        create = name => new RecreatingTableClient(connectionString, name, options);

    public RecreatingTableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions options)
        : base(endpoint, credential, options) =>
        create = name => new RecreatingTableClient(endpoint, name, credential, options);

    public override TableClient GetTableClient(string tableName) => clients.GetOrAdd(tableName, create);
}

/// <summary>
/// A table client that answers <c>TableNotFound</c> by creating the table and trying the operation once more; a
/// query of a missing table creates it and finds nothing (a new table is empty). Every other failure is the
/// caller's, as before. The one rule for "the table went away", so no store has to remember it.
/// </summary>
public sealed class RecreatingTableClient : TableClient
{
    public RecreatingTableClient(string connectionString, string tableName, TableClientOptions options)
        : base(connectionString, tableName, options)
    {
    }

    public RecreatingTableClient(Uri endpoint, string tableName, TokenCredential credential, TableClientOptions options)
        : base(endpoint, tableName, credential, options)
    {
    }

    /// <summary>Storage's answer when the table itself (not a row) does not exist.</summary>
    public static bool IsTableNotFound(Exception exception) =>
        exception is RequestFailedException { Status: 404, ErrorCode: "TableNotFound" };

    public override Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.AddEntityAsync(entity, cancellationToken), cancellationToken);

    public override Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.UpsertEntityAsync(entity, mode, cancellationToken), cancellationToken);

    public override Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken), cancellationToken);

    public override Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken), cancellationToken);

    public override Task<Response> DeleteEntityAsync(ITableEntity entity, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.DeleteEntityAsync(entity, ifMatch, cancellationToken), cancellationToken);

    public override Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken), cancellationToken);

    public override Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        AgainIfMissingAsync(() => base.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken), cancellationToken);

    public override Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        // Read once: the actions may be a lazy sequence, and a retry must send the same ones.
        var actions = transactionActions?.ToList() ?? throw new ArgumentNullException(nameof(transactionActions));
        return AgainIfMissingAsync(() => base.SubmitTransactionAsync(actions, cancellationToken), cancellationToken);
    }

    public override AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        new EmptyIfMissing<T>(base.QueryAsync<T>(filter, maxPerPage, select, cancellationToken), this, cancellationToken);

    public override AsyncPageable<T> QueryAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> filter, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        new EmptyIfMissing<T>(base.QueryAsync(filter, maxPerPage, select, cancellationToken), this, cancellationToken);

    private async Task<TResult> AgainIfMissingAsync<TResult>(Func<Task<TResult>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (IsTableNotFound(ex))
        {
            await CreateIfNotExistsAsync(cancellationToken);
            return await operation();
        }
    }

    /// <summary>Pages of a query; when the table is missing, it is created and the query has found nothing.</summary>
    private sealed class EmptyIfMissing<T>(AsyncPageable<T> inner, TableClient table, CancellationToken cancellationToken) : AsyncPageable<T>(cancellationToken)
        where T : notnull
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            await using var pages = inner.AsPages(continuationToken, pageSizeHint).GetAsyncEnumerator(CancellationToken);
            while (true)
            {
                try
                {
                    if (!await pages.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (IsTableNotFound(ex))
                {
                    await table.CreateIfNotExistsAsync(CancellationToken);
                    yield break;
                }

                yield return pages.Current;
            }
        }
    }
}
