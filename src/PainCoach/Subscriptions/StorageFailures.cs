using Azure;

namespace PainCoach.Subscriptions;

/// <summary>
/// The exceptions Table Storage throws when it is down or refuses: a request failure, or (after the SDK's retries)
/// an aggregate of them, or a raw network error. Callers answer 503 for these instead of a 500.
/// </summary>
public static class StorageFailures
{
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or System.Net.Sockets.SocketException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };
}
