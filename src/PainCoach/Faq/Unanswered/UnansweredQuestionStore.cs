using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using PainCoach.Storage;

namespace PainCoach.Faq.Unanswered;

/// <summary>
/// The <c>FaqUnanswered</c> table: questions the FAQ could not answer, kept <see cref="Lifetime"/> (30 days) for the
/// clinic. Table Storage has no time-to-live, so the partition is the UTC day the question was asked
/// (<c>yyyyMMdd</c>) and the row key sorts newest first within it. Old rows are found by one range query on the
/// partition key (<c>PartitionKey lt</c> the first kept day) and deleted in batches of up to 100 per partition;
/// listing reads only the kept days and drops anything older than 30 days to the minute.
/// </summary>
public sealed class UnansweredQuestionStore(TableServiceClient service, TimeProvider time, ILogger<UnansweredQuestionStore> logger)
{
    public const string TableName = "FaqUnanswered";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>Listing reads at most this many rows (the newest), so a flood of questions cannot make it slow.</summary>
    public const int MaxRowsListed = 5000;

    private readonly TablesOnce created = new(service.GetTableClient(TableName));
    private long lastPrunedDay = -1;

    private TableClient Table => service.GetTableClient(TableName);

    public async Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await EnsureCreatedAsync(cancellationToken);
        var entity = new TableEntity(DayKey(question.AskedAt), NewestFirstRowKey(question.AskedAt))
        {
            ["Text"] = question.Text,
            ["AskedAt"] = question.AskedAt,
        };
        await Table.AddEntityAsync(entity, cancellationToken);
    }

    /// <summary>
    /// Prunes once per UTC day per instance (the first call of a day), which keeps the table at 30 days without a
    /// timer; returns how many rows were deleted. A failed prune is tried again on the next call.
    /// </summary>
    public async Task<int> PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var today = time.GetUtcNow().UtcDateTime.Date.Ticks;
        var previous = Interlocked.Exchange(ref lastPrunedDay, today);
        if (previous == today)
        {
            return 0;
        }

        try
        {
            return await PruneAsync(cancellationToken);
        }
        catch
        {
            Interlocked.CompareExchange(ref lastPrunedDay, previous, today);
            throw;
        }
    }

    /// <summary>The questions of the last 30 days, newest first (at most <see cref="MaxRowsListed"/>).</summary>
    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var cutoff = time.GetUtcNow() - Lifetime;
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {DayKey(cutoff)} and AskedAt ge {cutoff}");
        var questions = new List<UnansweredQuestion>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Text", "AskedAt"], cancellationToken: cancellationToken))
        {
            if (entity.GetDateTimeOffset("AskedAt") is { } askedAt && askedAt >= cutoff && entity.GetString("Text") is { } text)
            {
                questions.Add(new UnansweredQuestion(text, askedAt));
            }
        }

        return [.. questions.OrderByDescending(q => q.AskedAt).Take(MaxRowsListed)];
    }

    /// <summary>Deletes every row of the days before the 30-day window; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var firstKeptDay = DayKey(time.GetUtcNow() - Lifetime);
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {firstKeptDay}");
        var batch = new List<TableTransactionAction>();
        string? partition = null;
        var deleted = 0;
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (batch.Count == 100 || (partition is not null && entity.PartitionKey != partition))
            {
                deleted += await SubmitAsync(batch, cancellationToken);
            }

            partition = entity.PartitionKey;
            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All));
        }

        deleted += await SubmitAsync(batch, cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("FAQ unanswered questions: pruned {Count} rows older than {Days} days", deleted, Lifetime.TotalDays);
        }

        return deleted;
    }

    internal static string DayKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Inverted ticks (newest first) and a random suffix, so two questions in the same tick never collide.</summary>
    internal static string NewestFirstRowKey(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<int> SubmitAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var count = batch.Count;
        await Table.SubmitTransactionAsync(batch, cancellationToken);
        batch.Clear();
        return count;
    }

    /// <summary>Creates the table once; a failure (storage down) is not remembered, so the next call tries again.</summary>
    private Task EnsureCreatedAsync(CancellationToken cancellationToken) => created.EnsureCreatedAsync(cancellationToken);
}
