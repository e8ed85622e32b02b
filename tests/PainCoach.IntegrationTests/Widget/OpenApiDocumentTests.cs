using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;
using PainCoach.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace PainCoach.IntegrationTests.Widget;

/// <summary>
/// docs/openapi.json is written by hand, so it is held to the code here. It is read with Microsoft.OpenApi and
/// must: parse as OpenAPI 3.1 with no error; name every HTTP function's route and method (found by reflection over
/// [Function]/[HttpTrigger], as the Worker SDK finds them) and nothing else; and its examples must round-trip
/// through the real endpoint. Examples that share a name belong together: the request built from a name's
/// parameter and body examples is sent to a DevServer of its own (on an Azurite of its own, so storage starts empty,
/// with the collection's fake clock and fake Twilio), and the
/// answer must have the status of the response that carries that name (as an example, or in
/// <c>x-example-names</c> when it has no body) and equal its example: JSON exactly (or as a subset with
/// <c>x-compare: subset</c>), XML exactly, other text as a prefix. Only a response example marked
/// <c>x-not-round-tripped</c> (with the reason, e.g. storage down) is not sent; the test prints them.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class OpenApiDocumentTests(DevServerFixture fixture, ITestOutputHelper output)
{
    private const string NotRoundTripped = "x-not-round-tripped";
    private const string ExampleNames = "x-example-names";
    private static readonly string DocumentPath = Path.Combine(RepoPaths.RepoRoot, "docs", "openapi.json");

    private static async Task<OpenApiDocument> ReadAsync()
    {
        await using var stream = File.OpenRead(DocumentPath);
        var result = await OpenApiDocument.LoadAsync(stream, "json");
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic?.SpecificationVersion);
        return result.Document ?? throw new InvalidOperationException("docs/openapi.json did not load.");
    }

    /// <summary>Every HTTP function as "METHOD /route" (route relative to the host.json prefix, which the document's server holds).</summary>
    private static SortedSet<string> FunctionOperations()
    {
        var operations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var method in typeof(PainCoach.Functions.Health.HealthCheck).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            var function = method.GetCustomAttribute<FunctionAttribute>();
            var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().SingleOrDefault();
            if (function is null || trigger is null)
            {
                continue;
            }

            var route = "/" + (string.IsNullOrEmpty(trigger.Route) ? function.Name : trigger.Route).Trim('/');
            Assert.True(trigger.Methods is { Length: > 0 }, $"Function {function.Name} accepts every method; name them so the document can.");
            foreach (var verb in trigger.Methods!)
            {
                operations.Add($"{verb.ToUpperInvariant()} {route}");
            }
        }

        return operations;
    }

    [Fact]
    public async Task The_document_names_every_function_route_and_method_and_nothing_else()
    {
        var document = await ReadAsync();
        Assert.Equal("/api", Assert.Single(document.Servers!).Url);
        var documented = new SortedSet<string>(
            document.Paths.SelectMany(path => path.Value.Operations!.Keys.Select(method => $"{method.Method.ToUpperInvariant()} {path.Key}")),
            StringComparer.Ordinal);
        var functions = FunctionOperations();

        Assert.True(functions.Count >= 15, $"Only {functions.Count} HTTP function operations were found by reflection.");
        Assert.Empty(functions.Except(documented));
        Assert.Empty(documented.Except(functions));
    }

    [Fact]
    public async Task Every_body_and_every_answer_with_a_body_has_an_example_and_every_error_is_problem_details()
    {
        var document = await ReadAsync();
        var missing = new List<string>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                var where = $"{method.Method.ToUpperInvariant()} {path}";
                foreach (var (mediaType, content) in operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
                {
                    if (content.Examples is not { Count: > 0 })
                    {
                        missing.Add($"{where}: request {mediaType} has no example");
                    }
                }

                foreach (var (status, response) in operation.Responses!)
                {
                    if (response.Content is not { Count: > 0 })
                    {
                        if (!response.Extensions!.ContainsKey(ExampleNames))
                        {
                            missing.Add($"{where}: {status} has no body and no {ExampleNames}");
                        }

                        continue;
                    }

                    foreach (var (mediaType, content) in response.Content)
                    {
                        if (content.Examples is not { Count: > 0 })
                        {
                            missing.Add($"{where}: {status} {mediaType} has no example");
                        }

                        if (status[0] is '4' or '5' && mediaType != "application/problem+json")
                        {
                            missing.Add($"{where}: {status} is {mediaType}, not problem details");
                        }
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_example_round_trips_through_the_real_endpoint()
    {
        var document = await ReadAsync();
        var storage = new AzuriteFixture();
        await storage.InitializeAsync();
        try
        {
            await RoundTripAsync(document, storage.ConnectionString);
        }
        finally
        {
            await storage.DisposeAsync();
        }
    }

    private async Task RoundTripAsync(OpenApiDocument document, string storage)
    {
        await using var server = await WidgetServer.StartAsync(fixture, "https://clinic.example", storage);
        var failures = new List<string>();
        var sent = 0;

        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                var where = $"{method.Method.ToUpperInvariant()} {path}";
                foreach (var name in ExampleNamesOf(operation))
                {
                    var expected = ExpectedAnswer(operation, name);
                    if (expected.Count != 1)
                    {
                        failures.Add($"{where} example '{name}': {expected.Count} answers carry it (one must).");
                        continue;
                    }

                    var (status, mediaType, example, subset) = expected[0];
                    using var request = BuildRequest(server, method, path, operation, name);
                    using var response = await server.Client.SendAsync(request);
                    sent++;
                    var body = await response.Content.ReadAsStringAsync();
                    var actualStatus = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                    if (actualStatus != status)
                    {
                        failures.Add($"{where} example '{name}': answered {actualStatus}, documented {status}. Body: {body}");
                        continue;
                    }

                    if (mediaType is null)
                    {
                        continue;
                    }

                    if (response.Content.Headers.ContentType?.MediaType != mediaType)
                    {
                        failures.Add($"{where} example '{name}': answered {response.Content.Headers.ContentType?.MediaType}, documented {mediaType}.");
                        continue;
                    }

                    if (Difference(mediaType, example, body, subset) is { } difference)
                    {
                        failures.Add($"{where} example '{name}' ({status}): {difference}\nactual: {body}");
                    }
                }

                foreach (var (status, response) in operation.Responses!)
                {
                    foreach (var (_, content) in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
                    {
                        foreach (var (name, example) in content.Examples ?? new Dictionary<string, IOpenApiExample>())
                        {
                            if (example.Extensions?.TryGetValue(NotRoundTripped, out var why) == true)
                            {
                                output.WriteLine($"not sent: {where} {status} '{name}': {Text(why)}");
                                Assert.False(string.IsNullOrWhiteSpace(Text(why)), $"{where} {status} '{name}' needs a reason");
                            }
                        }
                    }
                }
            }
        }

        output.WriteLine($"{sent} examples sent, {failures.Count} did not round-trip.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(sent >= 30, $"Only {sent} examples were sent.");
    }

    /// <summary>The example names of an operation, in the order the document gives them (requests first).</summary>
    private static IEnumerable<string> ExampleNamesOf(OpenApiOperation operation)
    {
        var names = new List<string>();
        foreach (var parameter in operation.Parameters ?? [])
        {
            names.AddRange(parameter.Examples?.Keys ?? []);
        }

        foreach (var content in operation.RequestBody?.Content?.Values ?? [])
        {
            names.AddRange(content.Examples?.Keys ?? []);
        }

        foreach (var response in operation.Responses!.Values)
        {
            foreach (var content in response.Content?.Values ?? [])
            {
                names.AddRange(content.Examples!.Where(e => e.Value.Extensions?.ContainsKey(NotRoundTripped) != true).Select(e => e.Key));
            }

            names.AddRange(NamesExtension(response));
        }

        return names.Distinct(StringComparer.Ordinal);
    }

    private static List<(string Status, string? MediaType, JsonNode? Example, bool Subset)> ExpectedAnswer(OpenApiOperation operation, string name)
    {
        var answers = new List<(string, string?, JsonNode?, bool)>();
        foreach (var (status, response) in operation.Responses!)
        {
            foreach (var (mediaType, content) in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
            {
                if (content.Examples?.TryGetValue(name, out var example) == true && example.Extensions?.ContainsKey(NotRoundTripped) != true)
                {
                    var subset = example.Extensions?.TryGetValue("x-compare", out var compare) == true && Text(compare) == "subset";
                    answers.Add((status, mediaType, example.Value, subset));
                }
            }

            if (NamesExtension(response).Contains(name))
            {
                answers.Add((status, null, null, false));
            }
        }

        return answers;
    }

    private static IEnumerable<string> NamesExtension(IOpenApiResponse response) =>
        response.Extensions?.TryGetValue(ExampleNames, out var names) == true && Node(names) is JsonArray array
            ? array.Select(n => n!.GetValue<string>())
            : [];

    private static HttpRequestMessage BuildRequest(RunningDevServer server, HttpMethod method, string path, OpenApiOperation operation, string name)
    {
        var query = new List<string>();
        var headers = new List<(string Name, string Value)>();
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter.Examples?.TryGetValue(name, out var example) != true || example!.Value is not { } value)
            {
                continue;
            }

            var text = value is JsonValue scalar && scalar.TryGetValue<string>(out var s) ? s : value.ToJsonString();
            if (parameter.In == ParameterLocation.Query)
            {
                query.Add($"{Uri.EscapeDataString(parameter.Name!)}={Uri.EscapeDataString(text)}");
            }
            else if (parameter.In == ParameterLocation.Header)
            {
                headers.Add((parameter.Name!, text));
            }
        }

        var url = new Uri(server.BaseAddress, "/api" + path + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query)));
        var request = new HttpRequestMessage(new HttpMethod(method.Method.ToUpperInvariant()), url);
        foreach (var (header, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        foreach (var (mediaType, content) in operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            if (content.Examples?.TryGetValue(name, out var example) != true || example!.Value is not { } value)
            {
                continue;
            }

            if (mediaType == "application/x-www-form-urlencoded")
            {
                var form = value.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
                request.Content = new FormUrlEncodedContent(form);
                if (path.StartsWith("/sms/", StringComparison.Ordinal) && name != "unsigned")
                {
                    request.Headers.Add("X-Twilio-Signature", TwilioWebhookClient.Sign(FakeTwilioFixture.AuthToken, url.AbsoluteUri, form));
                }
            }
            else
            {
                // A string example is a body sent as it is (for example one that is not JSON).
                var text = value is JsonValue scalar && scalar.TryGetValue<string>(out var raw) ? raw : value.ToJsonString();
                request.Content = new StringContent(text, Encoding.UTF8, mediaType);
            }
        }

        return request;
    }

    private static string? Difference(string mediaType, JsonNode? example, string body, bool subset)
    {
        if (mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            JsonNode? actual;
            try
            {
                actual = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                return "the answer is not JSON";
            }

            return JsonDifference("$", example, actual, subset);
        }

        var text = example?.GetValue<string>() ?? string.Empty;
        if (mediaType.EndsWith("xml", StringComparison.Ordinal))
        {
            return body == text ? null : $"expected {text}";
        }

        return body.StartsWith(text, StringComparison.Ordinal) ? null : $"does not start with {text}";
    }

    /// <summary>Where two JSON values differ (numbers within 0.005, so a re-tuned confidence shows as a difference only when it moves).</summary>
    private static string? JsonDifference(string at, JsonNode? expected, JsonNode? actual, bool subset)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{at}: expected null, got {actual.ToJsonString()}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{at}: expected an object, got {actual?.ToJsonString()}";
                }

                if (!subset && actualObject.Select(p => p.Key).Except(expectedObject.Select(p => p.Key)).FirstOrDefault() is { } extra)
                {
                    return $"{at}.{extra}: not in the example";
                }

                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(key))
                    {
                        return $"{at}.{key}: missing from the answer";
                    }

                    if (JsonDifference($"{at}.{key}", value, actualObject[key], subset) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{at}: expected {expectedArray.Count} items, got {actual?.ToJsonString()}";
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (JsonDifference($"{at}[{i}]", expectedArray[i], actualArray[i], subset) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                if (expected.GetValueKind() == JsonValueKind.Number && actual?.GetValueKind() == JsonValueKind.Number)
                {
                    return Math.Abs(expected.GetValue<double>() - actual.GetValue<double>()) <= 0.005 ? null : $"{at}: expected {expected}, got {actual}";
                }

                return JsonNode.DeepEquals(expected, actual) ? null : $"{at}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}";
        }
    }

    private static JsonNode? Node(IOpenApiExtension extension) => extension is JsonNodeExtension node ? node.Node : null;

    private static string Text(IOpenApiExtension extension) => Node(extension) is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
