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
    public sealed record Report(string Sentence, BodyArea Area, string[] Symptoms, int Days = 1, bool SelfCareTried = false, int? Pain = null)
    {
        public override string ToString() => Sentence;
    }

    public static IReadOnlyList<Report> Cases { get; } =
    [
        new("my back hurts and my bottom has gone numb", BodyArea.Back, [SaddleNumbness]),
        new("back pain and I can't control my bladder", BodyArea.Back, [BladderBowelChange]),
        new("back pain and I can't get an erection since it started", BodyArea.Back, [SexualDysfunctionNew]),
        new("back pain and numbness in both legs", BodyArea.Back, [BothLegs, LegNumbnessTingling]),
        new("back pain with sciatica down both legs", BodyArea.Back, [BothLegs, LegPainBelowKnee]),
        new("back pain and both legs feel weak", BodyArea.Back, [BothLegs, LegWeakness]),
        new("back pain and both my feet tingle", BodyArea.Back, [BothLegs, FootBurningTingling]),
        new("my heel hurts and both my feet tingle", BodyArea.Heel, [BothLegs, FootBurningTingling]),
        new("back pain and pins and needles in my leg", BodyArea.Back, [LegNumbnessTingling]),
        new("back pain and my left leg feels weak", BodyArea.Back, [LegWeakness]),
        new("back pain and my leg is getting weaker and weaker", BodyArea.Back, [LegWeaknessWorsening]),
        new("my heel hurts and my foot is burning and tingling", BodyArea.Heel, [FootBurningTingling]),
        new("my back has hurt since a car crash yesterday", BodyArea.Back, [MajorTrauma]),
        new("my heel hurts since I fell off a ladder", BodyArea.Heel, [MajorTrauma]),
        new("back pain and chest pain", BodyArea.Back, [ChestPain]),
        new("heel pain and a fever", BodyArea.Heel, [Fever]),
        new("back pain and a fever", BodyArea.Back, [Fever]),
        new("my foot is red, hot and swollen and my heel hurts", BodyArea.Heel, [RedHotSwollen]),
        new("I'm diabetic and my heel hurts", BodyArea.Heel, [Diabetes]),
        new("I'm diabetic and have a wound on my foot", BodyArea.Heel, [Diabetes, FootWound]),
        new("my foot looks deformed and my heel hurts", BodyArea.Heel, [FootDeformity]),
        new("I'm on chemo and my heel hurts", BodyArea.Heel, [Immunosuppressed]),
        new("I'm on chemo, my back hurts and I have a fever", BodyArea.Back, [Immunosuppressed, Fever]),
        new("back pain and I had cancer before", BodyArea.Back, [CancerHistory]),
        new("heel pain and I had cancer before", BodyArea.Heel, [CancerHistory]),
        new("back pain and I'm losing weight without trying", BodyArea.Back, [UnexplainedWeightLoss]),
        new("back pain and I have osteoporosis", BodyArea.Back, [Osteoporosis]),
        new("heard a snap at the back of my heel", BodyArea.Heel, [AchillesSnap]),
        new("I can't put any weight on my foot", BodyArea.Heel, [CannotBearWeight]),
        new("my heel hurts and one calf is swollen and warm", BodyArea.Heel, [CalfSwellingOneSide]),
        new("my back is stiff for over an hour every morning", BodyArea.Back, [MorningStiffness30Min]),
        new("my back pain wakes me at night", BodyArea.Back, [NightPain]),
        new("my heel pain keeps getting worse", BodyArea.Heel, [Worsening]),
        new("my back is so bad I can't go to work", BodyArea.Back, [DailyLifeDisrupted]),
        new("my heel has hurt for 3 weeks even though I stretch and ice it", BodyArea.Heel, [], Days: 21, SelfCareTried: true),
        new("my back has hurt for 6 weeks and is no better", BodyArea.Back, [], Days: 42),
        new("my heel pain is 9 out of 10", BodyArea.Heel, [], Pain: 9),
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
