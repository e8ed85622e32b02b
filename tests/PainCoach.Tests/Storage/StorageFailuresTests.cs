using System.Net.Sockets;
using Azure;
using PainCoach.Storage;

namespace PainCoach.Tests.Storage;

/// <summary>The one rule for "storage is down": what answers 503 on the web side and stops a reminder run.</summary>
public sealed class StorageFailuresTests
{
    public static TheoryData<string, Exception, bool> Cases() => new()
    {
        { "request failed", new RequestFailedException(503, "busy"), true },
        { "no connection", new HttpRequestException("refused"), true },
        { "socket", new SocketException((int)SocketError.ConnectionRefused), true },
        { "timeout", new TimeoutException(), true },
        { "pipeline timeout", new TaskCanceledException("timed out", new TimeoutException()), true },
        { "all parts storage", new AggregateException(new RequestFailedException(500, "x"), new HttpRequestException()), true },
        { "a bug beside an outage", new AggregateException(new RequestFailedException(500, "x"), new InvalidOperationException()), false },
        { "a bug first", new AggregateException(new InvalidOperationException(), new RequestFailedException(500, "x")), false },
        { "empty aggregate", new AggregateException(), false },
        { "caller cancelled", new OperationCanceledException(), false },
        { "a bug", new InvalidOperationException(), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_failures_of_storage_itself_count(string name, Exception exception, bool expected)
    {
        Assert.True(expected == StorageFailures.IsStorageFailure(exception), name);
    }

    [Fact]
    public void The_reason_in_logs_is_the_status_or_the_type_never_the_message()
    {
        Assert.Equal("unreachable", StorageFailures.Describe(new RequestFailedException(0, "secret host name")));
        Assert.Equal("503 ServerBusy", StorageFailures.Describe(new RequestFailedException(503, "secret", "ServerBusy", null)));
        Assert.Equal("TimeoutException", StorageFailures.Describe(new TimeoutException("secret")));
    }
}
