using System.Text.Json;
using System.Text.Json.Serialization;
using PainCoach.Sms;

namespace PainCoach.Faq;

/// <summary>Which pains an entry is about. Serialised lower-case: <c>heel</c>, <c>back</c>, <c>both</c>.</summary>
public enum FaqTopic
{
    Heel,
    Back,
    Both,
}

/// <summary>One answer of the knowledge base, as a clinician reviews it in <c>knowledge-base.json</c>.</summary>
public sealed record KnowledgeBaseEntry(
    string Id,
    string Question,
    IReadOnlyList<string> Alternates,
    string Answer,
    string ShortAnswer,
    FaqTopic Topic,
    string Source,
    IReadOnlyList<string> FollowUps,
    DateOnly Reviewed);

/// <summary>
/// The FAQ's content, loaded from the embedded <c>knowledge-base.json</c> and validated once. Invalid content stops
/// the host at start with every problem listed, rather than answering wrongly later.
/// </summary>
public sealed class KnowledgeBase
{
    public const string ResourceName = "PainCoach.Faq.knowledge-base.json";
    public const int ShortAnswerMaxLength = 320;
    public const int MinimumEntries = 35;

    private readonly Dictionary<string, KnowledgeBaseEntry> byId;

    private KnowledgeBase(IReadOnlyList<KnowledgeBaseEntry> entries)
    {
        Entries = entries;
        byId = entries.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<KnowledgeBaseEntry> Entries { get; }

    public KnowledgeBaseEntry this[string id] => byId[id];

    /// <summary>The knowledge base shipped inside this assembly.</summary>
    public static KnowledgeBase LoadEmbedded()
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Load(stream);
    }

    /// <exception cref="KnowledgeBaseException">The content is not valid JSON or breaks a rule.</exception>
    public static KnowledgeBase Load(Stream json)
    {
        KnowledgeBaseFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, KnowledgeBaseJsonContext.Default.KnowledgeBaseFile);
        }
        catch (JsonException ex)
        {
            throw new KnowledgeBaseException([$"The knowledge base is not valid JSON: {ex.Message}"]);
        }

        var problems = Validate(file);
        if (problems.Count > 0)
        {
            throw new KnowledgeBaseException(problems);
        }

        var entries = file!.Entries!.Select(e => new KnowledgeBaseEntry(
            e.Id!, e.Question!, e.Alternates!, e.Answer!, e.ShortAnswer!, e.Topic!.Value, e.Source!, e.FollowUps!, e.Reviewed!.Value)).ToList();
        return new KnowledgeBase(entries);
    }

    /// <summary>Every rule an entry breaks, so a reviewer can fix them in one pass.</summary>
    internal static List<string> Validate(KnowledgeBaseFile? file)
    {
        var problems = new List<string>();
        if (file?.Entries is not { } entries)
        {
            problems.Add("The knowledge base has no \"entries\" array.");
            return problems;
        }

        if (entries.Count < MinimumEntries)
        {
            problems.Add($"The knowledge base has {entries.Count} entries; at least {MinimumEntries} are required.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var name = string.IsNullOrWhiteSpace(entry.Id) ? $"entry #{i + 1}" : $"entry '{entry.Id}'";
            void Require(bool ok, string field)
            {
                if (!ok)
                {
                    problems.Add($"{name}: \"{field}\" is missing or empty.");
                }
            }

            Require(!string.IsNullOrWhiteSpace(entry.Id), "id");
            Require(!string.IsNullOrWhiteSpace(entry.Question), "question");
            Require(entry.Alternates is { Count: > 0 } && entry.Alternates.All(a => !string.IsNullOrWhiteSpace(a)), "alternates");
            Require(!string.IsNullOrWhiteSpace(entry.Answer), "answer");
            Require(!string.IsNullOrWhiteSpace(entry.ShortAnswer), "shortAnswer");
            Require(entry.Topic is not null, "topic");
            Require(!string.IsNullOrWhiteSpace(entry.Source), "source");
            Require(entry.FollowUps is not null, "followUps");
            Require(entry.Reviewed is not null, "reviewed");

            if (!string.IsNullOrWhiteSpace(entry.Id) && !ids.Add(entry.Id))
            {
                problems.Add($"{name}: the id is used more than once.");
            }

            if (entry.ShortAnswer is { } shortAnswer)
            {
                if (!Gsm7.IsEncodable(shortAnswer))
                {
                    problems.Add($"{name}: \"shortAnswer\" has characters outside GSM-7 ({string.Concat(Gsm7.InvalidCharacters(shortAnswer))}).");
                }
                else if (Gsm7.SeptetCount(shortAnswer)!.Value > ShortAnswerMaxLength)
                {
                    problems.Add($"{name}: \"shortAnswer\" is {Gsm7.SeptetCount(shortAnswer)} GSM-7 characters; at most {ShortAnswerMaxLength} are allowed.");
                }
            }
        }

        foreach (var entry in entries.Where(e => e.FollowUps is not null))
        {
            foreach (var followUp in entry.FollowUps!.Where(f => !ids.Contains(f) || f == entry.Id))
            {
                problems.Add($"entry '{entry.Id}': follow-up '{followUp}' is {(followUp == entry.Id ? "the entry itself" : "not an entry")}.");
            }
        }

        return problems;
    }

    internal sealed class KnowledgeBaseFile
    {
        public List<EntryDto>? Entries { get; set; }
    }

    internal sealed class EntryDto
    {
        public string? Id { get; set; }
        public string? Question { get; set; }
        public List<string>? Alternates { get; set; }
        public string? Answer { get; set; }
        public string? ShortAnswer { get; set; }
        public FaqTopic? Topic { get; set; }
        public string? Source { get; set; }
        public List<string>? FollowUps { get; set; }
        public DateOnly? Reviewed { get; set; }
    }
}

/// <summary>The knowledge base breaks one or more rules; <see cref="Problems"/> lists them all.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<string> problems)
    : Exception("The FAQ knowledge base is invalid: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Source-generated reading of the knowledge base: no reflection and less JIT on a cold start.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(JsonStringEnumConverter<FaqTopic>)])]
[JsonSerializable(typeof(KnowledgeBase.KnowledgeBaseFile))]
internal sealed partial class KnowledgeBaseJsonContext : JsonSerializerContext;
