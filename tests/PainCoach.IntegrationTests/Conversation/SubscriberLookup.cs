using Microsoft.Extensions.DependencyInjection;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>Reads what the server stored, through its own repository on Azurite.</summary>
internal static class SubscriberLookup
{
    public static async Task<Subscriber?> LoadAsync(IServiceProvider services, string phone)
    {
        var stored = await Repository(services).GetAsync(KeyFor(services, phone), CancellationToken.None);
        return stored?.Value;
    }

    public static Task<int> CountRowsAsync(IServiceProvider services, string phone) =>
        Repository(services).CountRowsAsync(KeyFor(services, phone), CancellationToken.None);

    public static async Task<DeliveryRecord?> DeliveryAsync(IServiceProvider services, string phone, string sid) =>
        (await Repository(services).GetDeliveryAsync(KeyFor(services, phone), sid, CancellationToken.None))?.Value;

    public static string KeyFor(IServiceProvider services, string phone) =>
        services.GetRequiredService<SubscriberKeys>().For(PhoneNumberReader.TryRead(phone, "US")!);

    private static SubscriberRepository Repository(IServiceProvider services) => services.GetRequiredService<SubscriberRepository>();
}
