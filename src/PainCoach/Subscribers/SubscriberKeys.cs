using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PainCoach.Telephony;

namespace PainCoach.Subscribers;

/// <summary>
/// Row keys are HMAC-SHA256(secret, E.164) in lower-case hex: a table dump or a key in a log does not reveal the
/// number, and the key is stable so every write for one person lands in one partition.
/// </summary>
public sealed class SubscriberKeys(IOptions<SubscriberOptions> options)
{
    private readonly byte[] secret = Encoding.UTF8.GetBytes(options.Value.SubscriberKeySecret);

    public string For(E164Number number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(number.Value)));
    }

    /// <summary>
    /// The key of a webhook event (a MessageSid, with the status for a callback) in the replay register: the same
    /// secret, a separate domain, so it names no person and cannot be matched to Twilio's logs without the secret.
    /// </summary>
    public string ForWebhookEvent(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("webhook-event:" + eventId)));
    }

    /// <summary>Keys are validated before they reach a table query: 64 lower-case hex characters, nothing else.</summary>
    public static bool IsValid(string? key) =>
        key is { Length: 64 } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <exception cref="ArgumentException">The key is not 64 lower-case hex characters.</exception>
    public static void ThrowIfInvalid(string? key, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(key))] string? parameterName = null)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException("A subscriber key is 64 lower-case hex characters.", parameterName);
        }
    }
}
