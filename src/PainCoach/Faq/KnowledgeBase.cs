using System.Globalization;
using System.Text.Json;
using PainCoach.Telephony;

namespace PainCoach.Faq;

/// <summary>One answer of the knowledge base, as a clinician reviews it in <c>knowledge-base.json</c>.</summary>
public sealed record KnowledgeBaseEntry(
    string Id,
    string Question,
    IReadOnlyList<string> Alternates,
    string Answer,
    string ShortAnswer,
    BodyArea Topic,
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
    public static KnowledgeBase LoadEmbedded() => EmbeddedData.Load(ResourceName, Load, "rebuild the PainCoach library.");

    /// <exception cref="KnowledgeBaseException">The content is not valid JSON or breaks a rule.</exception>
    public static KnowledgeBase Load(Stream json)
    {
        var problems = new List<string>();
        List<EntryDto>? entries;
        try
        {
            using var document = JsonDocument.Parse(json);
            entries = ReadEntries(document.RootElement, problems);
        }
        catch (JsonException ex)
        {
            throw new KnowledgeBaseException([$"The knowledge base is not valid JSON: {ex.Message}"]);
        }

        problems.AddRange(Validate(entries));
        if (problems.Count > 0)
        {
            throw new KnowledgeBaseException(problems);
        }

        var result = new List<KnowledgeBaseEntry>(entries!.Count);
        foreach (var e in entries)
        {
            result.Add(new KnowledgeBaseEntry(e.Id!, e.Question!, e.Alternates!, e.Answer!, e.ShortAnswer!, e.Topic!.Value, e.Source!, e.FollowUps!, e.Reviewed!.Value));
        }

        return new KnowledgeBase(result);
    }

    // The file is read through JsonDocument rather than the serializer: the serializer's generic machinery over
    // nullable enums and dates is JIT-compiled on every cold start (about 60 ms here), while JsonDocument is
    // precompiled in the framework. The shape is small and fixed, so reading it by hand costs little.
    private static List<EntryDto>? ReadEntries(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != "entries")
            {
                problems.Add($"The knowledge base has an unknown field \"{property.Name}\".");
            }
        }

        var entries = new List<EntryDto>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            entries.Add(ReadEntry(element, entries.Count + 1, problems));
        }

        return entries;
    }

    private static readonly string[] FieldNames =
        ["id", "question", "alternates", "answer", "shortAnswer", "topic", "source", "followUps", "reviewed"];

    private static EntryDto ReadEntry(JsonElement element, int position, List<string> problems)
    {
        var entry = new EntryDto();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"entry #{position}: is not a JSON object.");
            entry.Rejected.UnionWith(FieldNames);
            return entry;
        }

        var fieldProblems = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": entry.Id = ReadString(value, property.Name, fieldProblems, entry); break;
                case "question": entry.Question = ReadString(value, property.Name, fieldProblems, entry); break;
                case "alternates": entry.Alternates = ReadStrings(value, property.Name, fieldProblems, entry); break;
                case "answer": entry.Answer = ReadString(value, property.Name, fieldProblems, entry); break;
                case "shortAnswer": entry.ShortAnswer = ReadString(value, property.Name, fieldProblems, entry); break;
                case "source": entry.Source = ReadString(value, property.Name, fieldProblems, entry); break;
                case "followUps": entry.FollowUps = ReadStrings(value, property.Name, fieldProblems, entry); break;
                case "topic": entry.Topic = ReadTopic(value, fieldProblems, entry); break;
                case "reviewed": entry.Reviewed = ReadDate(value, property.Name, fieldProblems, entry); break;
                default:
                    fieldProblems.Add($"unknown field \"{property.Name}\".");
                    break;
            }
        }

        var name = EntryName(entry.Id, position);
        foreach (var problem in fieldProblems)
        {
            problems.Add($"{name}: {problem}");
        }

        return entry;
    }

    private static string? ReadString(JsonElement value, string field, List<string> problems, EntryDto entry)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Null:
                return null;
            default:
                Reject(entry, field, $"\"{field}\" must be a string.", problems);
                return null;
        }
    }

    private static BodyArea? ReadTopic(JsonElement value, List<string> problems, EntryDto entry)
    {
        switch (ReadString(value, "topic", problems, entry))
        {
            case null: return null;
            case "heel": return BodyArea.Heel;
            case "back": return BodyArea.Back;
            case "both": return BodyArea.Both;
            case var other:
                Reject(entry, "topic", $"\"topic\" is '{other}'; it must be heel, back or both.", problems);
                return null;
        }
    }

    private static DateOnly? ReadDate(JsonElement value, string field, List<string> problems, EntryDto entry)
    {
        if (ReadString(value, field, problems, entry) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Reject(entry, field, $"\"{field}\" is '{text}'; it must be a date written yyyy-MM-dd.", problems);
        return null;
    }

    private static List<string>? ReadStrings(JsonElement value, string field, List<string> problems, EntryDto entry)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var strings = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    strings = null;
                    break;
                }

                strings.Add(item.GetString()!);
            }

            if (strings is not null)
            {
                return strings;
            }
        }

        Reject(entry, field, $"\"{field}\" must be an array of strings.", problems);
        return null;
    }

    /// <summary>Records why a field was refused, so validation does not also call it missing.</summary>
    private static void Reject(EntryDto entry, string field, string problem, List<string> problems)
    {
        entry.Rejected.Add(field);
        problems.Add(problem);
    }

    /// <summary>How problems name an entry: by id, or by position when it has none.</summary>
    private static string EntryName(string? id, int position) =>
        string.IsNullOrWhiteSpace(id) ? $"entry #{position}" : $"entry '{id}'";

    /// <summary>Every rule an entry breaks, so a reviewer can fix them in one pass.</summary>
    internal static List<string> Validate(List<EntryDto>? entries)
    {
        var problems = new List<string>();
        if (entries is null)
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
            var name = EntryName(entry.Id, i + 1);
            void Require(bool ok, string field)
            {
                if (!ok && !entry.Rejected.Contains(field))
                {
                    problems.Add($"{name}: \"{field}\" is missing or empty.");
                }
            }

            Require(!string.IsNullOrWhiteSpace(entry.Id), "id");
            Require(!string.IsNullOrWhiteSpace(entry.Question), "question");
            Require(entry.Alternates is { Count: > 0 } && entry.Alternates.TrueForAll(a => !string.IsNullOrWhiteSpace(a)), "alternates");
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
                if (Gsm7.SeptetCount(shortAnswer) is not { } septets)
                {
                    problems.Add($"{name}: \"shortAnswer\" has characters outside GSM-7 ({string.Concat(Gsm7.InvalidCharacters(shortAnswer))}).");
                }
                else if (septets > ShortAnswerMaxLength)
                {
                    problems.Add($"{name}: \"shortAnswer\" is {septets} GSM-7 characters; at most {ShortAnswerMaxLength} are allowed.");
                }
            }
        }

        foreach (var entry in entries)
        {
            foreach (var followUp in entry.FollowUps ?? [])
            {
                if (!ids.Contains(followUp) || followUp == entry.Id)
                {
                    problems.Add($"entry '{entry.Id}': follow-up '{followUp}' is {(followUp == entry.Id ? "the entry itself" : "not an entry")}.");
                }
            }
        }

        return problems;
    }

    /// <summary>One entry as read, before validation: every field may be missing.</summary>
    internal sealed class EntryDto
    {
        public string? Id { get; set; }
        public string? Question { get; set; }
        public List<string>? Alternates { get; set; }
        public string? Answer { get; set; }
        public string? ShortAnswer { get; set; }
        public BodyArea? Topic { get; set; }
        public string? Source { get; set; }
        public List<string>? FollowUps { get; set; }
        public DateOnly? Reviewed { get; set; }

        /// <summary>Fields present but refused (wrong type or value); already reported.</summary>
        public HashSet<string> Rejected { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The knowledge base breaks one or more rules; <see cref="Problems"/> lists them all.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<string> problems)
    : Exception("The FAQ knowledge base is invalid: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
