using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainCoach.Reminders;
using PainCoach.Subscribers;
using PainCoach.Telephony;

namespace PainCoach.Signup;

/// <summary>What a clinic's web form sends (<c>POST /api/subscriptions</c>).</summary>
public sealed record SubscriptionRequest(string? Phone, string? Program, bool? Consent, string? TimeZone);

/// <summary>
/// Look-up and erasure (<c>POST /api/subscriptions/lookup</c>, <c>/erase</c>): the number travels in the body,
/// never in a URL, which hosts and telemetry record.
/// </summary>
public sealed record PhoneRequest(string? Phone);

/// <summary>What look-up shows: status and schedule, the number masked.</summary>
public sealed record SubscriptionView(
    string Phone,
    string Status,
    string Program,
    string TimeZone,
    bool TimeZoneIsGuess,
    IReadOnlyList<string> IceTimes,
    IReadOnlyList<string> StretchTimes,
    DateTimeOffset? PausedUntil,
    DateTimeOffset? NextReminderAt,
    string? NextReminderKind,
    bool Deliverable,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastInboundAt);

public enum SubscriptionOutcome
{
    /// <summary>A pending subscriber was created and the YES request sent.</summary>
    Created,

    /// <summary>Already active or pending: nothing new was sent.</summary>
    Existing,

    Invalid,

    /// <summary>The number opted out by text; only START from the phone brings it back.</summary>
    OptedOut,

    /// <summary>Twilio says the number cannot receive SMS.</summary>
    Undeliverable,

    /// <summary>Table Storage did not answer; nothing was decided.</summary>
    Unavailable,

    /// <summary>Nothing is held about the number (look-up, erasure).</summary>
    NotFound,

    /// <summary>Everything held about the number was deleted (erasure).</summary>
    Erased,
}

public sealed record SubscriptionResult(SubscriptionOutcome Outcome, SubscriptionView? View, string? Field = null, string? Problem = null);

/// <summary>The web side of subscriptions: double opt-in sign-up, look-up and erasure.</summary>
public sealed partial class SubscriptionService(
    SubscriberRepository repository,
    SubscriberKeys keys,
    ISmsSender sender,
    SignupTexts texts,
    ReminderPlanner planner,
    IOptions<SubscriberOptions> options,
    ReminderScheduler scheduler,
    TimeProvider time,
    ILogger<SubscriptionService> logger)
{
    public Task<SubscriptionResult> CreateAsync(SubscriptionRequest request, CancellationToken cancellationToken) =>
        GuardStorageAsync(() => CreateCoreAsync(request, cancellationToken));

    public Task<SubscriptionResult> LookupAsync(PhoneRequest request, CancellationToken cancellationToken) =>
        GuardStorageAsync(() => LookupCoreAsync(request, cancellationToken));

    /// <summary>Erases every row held about the number: <see cref="SubscriptionOutcome.Erased"/>, or <see cref="SubscriptionOutcome.NotFound"/> when there was nothing.</summary>
    public Task<SubscriptionResult> EraseAsync(PhoneRequest request, CancellationToken cancellationToken) =>
        GuardStorageAsync(() => EraseCoreAsync(request, cancellationToken));

    private async Task<SubscriptionResult> GuardStorageAsync(Func<Task<SubscriptionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (Storage.StorageFailures.IsStorageFailure(ex))
        {
            LogStorageFailure(ex.GetType().Name);
            return Unavailable();
        }
    }

    private static SubscriptionResult Unavailable() =>
        new(SubscriptionOutcome.Unavailable, null, null, "Storage is not answering; nothing was changed. Please try again.");

    private async Task<SubscriptionResult> CreateCoreAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ReadPhone(request.Phone) is not { } phone)
        {
            return InvalidPhone();
        }

        if (request.Program is not ("heel" or "back" or "both") || !BodyAreas.TryParse(request.Program, out var program))
        {
            return Invalid("program", "program must be one of: heel, back, both.");
        }

        if (request.Consent is not true)
        {
            return Invalid("consent", "consent must be true: the person must agree to receive SMS.");
        }

        string? zone = null;
        if (request.TimeZone is not null && (zone = TimeZones.Resolve(request.TimeZone)) is null)
        {
            return Invalid("timeZone", "timeZone must be an IANA time zone id such as America/Chicago (or ET, CT, MT, PT, AKT, HT).");
        }

        var key = keys.For(phone);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await repository.GetAsync(key, cancellationToken);
            if (existing is not null)
            {
                return existing.Value.Status == SubscriberStatus.Stopped
                    ? new SubscriptionResult(SubscriptionOutcome.OptedOut, null, "phone", "This number opted out by text. The person can text START to opt back in.")
                    : new SubscriptionResult(SubscriptionOutcome.Existing, View(existing.Value, now));
            }

            var inferred = zone ?? PhoneNumberReader.InferTimeZone(phone);
            var askText = texts.AskForYes(program);
            var pending = SubscriberRules.New(key, phone, program, inferred ?? options.Value.DefaultTimeZone,
                timeZoneIsGuess: zone is null, SubscriberStatus.Pending, new ConsentEvent(now, "web-form", askText), now);
            if (await repository.SaveAsync(pending, null, null, cancellationToken) != SaveOutcome.Saved)
            {
                continue; // a concurrent POST created it: the next pass reports it without sending again
            }

            var sent = await sender.SendAsync(new OutboundSms(phone, askText, "opt-in-request", key), cancellationToken);
            if (sent.Accepted)
            {
                await repository.RecordDeliveryAsync(key, new DeliveryRecord(sent.MessageSid!, "opt-in-request", "accepted", null, now), cancellationToken);
                LogCreated(phone.Masked, program.ToContractName());
                return new SubscriptionResult(SubscriptionOutcome.Created, View(pending, now));
            }

            if (sent.Status is SmsSendStatus.Undeliverable or SmsSendStatus.OptedOut)
            {
                // Nothing useful can be held for a number that cannot get SMS: remove what was just written.
                await repository.EraseAsync(key, cancellationToken);
                return new SubscriptionResult(SubscriptionOutcome.Undeliverable, null, "phone", "This number cannot receive SMS from us.");
            }

            // Twilio was unreachable or refused for a passing reason: the person stays pending; a repeat POST does not resend.
            LogSendFailed(phone.Masked, sent.ErrorCode);
            return new SubscriptionResult(SubscriptionOutcome.Created, View(pending, now));
        }

        var current = await repository.GetAsync(key, cancellationToken);
        return current is null
            ? Invalid("phone", "The sign-up could not be stored; please try again.")
            : new SubscriptionResult(SubscriptionOutcome.Existing, View(current.Value, time.GetUtcNow()));
    }

    private async Task<SubscriptionResult> LookupCoreAsync(PhoneRequest request, CancellationToken cancellationToken)
    {
        if (ReadPhone(request?.Phone) is not { } phone)
        {
            return InvalidPhone();
        }

        var stored = await repository.GetAsync(keys.For(phone), cancellationToken);
        return stored is null
            ? new SubscriptionResult(SubscriptionOutcome.NotFound, null)
            : new SubscriptionResult(SubscriptionOutcome.Existing, View(stored.Value, time.GetUtcNow()));
    }

    private async Task<SubscriptionResult> EraseCoreAsync(PhoneRequest request, CancellationToken cancellationToken)
    {
        if (ReadPhone(request?.Phone) is not { } phone)
        {
            return InvalidPhone();
        }

        var key = keys.For(phone);
        var erased = await repository.EraseAsync(key, cancellationToken);
        await scheduler.SubscriberErasedAsync(key, cancellationToken);
        LogErased(phone.Masked, erased);
        return new SubscriptionResult(erased == 0 ? SubscriptionOutcome.NotFound : SubscriptionOutcome.Erased, null);
    }

    private SubscriptionView View(Subscriber s, DateTimeOffset now)
    {
        var next = planner.NextSetReminder(s, now);
        return new SubscriptionView(
            s.Phone.Masked,
            s.EffectiveStatus(now).ToString().ToLowerInvariant(),
            s.Program.ToContractName(),
            s.TimeZoneId,
            s.TimeZoneIsGuess,
            s.IceTimes.Select(t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            s.StretchTimes.Select(t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            s.PausedUntil,
            next?.At,
            next?.Kind.Name(),
            s.UndeliverableReason is null,
            s.CreatedAt,
            s.LastInboundAt);
    }

    private static SubscriptionResult Invalid(string field, string problem) => new(SubscriptionOutcome.Invalid, null, field, problem);

    private E164Number? ReadPhone(string? text) => PhoneNumberReader.TryRead(text, options.Value.DefaultRegion);

    private SubscriptionResult InvalidPhone() =>
        Invalid("phone", $"phone must be a valid phone number, in international form (+13125550123) or {options.Value.DefaultRegion} national form.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Web sign-up for {Phone} ({Program}): pending, YES request sent")]
    private partial void LogCreated(string phone, string program);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web sign-up for {Phone}: YES request not sent (error {ErrorCode}); stays pending")]
    private partial void LogSendFailed(string phone, int? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage failed during a subscriptions request ({ErrorType}); answered 503")]
    private partial void LogStorageFailure(string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure for {Phone}: {Rows} rows deleted")]
    private partial void LogErased(string phone, int rows);
}
