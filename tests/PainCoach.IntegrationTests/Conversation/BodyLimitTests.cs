using System.Net;
using System.Text;
using PainCoach.IntegrationTests.Infrastructure;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>Issue 15, item 1: what is read from a request body is capped, chunked or not, and the answer is 413 before parsing.</summary>
[Collection(DevServerCollection.Name)]
public sealed class BodyLimitTests(DevServerFixture fixture)
{
    public static TheoryData<string> Webhooks => new() { "/api/sms/inbound", "/api/sms/status" };

    public static TheoryData<string> JsonRoutes => new() { "/api/faq", "/api/triage", "/api/subscriptions", "/api/subscriptions/lookup", "/api/subscriptions/erase" };

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task A_chunked_unsigned_form_over_the_limit_is_413_problem_details(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = GeneratedFormStream.Chunked(fields: 3, valueBytes: 20 * 1024),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task A_declared_length_over_the_limit_is_413(string path)
    {
        using var response = await fixture.Client.PostAsync(new Uri(path, UriKind.Relative),
            new StringContent("Body=" + new string('a', 40 * 1024), Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(JsonRoutes))]
    public async Task A_chunked_json_body_over_the_limit_is_413_problem_details(string path)
    {
        var json = "{\"question\":\"" + new string('a', 40 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(json))) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_multipart_form_is_415_not_parsed()
    {
        using var content = new MultipartFormDataContent { { new StringContent("STOP"), "Body" } };
        using var response = await fixture.Client.PostAsync(new Uri("/api/sms/inbound", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    /// <summary>A stream without a length, so HttpClient sends it chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

/// <summary>
/// A url-encoded form generated while it is sent (<c>f0=aaa…&amp;f1=aaa…</c>), so a test can post tens of MB
/// without holding them; no length, so HttpClient sends it chunked.
/// </summary>
public sealed class GeneratedFormStream : Stream
{
    private readonly long total;
    private readonly int fieldBytes;
    private readonly int valueBytes;
    private long position;

    private GeneratedFormStream(int fields, int valueBytes)
    {
        this.valueBytes = valueBytes;
        fieldBytes = FieldPrefix(0).Length + valueBytes + 1;
        total = (long)fields * fieldBytes;
    }

    public static StreamContent Chunked(int fields, int valueBytes) =>
        new(Open(fields, valueBytes)) { Headers = { ContentType = new("application/x-www-form-urlencoded") } };

    public static Stream Open(int fields, int valueBytes) => new GeneratedFormStream(fields, valueBytes);

    /// <summary>Every field name has the same length (f00000=), so positions are easy to compute.</summary>
    private static string FieldPrefix(long index) => "f" + index.ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "=";

    public override int Read(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var written = 0;
        while (written < count && position < total)
        {
            var field = position / fieldBytes;
            var within = (int)(position % fieldBytes);
            var prefix = FieldPrefix(field);
            byte next = within < prefix.Length ? (byte)prefix[within] : within < prefix.Length + valueBytes ? (byte)'a' : (byte)'&';
            buffer[offset + written++] = next;
            position++;
        }

        return written;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
