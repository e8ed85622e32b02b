using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Faq;
using PainCoach.RedFlags;

namespace PainCoach.Sms;

// INTERIM, for the sms branch only. The FAQ branch implements IRedFlagScreen and IShortAnswerSource for real;
// the lead deletes THIS FILE at merge and nothing else changes (AddSms calls a partial method that then has no
// body and compiles to nothing). TryAdd, so real implementations registered earlier win even before that.
public static partial class SmsServiceCollectionExtensions
{
    static partial void AddInterimAnswerSources(IServiceCollection services)
    {
        services.TryAddSingleton<IRedFlagScreen, InterimRedFlagScreen>();
        services.TryAddSingleton<IShortAnswerSource, InterimNoShortAnswers>();
    }

    /// <summary>Recognises only a few unmistakable phrases, mapped onto <see cref="RedFlagCatalog"/>; the FAQ branch's screen is the real one.</summary>
    private sealed class InterimRedFlagScreen : IRedFlagScreen
    {
        private static readonly (string Phrase, string Symptom)[] Phrases =
        [
            ("bladder", SymptomIds.BladderBowelChange),
            ("bowel", SymptomIds.BladderBowelChange),
            ("numb between my legs", SymptomIds.SaddleNumbness),
            ("saddle numbness", SymptomIds.SaddleNumbness),
            ("heard a snap", SymptomIds.AchillesSnap),
            ("can't put weight", SymptomIds.CannotBearWeight),
            ("cannot put weight", SymptomIds.CannotBearWeight),
        ];

        public RedFlagAlert? Screen(string text)
        {
            var symptoms = Phrases.Where(p => text.Contains(p.Phrase, StringComparison.OrdinalIgnoreCase)).Select(p => p.Symptom).ToHashSet(StringComparer.Ordinal);
            var flags = RedFlagCatalog.Evaluate(PainArea.Any, symptoms);
            return flags.Count == 0 ? null : new RedFlagAlert(flags[0].Level, flags[0].Message, flags);
        }
    }

    /// <summary>No FAQ in this branch: every question gets the fallback.</summary>
    private sealed class InterimNoShortAnswers : IShortAnswerSource
    {
        public ShortAnswer? FindConfidentShortAnswer(string question) => null;
    }
}
