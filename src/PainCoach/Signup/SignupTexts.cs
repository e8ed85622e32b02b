using Microsoft.Extensions.Options;
using PainCoach.Reminders;

namespace PainCoach.Signup;

/// <summary>
/// The one SMS the web sign-up sends: the double opt-in request, with what CTIA asks for (program, frequency, rates,
/// HELP and STOP). The conversation's texts (<c>SmsTexts</c>) answer the YES. A unit test checks it is GSM-7 and fits.
/// </summary>
public sealed class SignupTexts(IOptions<PainCoachOptions> coach, IOptions<ReminderOptions> reminders)
{
    public string AskForYes(BodyArea program) =>
        $"{coach.Value.ProgramName}: reply YES to get {program.ToDisplayName()} program reminders (ice, stretches, pain check-ins), up to {reminders.Value.DailyCap} msgs/day. " +
        "Msg&data rates may apply. Reply HELP for help, STOP to opt out.";
}
