using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PainCoach.Functions.Http;
using PainCoach.Telephony;

namespace PainCoach.Functions.Conversation;

/// <summary>Reads a Twilio webhook (form-encoded, small) and maps the library's answer to HTTP.</summary>
internal static class TwilioWebhookTransport
{
    /// <summary>Twilio's inbound form with a 1,600-character body is a few KiB; 32 KiB refuses abuse.</summary>
    public const int LimitBytes = 32 * 1024;

    public static async Task<(WebhookRequest? Request, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return (null, ProblemResults.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Twilio webhooks are application/x-www-form-urlencoded."));
        }

        if (request.ContentLength > LimitBytes)
        {
            return (null, ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The form must be at most {LimitBytes} bytes."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { ValueLengthLimit = LimitBytes, BufferBody = false, MultipartBodyLengthLimit = LimitBytes }, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, ProblemResults.BadRequest("Invalid form", "The body is not a readable form."));
        }

        var fields = form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
        var pathAndQuery = $"{request.PathBase}{request.Path}{request.QueryString}";
        return (new WebhookRequest(url, pathAndQuery, fields, request.Headers["X-Twilio-Signature"].FirstOrDefault()), null);
    }

    /// <summary>Reads the webhook, hands it to <paramref name="handle"/> and maps its answer; a malformed request never reaches it.</summary>
    public static async Task<IActionResult> HandleAsync(
        HttpRequest request, Func<WebhookRequest, CancellationToken, Task<WebhookResult>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var (webhookRequest, problem) = await ReadAsync(request, cancellationToken);
        return problem ?? ToActionResult(await handle(webhookRequest!, cancellationToken));
    }

    public static IActionResult ToActionResult(WebhookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Twiml is not null)
        {
            return new ContentResult { Content = result.Twiml, ContentType = "application/xml", StatusCode = result.StatusCode };
        }

        return result.ProblemTitle is null
            ? new StatusCodeResult(result.StatusCode)
            : ProblemResults.Problem(result.StatusCode, result.ProblemTitle, result.ProblemDetail ?? result.ProblemTitle);
    }
}
