using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Conversation;

namespace PainCoach.Functions.Conversation;

/// <summary>Twilio's inbound-message webhook: signed form in, TwiML out.</summary>
public sealed class SmsInbound(TwilioWebhook webhook)
{
    [Function(nameof(SmsInbound))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sms/inbound")] HttpRequest request,
        CancellationToken cancellationToken) =>
        TwilioWebhookTransport.HandleAsync(request, webhook.HandleInboundAsync, cancellationToken);
}
