namespace PainCoach.Tests.Architecture;

/// <summary>
/// The library's concepts depend on each other one way (docs/architecture.md): Conversation and Signup → Reminders →
/// Subscribers → Telephony and Storage; Conversation also → Faq and RedFlags. A reference against these arrows, or
/// any cycle, fails here with the type or file that makes it.
/// </summary>
public sealed class NamespaceDependencyTests
{
    /// <summary>What each concept may use directly. Lower layers are reachable from every layer above them.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [NamespaceDependencies.Shared] = [],
        ["Storage"] = [NamespaceDependencies.Shared],
        ["Telemetry"] = [NamespaceDependencies.Shared],
        // The sentence-embedding model, shared by whatever needs meaning rather than words.
        ["Language"] = [NamespaceDependencies.Shared],
        // The screen's second reading compares a text with labelled messages by meaning (docs/triage.md).
        ["RedFlags"] = [NamespaceDependencies.Shared, "Language"],
        ["Health"] = [NamespaceDependencies.Shared, "Storage"],
        ["Triage"] = [NamespaceDependencies.Shared, "RedFlags"],
        ["Telephony"] = [NamespaceDependencies.Shared, "Storage"],
        // The FAQ's short answers are SMS-sized: it reads GSM-7 from Telephony.
        ["Faq"] = [NamespaceDependencies.Shared, "RedFlags", "Language", "Telephony", "Storage", "Telemetry"],
        ["Subscribers"] = [NamespaceDependencies.Shared, "Telephony", "Storage"],
        ["Reminders"] = [NamespaceDependencies.Shared, "Subscribers", "Telephony", "Storage", "Telemetry"],
        ["Signup"] = [NamespaceDependencies.Shared, "Reminders", "Subscribers", "Telephony", "Storage", "Telemetry"],
        ["Conversation"] = [NamespaceDependencies.Shared, "Reminders", "Subscribers", "Telephony", "Storage", "Telemetry", "Faq", "RedFlags"],
        ["Widget"] = [NamespaceDependencies.Shared, "Subscribers", "Telephony", "Storage"],
        // AddPainCoach composes every concept; nothing uses it.
        [NamespaceDependencies.Composition] =
            [NamespaceDependencies.Shared, "Storage", "Telemetry", "RedFlags", "Language", "Health", "Triage", "Telephony", "Faq", "Subscribers", "Reminders", "Signup", "Conversation", "Widget"],
    };

    private static readonly System.Reflection.Assembly Library = typeof(PainCoachOptions).Assembly;

    private static HashSet<string> Concepts() =>
        Library.GetTypes().Select(t => NamespaceDependencies.ConceptOf(t.Namespace)).OfType<string>().Where(c => c != NamespaceDependencies.Root).ToHashSet(StringComparer.Ordinal);

    private static List<(string From, string To, string Because)> ActualEdges() =>
    [
        .. NamespaceDependencies.FromTypes(Library),
        .. NamespaceDependencies.FromSources(LibrarySourceDirectory(), Concepts()),
    ];

    private static string LibrarySourceDirectory()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Functions.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The tests run inside the repository.");
        }

        return Path.Combine(root, "src", "PainCoach");
    }

    [Fact]
    public void Every_concept_of_the_library_has_its_arrows_written_down()
    {
        var nodes = Concepts().Append(NamespaceDependencies.Shared).Append(NamespaceDependencies.Composition);

        Assert.DoesNotContain(nodes, n => !Allowed.ContainsKey(n));
    }

    [Fact]
    public void The_allowed_arrows_have_no_cycle()
    {
        Assert.Null(NamespaceDependencies.FindCycle(Allowed.SelectMany(a => a.Value.Select(to => (a.Key, to)))));
    }

    [Fact]
    public void No_reference_goes_against_the_arrows()
    {
        var against = ActualEdges()
            .Where(e => !(Allowed.GetValueOrDefault(e.From) ?? []).Contains(e.To))
            .Select(e => $"{e.From} -> {e.To}: {e.Because}")
            .Distinct()
            .Take(20)
            .ToList();

        Assert.True(against.Count == 0, "References against the arrows:\n" + string.Join('\n', against));
    }

    [Fact]
    public void The_namespaces_have_no_cycle()
    {
        var cycle = NamespaceDependencies.FindCycle(ActualEdges().Select(e => (e.From, e.To)));

        Assert.True(cycle is null, "Cycle: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void The_scan_sees_references_in_signatures_bodies_and_constants()
    {
        var edges = ActualEdges();

        // Signature: the dispatcher takes ISmsSender. Body: the rules call PhoneNumberReader. Constant: 21610 is inlined.
        Assert.Contains(edges, e => e is { From: "Reminders", To: "Telephony" } && e.Because.Contains("ReminderDispatcher", StringComparison.Ordinal));
        Assert.Contains(edges, e => e is { From: "Conversation", To: "Faq" });
        Assert.Contains(edges, e => e is { From: "Subscribers", To: "Telephony" } && e.Because.Contains("SubscriberRules", StringComparison.Ordinal));
        Assert.Contains(edges, e => e is { From: NamespaceDependencies.Composition, To: "Conversation" });
    }

    [Theory]
    [InlineData("A>B B>C C>A", "A B C A")]
    [InlineData("A>B B>C A>C", null)]
    [InlineData("A>A", "A A")]
    [InlineData("A>B C>D D>C", "C D C")]
    public void Cycles_are_found_and_named(string edges, string? cycle)
    {
        var parsed = edges.Split(' ').Select(e => e.Split('>')).Select(p => (p[0], p[1]));

        var found = NamespaceDependencies.FindCycle(parsed);

        Assert.Equal(cycle, found is null ? null : string.Join(' ', found));
    }
}
