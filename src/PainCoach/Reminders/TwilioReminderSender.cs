using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using PainCoach.Sms;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace PainCoach.Reminders;

/// <summary>
/// Sends through the registered <see cref="ITwilioRestClient"/> and classifies the answer. Used only with Twilio
/// credentials; without them (local only) <see cref="OutboxReminderSender"/> takes its place.
/// </summary>
public sealed class TwilioReminderSender(
    ITwilioRestClient client,
    IOptions<TwilioOptions> twilioOptions,
    IOptions<ReminderOptions> reminderOptions,
    TimeProvider time) : IReminderSender
{
    public async Task<ReminderSendResult> SendAsync(string toE164, string body, CancellationToken cancellationToken)
    {
        // Registered only with credentials; without them reminders go to the local outbox (OutboxReminderSender).
        var options = TwilioSmsSender.CreateMessage(twilioOptions.Value, toE164, body);

        var retryAfter = TwilioRetryAfterHandler.BeginCapture();
        try
        {
            var message = await MessageResource.CreateAsync(options, client)
                .WaitAsync(reminderOptions.Value.SendTimeout, time, cancellationToken);
            return ReminderSendResult.Accepted(message.Sid);
        }
        catch (TimeoutException)
        {
            return new ReminderSendResult(ReminderSendStatus.Unknown);
        }
        catch (ApiException ex)
        {
            return Classify(ex.Status, ex.Code, retryAfter.Value);
        }
        catch (ApiConnectionException ex)
        {
            // Refused or unresolvable: the request never reached Twilio. Anything else may have been accepted.
            return ex.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
                ? new ReminderSendResult(ReminderSendStatus.Transient)
                : new ReminderSendResult(ReminderSendStatus.Unknown);
        }
    }

    internal static ReminderSendResult Classify(int status, int code, TimeSpan? retryAfter) => (status, code) switch
    {
        (_, TwilioWebhook.CarrierOptOutCode) => new ReminderSendResult(ReminderSendStatus.OptedOut, ErrorCode: code),
        (_, var c) when TwilioWebhook.UndeliverableCodes.Contains(c) => new ReminderSendResult(ReminderSendStatus.Undeliverable, ErrorCode: code),
        (429, _) => new ReminderSendResult(ReminderSendStatus.RateLimited, ErrorCode: code, RetryAfter: retryAfter),
        (>= 500, _) => new ReminderSendResult(ReminderSendStatus.Transient, ErrorCode: code),
        _ => new ReminderSendResult(ReminderSendStatus.Permanent, ErrorCode: code),
    };
}

/// <summary>
/// The Twilio SDK drops response headers from its <see cref="ApiException"/>, so this handler in the Twilio HTTP
/// pipeline hands <c>Retry-After</c> back to the sending call through an async-local box.
/// </summary>
public sealed class TwilioRetryAfterHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly AsyncLocal<RetryAfterBox?> Current = new();

    internal static RetryAfterBox BeginCapture()
    {
        var box = new RetryAfterBox();
        Current.Value = box;
        return box;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Current.Value is { } box && response.Headers.RetryAfter is { } header)
        {
            box.Value = Parse(header, time.GetUtcNow());
        }

        return response;
    }

    internal static TimeSpan? Parse(RetryConditionHeaderValue header, DateTimeOffset now) =>
        header.Delta ?? (header.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);

    internal sealed class RetryAfterBox
    {
        public TimeSpan? Value { get; set; }
    }
}
