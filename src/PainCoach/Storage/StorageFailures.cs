using System.Globalization;
using Azure;

namespace PainCoach.Storage;

/// <summary>
/// The one rule for "Table Storage is down or refusing", used by every caller that answers 503 or stops a run
/// instead of failing with a 500: a request failure, a network error, a timeout (also the HTTP pipeline's, which
/// arrives as a cancellation caused by a <see cref="TimeoutException"/>), or an aggregate made only of these.
/// </summary>
/// <remarks>
/// Two rules used to disagree: the web side accepted <see cref="System.Net.Sockets.SocketException"/> and checked
/// every part of an aggregate; the reminder engine looked only at an aggregate's first part and knew the pipeline's
/// timeout. This one takes the union, and an aggregate counts only when every part of it is a storage failure, so a
/// bug travelling in the same aggregate is not hidden as an outage (docs/reminders.md, "Storage failures").
/// </remarks>
public static class StorageFailures
{
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or System.Net.Sockets.SocketException or TimeoutException => true,
        OperationCanceledException { InnerException: TimeoutException } => true,
        AggregateException { InnerExceptions.Count: > 0 } aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };

    /// <summary>A short reason for logs: the status and error code, "unreachable", or the exception's type name.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => "unreachable",
        RequestFailedException failed => failed.Status.ToString(CultureInfo.InvariantCulture) + " " + (failed.ErrorCode ?? string.Empty),
        _ => exception?.GetType().Name ?? "unknown",
    };
}
