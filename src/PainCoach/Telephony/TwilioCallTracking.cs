using System.Net;

namespace PainCoach.Telephony;

/// <summary>
/// Sits in the Twilio HTTP pipeline (the SDK takes no cancellation token and hides how a call failed) and, for the
/// call the sender is making on this async flow, (1) aborts the HTTP request when the sender's deadline passes, so a
/// timed-out send cannot still reach Twilio later, and (2) records whether the whole request body was handed to the
/// socket and flushed. A POST whose body never fully left cannot have created a message: that is the one proof that
/// a failed send may be repeated at once (see docs/reminders.md).
/// </summary>
public sealed class TwilioCallTracking : DelegatingHandler
{
    private static readonly AsyncLocal<TwilioCall?> Current = new();

    /// <summary>Starts tracking the next Twilio call on this async flow; <paramref name="abort"/> cancels it on the wire.</summary>
    internal static TwilioCall Begin(CancellationToken abort)
    {
        var call = new TwilioCall(abort);
        Current.Value = call;
        return call;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Current.Value is not { } call)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        if (request.Content is { } content)
        {
            request.Content = new TrackedContent(content, call);
        }
        else
        {
            call.BodyDelivered = true; // nothing to deliver beyond the headers: treat as possibly received
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.Abort);
        return await base.SendAsync(request, linked.Token);
    }

    /// <summary>One tracked call.</summary>
    internal sealed class TwilioCall(CancellationToken abort)
    {
        private int delivered;

        public CancellationToken Abort { get; } = abort;

        /// <summary>True once the whole body was written and flushed to the connection: Twilio may have it.</summary>
        public bool BodyDelivered
        {
            get => Volatile.Read(ref delivered) == 1;
            set => Volatile.Write(ref delivered, value ? 1 : 0);
        }
    }

    /// <summary>Writes the SDK's form body, flushes it, and only then marks the call as delivered.</summary>
    private sealed class TrackedContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly TwilioCall call;

        public TrackedContent(HttpContent inner, TwilioCall call)
        {
            this.inner = inner;
            this.call = call;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await inner.CopyToAsync(stream, context, cancellationToken);

            // The connection buffers small bodies; flushing here makes a dead connection fail while the flag is still
            // false, so "never delivered" stays a proof rather than a guess.
            await stream.FlushAsync(cancellationToken);
            call.BodyDelivered = true;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
