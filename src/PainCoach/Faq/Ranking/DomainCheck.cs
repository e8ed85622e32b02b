namespace PainCoach.Faq.Ranking;

/// <summary>What the words of a question say about its topic: other body parts or health topics, and ours.</summary>
public readonly record struct DomainSignal(bool OtherTopic, bool OurTopic, bool OtherCondition = false, BodyArea? NamedArea = null)
{
    /// <summary>Names another part of the body or another health matter, and nothing about heels, feet or backs.</summary>
    public bool OnlyOtherTopic => OtherTopic && !OurTopic;

    /// <summary>Names no part of the body or health matter at all, ours or another ("best diet to lose 10 lbs", "ice how long").</summary>
    public bool NoTopic => !OtherTopic && !OurTopic;

    /// <summary>
    /// Names another condition (skin, nails, a bunion, gout, migraine) as well as a part of ours: "verruca on the
    /// bottom of my foot" is about the foot's skin, not heel pain. Unlike another body part ("pain past my knee" is
    /// sciatica), such a word hardly ever comes with a question the FAQ answers.
    /// </summary>
    public bool OtherConditionWithOurs => OtherCondition && OurTopic;

    /// <summary>
    /// Whether an entry's topic leaves out the one area the question names: "ice or heat for my heel" names the heel
    /// only, so the back's heat-or-ice entry does not fit it, however close its sentence vector is. False when the
    /// question names both areas, neither, or the entry is about both.
    /// </summary>
    public bool LeavesOutNamedArea(BodyArea entryTopic) =>
        NamedArea is { } named && entryTopic != BodyArea.Both && entryTopic != named;
}

/// <summary>
/// A small word check for the question's topic. Sentence vectors place "my knee hurts when I run" next to "my heel
/// hurts when I run" (both are joint pain), so cosine alone cannot refuse the knee; naming the knee and no heel,
/// foot or back is strong evidence the question is not ours. The calibrated score weighs it with the rest.
/// Words that also occur in our questions ("knee" in sciatica below the knee) count only without one of ours.
/// </summary>
public static class DomainCheck
{
    /// <summary>Other body parts and health matters the clinic's FAQ does not cover.</summary>
    internal static readonly WordTable OtherTopicWords = new(
    [
        "knee", "knees", "kneecap", "neck", "shoulder", "shoulders", "wrist", "wrists", "elbow", "elbows", "hand", "hands",
        "finger", "fingers", "thumb", "thumbs", "arm", "arms", "hip", "hips", "groin", "jaw", "tooth", "teeth",
        "toothache", "gum", "gums", "eye", "eyes", "ear", "ears", "earache", "throat", "nose", "sinus", "sinuses", "head",
        "headache", "headaches", "migraine", "migraines", "rash", "rashes", "eczema", "acne", "psoriasis", "hives",
        "itch", "itchy", "itching", "mole", "moles", "wart", "warts", "verruca", "verrucas", "toenail", "toenails",
        "nail", "nails", "fungus", "fungal", "bunion", "bunions", "gout", "flu", "cough", "covid", "allergy",
        "allergies", "asthma", "heartburn", "chest", "lungs", "depression", "anxiety", "insomnia", "cholesterol",
        "vaccine", "vaccines", "prescription", "prescriptions", "refill", "refills", "insurance", "cost", "costs",
        "price", "prices", "bill", "billing", "copay", "parking", "carpal", "tennis", "golfers", "pimple", "pimples",
        "hamstring", "hamstrings", "shin", "shins", "rotator", "cuff", "ingrown", "wisdom", "vaping", "smoking", "keto",
        "contagious", "ringing", "flexor", "flexors", "appointment", "appointments", "rib", "ribs", "collarbone",
        "forearm", "bicep", "biceps", "tricep", "triceps", "quad", "quads", "face", "lip", "lips", "tongue", "mouth",
        "scalp", "forehead", "armpit", "belly", "abdomen", "liver", "gallbladder", "appendix", "thyroid", "anemia",
        "nausea", "vomiting", "dizzy", "dizziness", "vertigo", "tinnitus", "sunburn", "hair", "dandruff", "lice",
        "lump", "breast", "prostate", "constipation", "diarrhea", "reflux", "hemorrhoids", "uti", "std", "strep",
        "tonsils", "pneumonia", "bronchitis", "sinusitis", "vision", "glasses", "hearing", "dentist", "dental",
        "seizure", "epilepsy", "concussion", "sting", "bite", "tick", "lyme", "menopause", "fertility", "contraception",
        "alcohol", "hangover", "snoring", "apnea", "hypertension", "medicare", "medicaid", "deductible", "refund",
        "portal", "password", "login", "address", "location", "vaccinated", "booster", "pinkeye", "conjunctivitis",
        "stye", "cavity", "cavities", "toe", "fever", "stomach", "diet", "meal", "meals", "sickness", "callus",
        "calluses", "corns", "blister", "blisters", "migrane", "migranes", "menstrual", "periods", "cramps",
        "period", "hayfever", "hay", "antihistamine", "antihistamines", "pollen",
    ]);

    /// <summary>Other conditions (a subset of <see cref="OtherTopicWords"/>): skin, nails, toes' joints, other illnesses.</summary>
    internal static readonly WordTable OtherConditionWords = new(
    [
        "rash", "rashes", "eczema", "acne", "psoriasis", "hives", "itch", "itchy", "itching", "mole", "moles", "wart",
        "warts", "verruca", "verrucas", "toenail", "toenails", "nail", "nails", "fungus", "fungal", "bunion", "bunions",
        "gout", "pimple", "pimples", "ingrown", "sunburn", "blister", "blisters", "callus", "calluses", "corns",
        "migraine", "migraines", "migrane", "migranes", "headache", "headaches",
    ]);

    /// <summary>Heels, feet, backs and their conditions: with one of these the question may be ours whatever else it names.</summary>
    internal static readonly WordTable OurTopicWords = new(
    [
        "heel", "heels", "foot", "feet", "arch", "arches", "sole", "soles", "achilles", "plantar", "fasciitis", "fascia",
        "fasciitus", "fascitis", "spur", "spurs", "calf", "calves", "back", "backache", "spine", "spinal", "lumbar",
        "sciatica", "sciatic", "disc", "discs", "disk", "disks", "vertebra", "vertebrae", "tailbone", "buttock",
        "buttocks", "bum", "butt", "leg", "legs", "tendon", "tendinitis", "tendonitis", "orthotic", "orthotics",
        "insole", "insoles", "shoe", "shoes", "sneakers", "trainers", "pf", "lbp", "sever", "severs", "tarsal",
        "ankle", "ankles", "retrocalcaneal", "discectomy", "prolotherapy",
    ]);

    /// <summary>Words that name the heel side only (a subset of <see cref="OurTopicWords"/>).</summary>
    internal static readonly WordTable HeelWords = new(
    [
        "heel", "heels", "foot", "feet", "arch", "arches", "sole", "soles", "achilles", "plantar", "fasciitis", "fascia",
        "fasciitus", "fascitis", "spur", "spurs", "pf", "sever", "severs", "tarsal", "retrocalcaneal", "ankle", "ankles",
    ]);

    /// <summary>Words that name the back side only (a subset of <see cref="OurTopicWords"/>).</summary>
    internal static readonly WordTable BackWords = new(
    [
        "back", "backache", "spine", "spinal", "lumbar", "sciatica", "sciatic", "disc", "discs", "disk", "disks",
        "vertebra", "vertebrae", "tailbone", "lbp", "discectomy",
    ]);

    public static DomainSignal Classify(ReadOnlySpan<char> question)
    {
        Span<char> buffer = stackalloc char[512];
        Span<int> starts = stackalloc int[TextAnalysis.MaxWords];
        Span<int> lengths = stackalloc int[TextAnalysis.MaxWords];
        var count = TextAnalysis.Split(question[..Math.Min(question.Length, buffer.Length)], buffer, starts, lengths);
        var other = false;
        var ours = false;
        var condition = false;
        var heel = false;
        var back = false;
        for (var i = 0; i < count; i++)
        {
            var word = buffer.Slice(starts[i], lengths[i]);
            ours |= OurTopicWords.Contains(word);
            other |= OtherTopicWords.Contains(word);
            condition |= OtherConditionWords.Contains(word);
            heel |= HeelWords.Contains(word);
            // "the back of my heel" or "of my leg" names a side of something else, not the back.
            var backOf = i + 1 < count && buffer.Slice(starts[i + 1], lengths[i + 1]) is "of";
            back |= BackWords.Contains(word) && !(backOf && word is "back");
        }

        BodyArea? named = heel == back ? null : heel ? BodyArea.Heel : BodyArea.Back;
        return new DomainSignal(other, ours, condition, named);
    }
}
