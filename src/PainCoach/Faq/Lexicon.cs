namespace PainCoach.Faq;

/// <summary>
/// Words that carry no meaning for the search, and lay words mapped to the words the knowledge base uses. Both
/// sides (entries and questions) go through the same map, so "slipped disc" and "herniated disc" meet.
/// Multi-word keys are matched before single words ("foot doctor" before "doctor").
/// </summary>
internal static class Lexicon
{
    public static IReadOnlyList<string> StopWords { get; } =
    [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "about",
        "i", "im", "ive", "id", "me", "my", "mine", "myself", "you", "u", "ur", "your", "we", "our", "it", "its", "itself",
        "he", "she", "him", "her", "they", "them", "their", "this", "that", "these", "those", "there", "here",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had",
        "can", "could", "should", "would", "will", "shall", "may", "might", "must", "cant", "dont", "doesnt", "didnt",
        "wont", "isnt", "arent", "what", "whats", "which", "who", "whom", "how", "own", "so", "if", "but", "just",
        "really", "very", "much", "too", "also", "then", "than", "some", "any", "all", "get", "got", "getting", "gets",
        "please", "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "know", "tell", "want", "need", "like",
        "still", "ever", "even", "lot", "lots", "bit", "thing", "things", "one", "kind", "sort", "way", "out",
        "up", "off", "over", "again", "now", "well", "go", "going", "keep", "good", "best", "make", "made", "anti", "take", "takes",
    ];

    public static IReadOnlyDictionary<string, string> Synonyms { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Intent words
        ["why"] = "cause", ["reason"] = "cause", ["reasons"] = "cause",
        ["go away"] = "recover", ["goes away"] = "recover", ["get better"] = "recover", ["gets better"] = "recover",
        ["heal"] = "recover", ["heals"] = "recover", ["healing"] = "recover", ["recovery"] = "recover",
        ["back of heel"] = "achilles heel", ["back of my heel"] = "achilles heel", ["back of the heel"] = "achilles heel",
        ["back of your heel"] = "achilles heel", ["back of heels"] = "achilles heel",
        ["swollen"] = "swelling", ["puffy"] = "swelling",
        ["pop"] = "snap", ["popped"] = "snap", ["snapped"] = "snap",
        // Pain words
        ["sore"] = "pain", ["ache"] = "pain", ["aches"] = "pain", ["aching"] = "pain", ["achy"] = "pain",
        ["hurt"] = "pain", ["hurts"] = "pain", ["hurting"] = "pain", ["painful"] = "pain", ["agony"] = "pain",
        ["kills"] = "pain", ["killing"] = "pain", ["tender"] = "pain", ["throbbing"] = "pain",
        ["backache"] = "back pain", ["lumbar"] = "back", ["lower back"] = "back",
        // Conditions in lay words and common spellings
        ["slipped"] = "herniated", ["bulging"] = "herniated", ["prolapsed"] = "herniated", ["herniation"] = "herniated",
        ["ruptured disc"] = "herniated disc", ["disk"] = "disc", ["disks"] = "disc",
        ["tendonitis"] = "tendinitis", ["tendinopathy"] = "tendinitis", ["tendonosis"] = "tendinitis", ["tendinosis"] = "tendinitis",
        ["sciatic"] = "sciatica", ["pinched nerve"] = "sciatica nerve", ["trapped nerve"] = "sciatica nerve",
        ["pins and needles"] = "tingling", ["tingly"] = "tingling", ["tingle"] = "tingling", ["numbness"] = "numb",
        ["fallen arches"] = "flat foot", ["flatfoot"] = "flat foot", ["flat footed"] = "flat foot",
        ["wear and tear"] = "arthritis", ["osteoarthritis"] = "arthritis", ["degenerative"] = "arthritis",
        ["bone spur"] = "spur", ["calcaneal"] = "heel",
        // Body parts
        ["feet"] = "foot", ["heels"] = "heel", ["spinal"] = "spine",
        // People who treat it
        ["physio"] = "physical therapy", ["physiotherapy"] = "physical therapy", ["physiotherapist"] = "physical therapy",
        ["physical therapist"] = "physical therapy", ["pt"] = "physical therapy",
        ["dr"] = "doctor", ["doc"] = "doctor", ["gp"] = "doctor", ["physician"] = "doctor", ["clinician"] = "doctor",
        ["healthcare provider"] = "doctor", ["healthcare professional"] = "doctor", ["provider"] = "doctor",
        ["foot doctor"] = "podiatrist", ["foot specialist"] = "podiatrist", ["podiatry"] = "podiatrist", ["chiropodist"] = "podiatrist",
        // Treatments
        ["ibuprofen"] = "painkiller", ["advil"] = "painkiller", ["motrin"] = "painkiller", ["naproxen"] = "painkiller",
        ["aleve"] = "painkiller", ["nurofen"] = "painkiller", ["nsaid"] = "painkiller", ["nsaids"] = "painkiller", ["painkillers"] = "painkiller",
        ["pain killer"] = "painkiller", ["pain killers"] = "painkiller", ["pain reliever"] = "painkiller",
        ["inflammatory"] = "painkiller", ["anti inflammatory"] = "painkiller", ["antiinflammatory"] = "painkiller", ["anti inflammatories"] = "painkiller",
        ["medicine"] = "painkiller", ["medication"] = "painkiller", ["medications"] = "painkiller", ["meds"] = "painkiller",
        ["pills"] = "painkiller", ["tablets"] = "painkiller", ["tylenol"] = "painkiller", ["paracetamol"] = "painkiller",
        ["panadol"] = "painkiller", ["calpol"] = "painkiller", ["brufen"] = "painkiller", ["naprosyn"] = "painkiller",
        ["cortisone"] = "steroid", ["shot"] = "injection", ["jab"] = "injection", ["injections"] = "injection",
        ["prolo"] = "prolotherapy", ["prolo therapy"] = "prolotherapy",
        ["operation"] = "surgery", ["operate"] = "surgery", ["surgical"] = "surgery",
        ["x ray"] = "xray", ["mri"] = "xray", ["scan"] = "xray",
        ["trainers"] = "shoe", ["sneakers"] = "shoe", ["crocs"] = "shoe", ["birkenstocks"] = "shoe", ["footwear"] = "shoe", ["boots"] = "shoe", ["slippers"] = "shoe",
        ["hoka"] = "shoe", ["hokas"] = "shoe", ["skechers"] = "shoe", ["asics"] = "shoe", ["nikes"] = "shoe", ["uggs"] = "shoe",
        ["flip flops"] = "flip flop", ["sandals"] = "flip flop",
        ["eswt"] = "shockwave", ["superfeet"] = "insole", ["scholls"] = "insole", ["insert"] = "insole", ["inserts"] = "insole", ["orthotic"] = "insole", ["orthotics"] = "insole", ["insoles"] = "insole",
        ["arch support"] = "insole arch", ["arch supports"] = "insole arch",
        ["heating pad"] = "heat", ["heat pad"] = "heat", ["heat wrap"] = "heat", ["hot water bottle"] = "heat",
        ["warm"] = "heat", ["warmth"] = "heat", ["hot"] = "heat",
        ["ice pack"] = "ice", ["cold pack"] = "ice", ["icing"] = "ice", ["frozen peas"] = "ice", ["cold therapy"] = "ice",
        ["raise"] = "elevate", ["raised"] = "elevate", ["raising"] = "elevate", ["elevated"] = "elevate", ["elevating"] = "elevate",
        ["foot up"] = "elevate foot", ["feet up"] = "elevate foot", ["leg up"] = "elevate", ["legs up"] = "elevate",
        ["mins"] = "minute", ["min"] = "minute",
        ["yoga"] = "stretch", ["exercises"] = "exercise", ["workout"] = "exercise",
        // Named strengthening exercises ("raise" alone is elevating a leg); bearing weight is standing, not body weight
        ["calf raises"] = "calf strengthen", ["calf raise"] = "calf strengthen", ["heel raises"] = "calf strengthen",
        ["heel raise"] = "calf strengthen", ["heel drops"] = "calf strengthen", ["pilates"] = "core strengthen",
        ["put weight on"] = "stand", ["put any weight on"] = "stand", ["bear weight"] = "stand", ["weight bearing"] = "stand",
        ["overweight"] = "weight", ["obese"] = "weight", ["bmi"] = "weight", ["fat"] = "weight",
        ["no shoes"] = "barefoot", ["without shoes"] = "barefoot", ["shoeless"] = "barefoot", ["bare feet"] = "barefoot",
        ["out of bed"] = "morning", ["wake up"] = "morning", ["waking"] = "morning", ["first thing"] = "morning",
        ["er"] = "emergency", ["emergency room"] = "emergency", ["a and e"] = "emergency",
        ["concrete"] = "hard floor", ["floors"] = "floor",
    };
}
