using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Sms;

namespace PainCoach.Functions.Sms;

/// <summary>Twilio's delivery-status callback, signed like the inbound webhook.</summary>
public sealed class SmsStatus(TwilioWebhook webhook)
{
    [Function(nameof(SmsStatus))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sms/status")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (webhookRequest, problem) = await TwilioWebhookTransport.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TwilioWebhookTransport.ToActionResult(await webhook.HandleStatusAsync(webhookRequest!, cancellationToken));
    }
}
