using PainCoach.RedFlags;

namespace PainCoach.Tests.RedFlags;

/// <summary>Assertions the rounds' test files share.</summary>
internal static class ScreenAssert
{
    private static readonly BodyArea?[] EveryProgram = [null, BodyArea.Heel, BodyArea.Back, BodyArea.Both];

    /// <summary>
    /// No alert for the text, whoever sends it: someone with no program, or a subscriber of any program (a program
    /// stands in for the pain area only when the text names none, so a text with no area is where it could add one).
    /// </summary>
    public static void NoAlertUnderAnyProgram(IRedFlagScreen screen, string text)
    {
        foreach (var program in EveryProgram)
        {
            Assert.True(screen.Screen(text, program) is null, $"alert under program {program?.ToString() ?? "none"}: {text}");
        }
    }
}
