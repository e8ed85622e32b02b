using PainCoach.RedFlags;
using PainCoach.Triage;

namespace PainCoach.Tests.Triage;

public sealed class SymptomQuestionsTests
{
    [Fact]
    public void Every_symptom_id_has_exactly_one_question_in_vocabulary_order()
    {
        Assert.Equal(SymptomIds.All, SymptomQuestions.All.Select(q => q.Id));
        Assert.All(SymptomQuestions.All, q => Assert.EndsWith("?", q.Question, StringComparison.Ordinal));
    }

    [Fact]
    public void Questions_are_marked_red_flag_exactly_when_the_catalog_uses_the_symptom()
    {
        Assert.All(SymptomQuestions.All, q => Assert.Equal(RedFlagCatalog.RedFlagSymptoms.Contains(q.Id), q.IsRedFlag));
        Assert.True(SymptomQuestions.All.Single(q => q.Id == SymptomIds.SaddleNumbness).IsRedFlag);
        Assert.False(SymptomQuestions.All.Single(q => q.Id == SymptomIds.FirstStepPain).IsRedFlag);
    }

    [Theory]
    [InlineData(SymptomIds.FirstStepPain, BodyArea.Heel)]
    [InlineData(SymptomIds.LegPainBelowKnee, BodyArea.Back)]
    [InlineData(SymptomIds.Fever, BodyArea.Both)]
    public void Each_question_belongs_to_an_area(string id, BodyArea area)
    {
        Assert.Equal(area, SymptomQuestions.All.Single(q => q.Id == id).Area);
    }
}
