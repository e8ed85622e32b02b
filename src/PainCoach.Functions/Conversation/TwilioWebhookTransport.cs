using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PainCoach.Functions.Http;
using PainCoach.Telephony;

namespace PainCoach.Functions.Conversation;

/// <summary>Reads a Twilio webhook (form-encoded, small) and maps the library's answer to HTTP.</summary>
internal static class TwilioWebhookTransport
{
    /// <summary>Twilio's inbound form with a 1,600-character body is a few KiB; 32 KiB refuses abuse.</summary>
    public const int LimitBytes = 32 * 1024;

    private const string FormMediaType = "application/x-www-form-urlencoded";

    public static async Task<(WebhookRequest? Request, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Twilio posts url-encoded forms only; multipart would need a multipart reader and is refused outright.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, ProblemResults.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Twilio webhooks are application/x-www-form-urlencoded."));
        }

        // The limit comes before the signature check: the signature covers the whole form, so the form must be read
        // first, and an unsigned caller must not be able to make us read (or parse) more than a real webhook needs.
        if (await BoundedBody.ReadAsync(request, LimitBytes, cancellationToken) is not { } body)
        {
            return (null, ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The form must be at most {LimitBytes} bytes."));
        }

        Dictionary<string, StringValues> form;
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = new FormReader(stream, Encoding.UTF8) { ValueLengthLimit = LimitBytes, KeyLengthLimit = 256, ValueCountLimit = 256 };
            form = await reader.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
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
