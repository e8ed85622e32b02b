using System.Text;
using PainCoach.Faq;
using PainCoach.Telephony;

namespace PainCoach.Tests.Faq;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Shipped = FaqTestServices.KnowledgeBase;

    private const string ValidEntry =
        """{"id":"ID","question":"Q?","alternates":["a"],"answer":"A.","shortAnswer":"S","topic":"heel","source":"Sec","followUps":[FOLLOW],"reviewed":"2026-11-25"}""";

    [Fact]
    public void The_shipped_knowledge_base_loads_with_at_least_35_entries()
    {
        Assert.True(Shipped.Entries.Count >= KnowledgeBase.MinimumEntries, $"{Shipped.Entries.Count} entries");
        Assert.All(Shipped.Entries, e => Assert.True(Gsm7.SeptetCount(e.ShortAnswer) <= 320, e.Id));
    }

    [Theory]
    [InlineData("Common Causes of Heel Pain")]
    [InlineData("Plantar Fasciitis")]
    [InlineData("Achilles Tendonitis")]
    [InlineData("Heel Spurs")]
    [InlineData("Common Causes of Back Pain")]
    [InlineData("Herniated Discs")]
    [InlineData("Muscle Strains")]
    [InlineData("Arthritis")]
    [InlineData("Understanding the Connection Between Heel Pain and Back Pain")]
    [InlineData("How Nerve Pathways Link Heel Pain and Back Pain")]
    [InlineData("Symptoms Indicating a Connection")]
    [InlineData("Risk Factors for Developing Heel and Back Pain")]
    [InlineData("Effective Home Remedies for Heel and Back Pain Relief")]
    [InlineData("Rest and Ice Packs")]
    [InlineData("Stretching and Strengthening Exercises")]
    [InlineData("Proper Footwear and Arch Support")]
    [InlineData("When to See a Healthcare Professional")]
    [InlineData("Treatment Options Provided by Healthcare Professionals")]
    [InlineData("Physical Therapy")]
    [InlineData("Prolotherapy")]
    [InlineData("Medications")]
    [InlineData("Surgical Interventions")]
    [InlineData("Preventative Measures to Avoid Heel and Back Pain")]
    [InlineData("Summary")]
    [InlineData("FAQ: What are the common causes of heel pain?")]
    [InlineData("FAQ: How are heel pain and back pain connected?")]
    [InlineData("FAQ: What are the symptoms that indicate a connection between heel pain and back pain?")]
    [InlineData("FAQ: When should I see a healthcare professional for heel pain?")]
    [InlineData("FAQ: What are effective home remedies for heel and back pain relief?")]
    public void Every_article_section_and_faq_has_an_entry(string section)
    {
        Assert.Contains(Shipped.Entries, e => e.Source.Split("; ").Contains(section));
    }

    [Fact]
    public void Prolotherapy_is_described_with_limited_mixed_evidence_never_as_proven_or_permanent()
    {
        foreach (var entry in Shipped.Entries)
        {
            var text = $"{entry.Answer} {entry.ShortAnswer}";
            Assert.DoesNotContain("clinically proven", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("permanent fix", text, StringComparison.OrdinalIgnoreCase);
        }

        var prolotherapy = Shipped["prolotherapy"];
        Assert.Contains("limited and mixed", prolotherapy.Answer, StringComparison.Ordinal);
        Assert.Contains("limited and mixed", prolotherapy.ShortAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public void Accuracy_notes_are_respected()
    {
        Assert.Contains("up to 20 minutes", Shipped["ice-duration"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("cloth or towel", Shipped["ice-duration"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("Never put ice straight on", Shipped["ice-duration"].Answer, StringComparison.Ordinal);
        Assert.Contains("diabetes", Shipped["ice-duration"].Answer, StringComparison.Ordinal);
        Assert.Contains("heat", Shipped["heat-or-ice-back"].ShortAnswer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no pain", Shipped["heel-spurs"].Answer, StringComparison.Ordinal);
        Assert.Contains("Some foot specialists suggest", Shipped["podiatrist"].Answer, StringComparison.Ordinal);
        Assert.Contains("two weeks", Shipped["see-professional-heel"].Answer, StringComparison.Ordinal);
        Assert.Contains("pharmacist", Shipped["medications"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("blood thinners", Shipped["medications"].Answer, StringComparison.Ordinal);
        Assert.Contains("months", Shipped["plantar-fasciitis-recovery"].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var problems = Problems(Entry("one"), Entry("one"));

        Assert.Contains(problems, p => p.Contains("'one': the id is used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Dangling_follow_ups_are_refused()
    {
        var problems = Problems(Entry("one", "\"nowhere\""), Entry("two", "\"one\""));

        Assert.Contains(problems, p => p.Contains("follow-up 'nowhere' is not an entry", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("entry 'two'", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_answers_over_320_gsm7_characters_are_refused_counting_extension_characters_twice()
    {
        var exactly320 = Entry("ok").Replace("\"S\"", $"\"{new string('a', 318)}[\"", StringComparison.Ordinal);
        var over = Entry("long").Replace("\"S\"", $"\"{new string('a', 319)}[\"", StringComparison.Ordinal);

        var problems = Problems(exactly320, over);

        Assert.Single(problems);
        Assert.Contains("'long': \"shortAnswer\" is 321 GSM-7 characters", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It’s sore")]
    [InlineData("Rest — then ice")]
    [InlineData("Feel better 😊")]
    public void Short_answers_with_characters_outside_gsm7_are_refused(string shortAnswer)
    {
        var problems = Problems(Entry("curly").Replace("\"S\"", $"\"{shortAnswer}\"", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Contains("outside GSM-7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"question\":\"Q?\",", "question")]
    [InlineData("\"alternates\":[\"a\"],", "alternates")]
    [InlineData("\"answer\":\"A.\",", "answer")]
    [InlineData("\"shortAnswer\":\"S\",", "shortAnswer")]
    [InlineData("\"topic\":\"heel\",", "topic")]
    [InlineData("\"source\":\"Sec\",", "source")]
    [InlineData(",\"reviewed\":\"2026-11-25\"", "reviewed")]
    public void Missing_fields_are_refused(string removed, string field)
    {
        var problems = Problems(Entry("gap").Replace(removed, "", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Contains($"'gap': \"{field}\" is missing or empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_few_entries_are_refused()
    {
        Assert.Contains(Problems(Entry("only")), p => p.Contains("at least 35 are required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"topic\":\"heel\"", "\"topic\":\"knee\"", "'bad': \"topic\" is 'knee'; it must be heel, back or both.")]
    [InlineData("\"topic\":\"heel\"", "\"topic\":\"Heel\"", "'bad': \"topic\" is 'Heel'; it must be heel, back or both.")]
    [InlineData("\"reviewed\":\"2026-11-25\"", "\"reviewed\":\"25/11/2026\"", "'bad': \"reviewed\" is '25/11/2026'; it must be a date written yyyy-MM-dd.")]
    [InlineData("\"question\":\"Q?\"", "\"question\":42", "'bad': \"question\" must be a string.")]
    [InlineData("\"alternates\":[\"a\"]", "\"alternates\":[\"a\",7]", "'bad': \"alternates\" must be an array of strings.")]
    [InlineData("\"alternates\":[\"a\"]", "\"alternates\":\"a\"", "'bad': \"alternates\" must be an array of strings.")]
    [InlineData("\"source\":\"Sec\"", "\"source\":\"Sec\",\"sources\":\"Sec\"", "'bad': unknown field \"sources\".")]
    public void Wrong_types_values_and_unknown_fields_are_refused_once_each_with_the_reason(string field, string replacement, string expected)
    {
        var problems = Problems(Entry("bad").Replace(field, replacement, StringComparison.Ordinal));

        Assert.Equal(["entry " + expected], problems);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"entries\":[")]
    public void Malformed_json_is_refused_as_such(string json)
    {
        var ex = Assert.Throws<KnowledgeBaseException>(() => Load(json));

        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"entries\":{}}")]
    public void A_file_without_an_entries_array_is_refused(string json)
    {
        var ex = Assert.Throws<KnowledgeBaseException>(() => Load(json));

        Assert.Equal(["The knowledge base has no \"entries\" array."], ex.Problems);
    }

    [Fact]
    public void An_entry_that_is_not_an_object_is_named_by_position()
    {
        var problems = Problems(Entry("first"), "\"text\"");

        Assert.Equal(["entry #2: is not a JSON object."], problems);
    }

    private static string Entry(string id, string followUps = "") =>
        ValidEntry.Replace("ID", id, StringComparison.Ordinal).Replace("FOLLOW", followUps, StringComparison.Ordinal);

    /// <summary>Loads the entries padded with valid filler entries, and returns the problems it reports.</summary>
    private static List<string> Problems(params string[] entries)
    {
        var filler = entries.Length > 1 || !entries[0].Contains("\"only\"", StringComparison.Ordinal)
            ? Enumerable.Range(0, KnowledgeBase.MinimumEntries).Select(i => Entry($"filler-{i}"))
            : [];
        try
        {
            Load($$"""{"entries":[{{string.Join(",", entries.Concat(filler))}}]}""");
            return [];
        }
        catch (KnowledgeBaseException ex)
        {
            return [.. ex.Problems];
        }
    }

    private static KnowledgeBase Load(string json) => KnowledgeBase.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
