using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PainCoach.Sms;

namespace PainCoach.Functions.Sms;

/// <summary>Twilio's inbound-message webhook: signed form in, TwiML out.</summary>
public sealed class SmsInbound(TwilioWebhook webhook)
{
    [Function(nameof(SmsInbound))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sms/inbound")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (webhookRequest, problem) = await TwilioWebhookTransport.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TwilioWebhookTransport.ToActionResult(await webhook.HandleInboundAsync(webhookRequest!, cancellationToken));
    }
}
