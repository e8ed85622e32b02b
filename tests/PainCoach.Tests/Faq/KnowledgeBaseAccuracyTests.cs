using System.Text.RegularExpressions;
using PainCoach.Faq;

namespace PainCoach.Tests.Faq;

/// <summary>
/// The accuracy notes of the content review (CONTENT.md, NICE NG59, NHS), checked on what patients read: the answer and
/// the SMS short answer alike, since a short answer is often all someone sees.
/// </summary>
public sealed partial class KnowledgeBaseAccuracyTests
{
    private static readonly KnowledgeBase Shipped = FaqTestServices.KnowledgeBase;

    /// <summary>Both texts a patient may read, named for the failure message.</summary>
    private static IEnumerable<(string Name, string Text)> PatientTexts() =>
        Shipped.Entries.SelectMany(e => new[] { ($"{e.Id} answer", e.Answer), ($"{e.Id} shortAnswer", e.ShortAnswer) });

    [Fact]
    public void Every_mention_of_ice_carries_the_wrap_and_the_20_minute_limit()
    {
        var missing = PatientTexts()
            .Where(t => IceOrCold().IsMatch(t.Text))
            .Where(t => !t.Text.Contains("cloth or towel", StringComparison.Ordinal) || !t.Text.Contains("up to 20 minutes", StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToList();

        Assert.True(missing.Count == 0, "Ice without the wrap or the limit: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_advice_to_use_heat_warns_against_numb_skin_and_sleep()
    {
        var missing = PatientTexts()
            .Where(t => Heat().IsMatch(t.Text))
            .Where(t => !t.Text.Contains("numb skin", StringComparison.Ordinal) || !Sleep().IsMatch(t.Text))
            .Select(t => t.Name)
            .ToList();

        Assert.True(missing.Count == 0, "Heat without its cautions: " + string.Join(", ", missing));
    }

    [Fact]
    public void Patient_text_never_shows_developer_words_or_the_source_article()
    {
        var leaks = PatientTexts()
            .Where(t => DeveloperWords().IsMatch(t.Text))
            .Select(t => $"{t.Name}: '{DeveloperWords().Match(t.Text).Value}'")
            .ToList();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Theory]
    [InlineData("medications")]
    [InlineData("muscle-strain")]
    public void Nsaid_advice_names_the_cautions_and_the_lowest_dose_for_the_shortest_time(string id)
    {
        foreach (var text in new[] { Shipped[id].Answer, Shipped[id].ShortAnswer })
        {
            Assert.Contains("pharmacist", text, StringComparison.Ordinal);
            Assert.Contains("lowest dose", text, StringComparison.Ordinal);
            Assert.Contains("shortest time", text, StringComparison.Ordinal);
        }

        foreach (var caution in new[] { "stomach", "kidney", "heart", "asthma", "pregnant", "older", "blood thinners" })
        {
            Assert.Contains(caution, Shipped[id].Answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_review_notes_on_single_entries_hold()
    {
        var seeHeel = Shipped["see-professional-heel"];
        Assert.Matches("[Ss]ame day.*changed shape after an injury", seeHeel.Answer);
        Assert.Matches("[Ss]ame day.*changed shape after an injury", seeHeel.ShortAnswer);
        Assert.Contains("ometimes", Shipped["heel-back-connection"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("no specific cause", Shipped["back-pain-causes"].Answer, StringComparison.Ordinal);
        Assert.Contains("no specific cause", Shipped["back-pain-causes"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("not a sign of something serious", Shipped["back-pain-causes"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("flip-flops", Shipped["footwear-arch-support"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("backless", Shipped["footwear-arch-support"].ShortAnswer, StringComparison.Ordinal);
        Assert.Contains("Achilles tendon are usually avoided", Shipped["steroid-injections"].Answer, StringComparison.Ordinal);
        Assert.Contains("near the Achilles tendon are usually avoided", Shipped["achilles-treatment"].Answer, StringComparison.Ordinal);
        Assert.Contains(Shipped["achilles-tendinitis"].Alternates, a => a.Contains("tendinopathy", StringComparison.Ordinal));
        Assert.Contains("tendinopathy", Shipped["achilles-tendinitis"].Answer, StringComparison.Ordinal);
    }

    /// <summary>The entries added for issue 11, with the fact each must state (NICE NG59, NHS).</summary>
    [Theory]
    [InlineData("running-exercise-heel", "cycling or swimming")]
    [InlineData("exercise-with-back-pain", "Staying active")]
    [InlineData("bed-rest", "No.")]
    [InlineData("sitting-driving-desk", "every 30 minutes")]
    [InlineData("sleeping-position", "pillow between")]
    [InlineData("time-off-work", "Staying at work, or going back early")]
    [InlineData("sciatica-duration", "4 to 6 weeks")]
    [InlineData("back-imaging", "Usually not.")]
    [InlineData("chiropractic-manipulation", "part of a plan that includes exercise")]
    [InlineData("massage", "alongside exercise")]
    [InlineData("tens-acupuncture", "not recommend acupuncture")]
    [InlineData("back-brace", "not recommended for low back pain")]
    [InlineData("paracetamol-and-gels", "alone is not advised")]
    [InlineData("night-splints-taping-boots", "night splint")]
    [InlineData("shockwave-prp", "evidence is mixed")]
    [InlineData("severs-disease", "8 to 14")]
    [InlineData("heel-bursitis", "back of the heel")]
    [InlineData("tarsal-tunnel", "inside of the ankle")]
    [InlineData("heel-pain-pregnancy", "Avoid ibuprofen unless a doctor says so")]
    [InlineData("swollen-calf", "the same day")]
    public void A_new_entry_states_its_key_fact_in_the_short_answer(string id, string fact)
    {
        var entry = Shipped[id];

        Assert.Contains(fact, entry.ShortAnswer, StringComparison.Ordinal);
        Assert.InRange(entry.Alternates.Count, 6, 10);
        Assert.All(entry.Alternates, a => Assert.DoesNotContain("?", a, StringComparison.Ordinal));
        Assert.NotEmpty(entry.FollowUps);
    }

    [Fact]
    public void A_swollen_calf_is_same_day_and_911_with_chest_pain_or_breathlessness()
    {
        var calf = Shipped["swollen-calf"];

        Assert.Contains("blood clot", calf.ShortAnswer, StringComparison.Ordinal);
        Assert.Matches("Call 911 if you also have chest pain or trouble breathing", calf.ShortAnswer);
        Assert.Matches("Call 911 if you also have chest pain or trouble breathing", calf.Answer);
    }

    [GeneratedRegex(@"\b(ice|icing|cold pack|cold packs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IceOrCold();

    [GeneratedRegex(@"\b(heat|heating pad|heat wrap|hot water bottle)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heat();

    [GeneratedRegex(@"\b(sleep|asleep)\b")]
    private static partial Regex Sleep();

    [GeneratedRegex(@"\b(article|api|endpoint|route|(?-i:POST|GET|noMatch))\b|/api/|\b[a-z]+-[a-z]+-[a-z]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeveloperWords();
}
