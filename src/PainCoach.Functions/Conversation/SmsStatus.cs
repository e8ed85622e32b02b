using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Conversation;

namespace PainCoach.Functions.Conversation;

/// <summary>Twilio's delivery-status callback, signed like the inbound webhook.</summary>
public sealed class SmsStatus(TwilioWebhook webhook)
{
    [Function(nameof(SmsStatus))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sms/status")] HttpRequest request,
        CancellationToken cancellationToken) =>
        TwilioWebhookTransport.HandleAsync(request, webhook.HandleStatusAsync, cancellationToken);
}
