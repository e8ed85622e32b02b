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

    /// <summary>Nothing is held about the number (look-up; erasure answers <see cref="Erased"/> either way).</summary>
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
    /// <summary>
    /// How long a sign-up's YES request may be in flight. Longer than the Twilio client's own timeout (the
    /// IHttpClientFactory default, 100 s), so a request still out there when an erasure stops waiting cannot exist.
    /// </summary>
    internal static readonly TimeSpan OptInSendLease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan SendSettlePoll = TimeSpan.FromMilliseconds(25);

    /// <summary>Each pass deletes what others wrote meanwhile; only a writer that never stops could use them all.</summary>
    private const int MaxErasurePasses = 20;

    public Task<SubscriptionResult> CreateAsync(SubscriptionRequest request, CancellationToken cancellationToken) =>
        GuardStorageAsync(() => CreateCoreAsync(request, cancellationToken));

    public Task<SubscriptionResult> LookupAsync(PhoneRequest request, CancellationToken cancellationToken) =>
        GuardStorageAsync(() => LookupCoreAsync(request, cancellationToken));

    /// <summary>Erases every row held about the number: <see cref="SubscriptionOutcome.Erased"/> whether or not anything was held (idempotent).</summary>
    public Task<SubscriptionResult> EraseAsync(PhoneRequest request, CancellationToken cancellationToken) =>
        GuardStorageAsync(() => EraseCoreAsync(request, cancellationToken));

    private async Task<SubscriptionResult> GuardStorageAsync(Func<Task<SubscriptionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is SubscriberConflictException || Storage.StorageFailures.IsStorageFailure(ex))
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
                timeZoneIsGuess: zone is null, SubscriberStatus.Pending, new ConsentEvent(now, "web-form", askText), now)
                with { OptInRequestInFlightUntil = now + OptInSendLease };
            if (await repository.SaveAsync(pending, null, null, cancellationToken) != SaveOutcome.Saved)
            {
                continue; // a concurrent POST created it: the next pass reports it without sending again
            }

            return await SendYesRequestAsync(pending, askText, cancellationToken);
        }

        var current = await repository.GetAsync(key, cancellationToken);
        return current is null
            ? Invalid("phone", "The sign-up could not be stored; please try again.")
            : new SubscriptionResult(SubscriptionOutcome.Existing, View(current.Value, time.GetUtcNow()));
    }

    /// <summary>
    /// Sends the YES request for a pending record just written with its in-flight mark, then records the delivery and
    /// clears the mark in one transaction with the profile. Erasure waits for the mark, so the request is accepted by
    /// Twilio before an erasure answers, or never sent; and the delivery record is never written without the profile.
    /// </summary>
    private async Task<SubscriptionResult> SendYesRequestAsync(Subscriber pending, string askText, CancellationToken cancellationToken)
    {
        var key = pending.Key;
        var sent = await sender.SendAsync(new OutboundSms(pending.Phone, askText, "opt-in-request", key), cancellationToken);
        if (sent.Status is SmsSendStatus.Undeliverable or SmsSendStatus.OptedOut)
        {
            // Nothing useful can be held for a number that cannot get SMS: remove what was just written.
            await repository.EraseAsync(key, cancellationToken);
            return new SubscriptionResult(SubscriptionOutcome.Undeliverable, null, "phone", "This number cannot receive SMS from us.");
        }

        var delivery = sent.Accepted ? new DeliveryRecord(sent.MessageSid!, "opt-in-request", "accepted", null, pending.CreatedAt) : null;
        for (var attempt = 1; attempt <= SubscriberRepository.MaxUpdateAttempts; attempt++)
        {
            if (await repository.GetAsync(key, cancellationToken) is not { } stored)
            {
                // Erased after the request settled: nothing of this sign-up is kept.
                return new SubscriptionResult(SubscriptionOutcome.Created, View(pending, time.GetUtcNow()));
            }

            var settled = stored.Value with { OptInRequestInFlightUntil = null };
            var saved = delivery is null
                ? await repository.SaveAsync(settled, stored.ETag, null, cancellationToken)
                : await repository.SaveWithDeliveryAsync(settled, stored.ETag, delivery, cancellationToken);
            if (saved == SaveOutcome.Saved)
            {
                if (delivery is null)
                {
                    // Twilio was unreachable or refused for a passing reason: the person stays pending; a repeat POST does not resend.
                    LogSendFailed(pending.Phone.Masked, sent.ErrorCode);
                }
                else
                {
                    LogCreated(pending.Phone.Masked, pending.Program.ToContractName());
                }

                return new SubscriptionResult(SubscriptionOutcome.Created, View(settled, time.GetUtcNow()));
            }

            // A YES or STOP from the phone changed the record meanwhile: keep theirs, clear the mark on it.
            await Storage.ConflictBackoff.WaitAsync(attempt, cancellationToken);
        }

        throw new SubscriberConflictException("Could not record the YES request of a sign-up that others kept writing.");
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

    /// <summary>
    /// Sweeps the person's partitions until a pass finds nothing (that pass is when the erasure takes effect), waiting
    /// for a YES request in flight to settle first. Idempotent: a number with nothing held, or erased by a concurrent
    /// call, is erased too. Status callbacks never create rows and every other write is conditional on the profile, so
    /// nothing written before that last pass survives it (docs/sms.md, "Erasure under races").
    /// </summary>
    private async Task<SubscriptionResult> EraseCoreAsync(PhoneRequest request, CancellationToken cancellationToken)
    {
        if (ReadPhone(request?.Phone) is not { } phone)
        {
            return InvalidPhone();
        }

        var key = keys.For(phone);
        var erased = 0;
        for (var pass = 1; pass <= MaxErasurePasses; pass++)
        {
            var sweep = await repository.SweepAsync(key, time.GetUtcNow(), cancellationToken);
            erased += sweep.Deleted;
            if (sweep.FoundNothing)
            {
                await scheduler.SubscriberErasedAsync(key, cancellationToken);
                LogErased(phone.Masked, erased, pass);
                return new SubscriptionResult(SubscriptionOutcome.Erased, null);
            }

            if (sweep.SendInFlightUntil is { } until)
            {
                LogWaitingForSend(phone.Masked);
                await WaitForSendToSettleAsync(key, until, cancellationToken);
            }
        }

        throw new SubscriberConflictException($"Erasure gave up after {MaxErasurePasses} passes: rows kept appearing.");
    }

    /// <summary>
    /// Until the in-flight mark is cleared or replaced, the profile is gone, or the mark's time has passed (by the app's
    /// clock, or by as much real time, so a frozen test clock cannot hold an erasure forever).
    /// </summary>
    private async Task WaitForSendToSettleAsync(string key, DateTimeOffset until, CancellationToken cancellationToken)
    {
        for (var waited = TimeSpan.Zero; waited < OptInSendLease && time.GetUtcNow() < until; waited += SendSettlePoll)
        {
            await Task.Delay(SendSettlePoll, cancellationToken);
            if (await repository.GetAsync(key, cancellationToken) is not { } stored || stored.Value.OptInRequestInFlightUntil != until)
            {
                return;
            }
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure for {Phone}: {Rows} rows deleted in {Passes} passes")]
    private partial void LogErased(string phone, int rows, int passes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure for {Phone} waits for the YES request in flight to settle")]
    private partial void LogWaitingForSend(string phone);
}
