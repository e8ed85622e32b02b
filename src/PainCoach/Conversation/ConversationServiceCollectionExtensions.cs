using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainCoach.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The SMS conversation: keyword rules, texts, the exactly-once message loop and Twilio's two webhooks.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.TryAddSingleton<SmsTexts>();
        services.TryAddSingleton<ConversationRules>();
        services.TryAddSingleton<SmsConversation>();
        services.TryAddSingleton<DeliveryStatusCallbacks>();
        services.TryAddSingleton<TwilioWebhook>();
        services.AddHostedService<PendingOptOutWriter>();
        return services;
    }
}
