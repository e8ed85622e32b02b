using static PainCoach.RedFlags.SymptomIds;

namespace PainCoach.Triage;

/// <summary>
/// What to do now, by level and area. Self-care names icing (up to 20 minutes, wrapped), stretches, footwear and
/// rest (article: Effective Home Remedies; NHS wording for ice; ACP 2017 for heat on new back pain).
/// </summary>
public static class TriageAdvice
{
    public const string Disclaimer =
        "This is general information, not a diagnosis, and it does not replace a check by a doctor or other healthcare professional. If you are worried or feel very unwell, call 911 or your doctor.";

    public const string HeelIce =
        "Ice your heel for up to 20 minutes at a time, wrapped in a cloth or towel, every 2 to 3 hours. Never put ice straight on your skin.";

    public const string HeelStretches =
        "Stretch your calf, Achilles tendon and the sole of your foot gently 2 to 3 times a day, and before your first steps in the morning.";

    public const string HeelFootwear =
        "Wear supportive shoes with a cushioned heel and good arch support, or add insoles. Avoid walking barefoot on hard floors.";

    public const string HeelRest =
        "Rest your foot: cut down on running and long periods of standing, and raise your foot when you sit.";

    public const string BackMoving =
        "Keep moving gently and carry on with daily activities as much as you can. Staying in bed slows recovery.";

    public const string BackHeatOrIce =
        "A heat pack can ease new back pain. Ice for up to 20 minutes at a time, wrapped in a cloth or towel, is fine if you prefer it.";

    public const string BackStretches =
        "Try gentle back stretches such as knee-to-chest, child's pose or cobra pose. Stop any stretch that makes the pain worse.";

    public const string BackRest =
        "Rest from heavy lifting and twisting for now. When you lift, bend your knees and keep the load close to your body.";

    public const string PainRelief =
        "Pain relief such as ibuprofen may help. Check with a pharmacist or doctor first, especially if you have stomach, kidney or heart problems or take blood thinners.";

    public const string ReducedFeelingCaution =
        "With diabetes or reduced feeling in your feet, take extra care with ice and heat: check your skin often, as you may not feel damage.";

    public const string BookAppointment =
        "Unless the advice above says sooner, book an appointment with your doctor or a physiotherapist within the next week or two. Go sooner if things get worse.";

    public const string KeepSelfCareMeanwhile = "Until you are seen, keep up self-care:";

    public const string DoNotDriveYourself =
        "Do not drive yourself. Ask someone to take you, or call 911.";

    public const string KeepWeightOff =
        "Keep weight off the foot until it has been checked, and raise it when you can.";

    public const string HeelWatchFor =
        "Get seen the same day if you cannot put any weight on your foot, feel a snap at the back of your heel, get a fever, " +
        "your foot turns red, hot and swollen, or one calf becomes swollen, warm and painful. With diabetes, a wound or sore on your foot needs a check the same day too.";

    public const string BackWatchFor =
        "Call 911 at once if you get numbness between your legs or around your bottom, new trouble peeing or controlling your bladder or bowels, " +
        "weakness or numbness in both legs, or chest pain or shortness of breath.";

    public const string BackSameDay =
        "See a doctor the same day if you get a fever or a leg or foot gets weaker.";

    public static string Headline(TriageLevel level, BodyArea area) => level switch
    {
        TriageLevel.Emergency => "Emergency: call 911 or go to the emergency department now.",
        TriageLevel.Urgent => "Urgent: see a doctor or urgent care today.",
        TriageLevel.SeeClinician => "See a healthcare professional soon: book an appointment.",
        _ => area switch
        {
            BodyArea.Heel => "Your heel pain sounds like something you can treat at home for now.",
            BodyArea.Back => "Your back pain sounds like something you can treat at home for now.",
            _ => "Your heel and back pain sound like something you can treat at home for now.",
        },
    };

    /// <param name="level">The answer's level (the highest that fired).</param>
    /// <param name="request">The validated request: its area picks the self-care advice.</param>
    /// <param name="fired">The rules that fired, most urgent first.</param>
    public static IReadOnlyList<string> For(TriageLevel level, TriageRequest request, IReadOnlyList<TriageRule> fired)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fired);
        var advice = new List<string>(16);

        foreach (var rule in fired)
        {
            AddOnce(advice, rule.Advice);
            AddOnce(advice, rule.MoreAdvice);
        }

        switch (level)
        {
            case TriageLevel.Emergency:
                AddOnce(advice, DoNotDriveYourself);
                return advice;
            case TriageLevel.Urgent:
                if (request.HasHeelPain)
                {
                    AddOnce(advice, KeepWeightOff);
                }

                if (request.HasBackPain)
                {
                    AddOnce(advice, BackWatchFor);
                }

                return advice;
            case TriageLevel.SeeClinician:
                AddOnce(advice, BookAppointment);
                AddOnce(advice, KeepSelfCareMeanwhile);
                break;
        }

        AddSelfCare(advice, request);
        AddOnce(advice, PainRelief);
        if (request.HasAny(Diabetes, FootBurningTingling))
        {
            AddOnce(advice, ReducedFeelingCaution);
        }

        if (request.HasHeelPain)
        {
            AddOnce(advice, HeelWatchFor);
        }

        if (request.HasBackPain)
        {
            AddOnce(advice, BackWatchFor);
            AddOnce(advice, BackSameDay);
        }

        return advice;
    }

    private static void AddSelfCare(List<string> advice, TriageRequest request)
    {
        if (request.HasHeelPain)
        {
            AddOnce(advice, HeelIce);
            AddOnce(advice, HeelStretches);
            AddOnce(advice, HeelFootwear);
            AddOnce(advice, HeelRest);
        }

        if (request.HasBackPain)
        {
            AddOnce(advice, BackMoving);
            AddOnce(advice, BackHeatOrIce);
            AddOnce(advice, BackStretches);
            AddOnce(advice, BackRest);
        }
    }

    private static void AddOnce(List<string> advice, string? text)
    {
        if (text is not null && !advice.Contains(text))
        {
            advice.Add(text);
        }
    }
}
