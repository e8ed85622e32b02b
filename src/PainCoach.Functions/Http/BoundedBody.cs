using Microsoft.AspNetCore.Http;

namespace PainCoach.Functions.Http;

/// <summary>
/// Reads a request body up to a limit, whether it came with a Content-Length or chunked: a declared length over the
/// limit is refused before anything is read, and reading stops at the first byte past the limit. Nobody can make a
/// function hold more than the limit in memory, signed or not (issue 15: 16 unsigned chunked 29.5 MB forms took the
/// server from 377 MB to 1.1 GB when the whole body was read before the signature was checked).
/// </summary>
internal static class BoundedBody
{
    private const int ChunkBytes = 4096;

    /// <summary>The body, or null when it is larger than <paramref name="limitBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limitBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limitBytes)
        {
            return null;
        }

        // One byte more than the limit tells "exactly at the limit" from "over it" without reading further.
        var buffer = new byte[Math.Min(limitBytes + 1, ChunkBytes)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(limitBytes + 1, buffer.Length * 2));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
            if (length > limitBytes)
            {
                return null;
            }
        }
    }
}
