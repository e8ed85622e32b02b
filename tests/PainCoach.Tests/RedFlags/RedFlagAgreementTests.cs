using PainCoach.RedFlags;
using PainCoach.Triage;
using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// One sign, one level, however it is reported: for every symptom id the catalog uses (and every context sign), the
/// level structured triage gives equals the level of the free-text screen's alert for a sentence that states it.
/// </summary>
public sealed class RedFlagAgreementTests
{
    private static readonly FreeTextRedFlagScreen Screen = new();
    private static readonly TriageEngine Engine = new();

    /// <summary>A sentence and the structured form of the same report.</summary>
    public sealed record Report(string Sentence, TriageArea Area, string[] Symptoms, int Days = 1, bool SelfCareTried = false, int? Pain = null)
    {
        public override string ToString() => Sentence;
    }

    public static IReadOnlyList<Report> Cases { get; } =
    [
        new("my back hurts and my bottom has gone numb", TriageArea.Back, [SaddleNumbness]),
        new("back pain and I can't control my bladder", TriageArea.Back, [BladderBowelChange]),
        new("back pain and I can't get an erection since it started", TriageArea.Back, [SexualDysfunctionNew]),
        new("back pain and numbness in both legs", TriageArea.Back, [BothLegs, LegNumbnessTingling]),
        new("back pain with sciatica down both legs", TriageArea.Back, [BothLegs, LegPainBelowKnee]),
        new("back pain and both legs feel weak", TriageArea.Back, [BothLegs, LegWeakness]),
        new("back pain and both my feet tingle", TriageArea.Back, [BothLegs, FootBurningTingling]),
        new("my heel hurts and both my feet tingle", TriageArea.Heel, [BothLegs, FootBurningTingling]),
        new("back pain and pins and needles in my leg", TriageArea.Back, [LegNumbnessTingling]),
        new("back pain and my left leg feels weak", TriageArea.Back, [LegWeakness]),
        new("back pain and my leg is getting weaker and weaker", TriageArea.Back, [LegWeaknessWorsening]),
        new("my heel hurts and my foot is burning and tingling", TriageArea.Heel, [FootBurningTingling]),
        new("my back has hurt since a car crash yesterday", TriageArea.Back, [MajorTrauma]),
        new("my heel hurts since I fell off a ladder", TriageArea.Heel, [MajorTrauma]),
        new("back pain and chest pain", TriageArea.Back, [ChestPain]),
        new("heel pain and a fever", TriageArea.Heel, [Fever]),
        new("back pain and a fever", TriageArea.Back, [Fever]),
        new("my foot is red, hot and swollen and my heel hurts", TriageArea.Heel, [RedHotSwollen]),
        new("I'm diabetic and my heel hurts", TriageArea.Heel, [Diabetes]),
        new("I'm diabetic and have a wound on my foot", TriageArea.Heel, [Diabetes, FootWound]),
        new("my foot looks deformed and my heel hurts", TriageArea.Heel, [FootDeformity]),
        new("I'm on chemo and my heel hurts", TriageArea.Heel, [Immunosuppressed]),
        new("I'm on chemo, my back hurts and I have a fever", TriageArea.Back, [Immunosuppressed, Fever]),
        new("back pain and I had cancer before", TriageArea.Back, [CancerHistory]),
        new("heel pain and I had cancer before", TriageArea.Heel, [CancerHistory]),
        new("back pain and I'm losing weight without trying", TriageArea.Back, [UnexplainedWeightLoss]),
        new("back pain and I have osteoporosis", TriageArea.Back, [Osteoporosis]),
        new("heard a snap at the back of my heel", TriageArea.Heel, [AchillesSnap]),
        new("I can't put any weight on my foot", TriageArea.Heel, [CannotBearWeight]),
        new("my heel hurts and one calf is swollen and warm", TriageArea.Heel, [CalfSwellingOneSide]),
        new("my back is stiff for over an hour every morning", TriageArea.Back, [MorningStiffness30Min]),
        new("my back pain wakes me at night", TriageArea.Back, [NightPain]),
        new("my heel pain keeps getting worse", TriageArea.Heel, [Worsening]),
        new("my back is so bad I can't go to work", TriageArea.Back, [DailyLifeDisrupted]),
        new("my heel has hurt for 3 weeks even though I stretch and ice it", TriageArea.Heel, [], Days: 21, SelfCareTried: true),
        new("my back has hurt for 6 weeks and is no better", TriageArea.Back, [], Days: 42),
        new("my heel pain is 9 out of 10", TriageArea.Heel, [], Pain: 9),
    ];

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
        {
            data.Add(c.Sentence);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Structured_triage_and_the_free_text_screen_give_the_same_level(string sentence)
    {
        var c = Cases.Single(x => x.Sentence == sentence);
        var request = new TriageRequest(c.Area, c.Days, c.Pain, c.SelfCareTried, c.Symptoms.ToHashSet(StringComparer.Ordinal), null);

        var reading = Screen.Read(sentence);
        var structured = Engine.Assess(request).Level;
        var spoken = Screen.Screen(sentence)?.Level.ToTriageLevel() ?? TriageLevel.SelfCare;

        Assert.All(c.Symptoms, id => Assert.Contains(id, reading.Signs));
        Assert.Equal(structured, spoken);
        Assert.NotEqual(TriageLevel.SelfCare, structured);
    }

    [Fact]
    public void Every_symptom_id_and_context_sign_of_the_catalog_has_an_agreement_case()
    {
        var covered = Cases.SelectMany(c => c.Symptoms)
            .Concat(Cases.SelectMany(c => TriageRules.SignsOf(new TriageRequest(c.Area, c.Days, c.Pain, c.SelfCareTried, c.Symptoms.ToHashSet(), null))))
            .ToHashSet();
        var used = RedFlagCatalog.All.SelectMany(f => f.Patterns.SelectMany(p => p)).ToHashSet();

        Assert.Empty(used.Except(covered));
    }
}
