using System.Text;

namespace PainCoach.Language;

/// <summary>
/// Spells out common texting shorthand before a question goes to the sentence model, which learned from written
/// English: "wat r u supposed 2 do w PF" reads as "what are you supposed to do with plantar fasciitis". General
/// shorthand, the clinic's usual abbreviations, brand names people use for medicines, shoes and insoles, and forms of
/// address that carry no meaning ("madam", "kindly"); the word index has its own synonym map (Lexicon).
/// </summary>
internal static class TextingShorthand
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["w"] = "with", ["wat"] = "what", ["wut"] = "what",
        ["wht"] = "what", ["whats"] = "what is", ["pls"] = "please", ["plz"] = "please", ["ppl"] = "people",
        ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["abt"] = "about", ["dr"] = "doctor",
        ["doc"] = "doctor", ["n"] = "and", ["im"] = "i am", ["idk"] = "i do not know", ["b4"] = "before",
        ["2"] = "to", ["rn"] = "right now", ["tho"] = "though", ["thru"] = "through", ["gonna"] = "going to",
        ["wanna"] = "want to", ["kinda"] = "kind of", ["outta"] = "out of", ["nah"] = "no", ["yr"] = "year",
        ["yrs"] = "years", ["wk"] = "week", ["wks"] = "weeks", ["hr"] = "hour", ["hrs"] = "hours", ["min"] = "minute",
        ["mins"] = "minutes", ["lbs"] = "pounds", ["af"] = "very", ["sooo"] = "so", ["soooo"] = "so",
        ["lol"] = "", ["lmao"] = "", ["omg"] = "", ["smh"] = "", ["tbh"] = "", ["ngl"] = "", ["pf"] = "plantar fasciitis",
        ["lbp"] = "low back pain", ["pt"] = "physical therapy", ["otc"] = "over the counter", ["kicks"] = "shoes",
        ["ibu"] = "ibuprofen", ["advil"] = "ibuprofen", ["motrin"] = "ibuprofen", ["nurofen"] = "ibuprofen",
        ["aleve"] = "naproxen", ["tylenol"] = "paracetamol", ["eswt"] = "shockwave therapy", ["superfeet"] = "insoles",
        ["scholls"] = "insoles", ["crocs"] = "crocs shoes", ["birkenstocks"] = "birkenstock sandals",
        ["thongs"] = "flip flops", ["trainers"] = "sneakers", ["meds"] = "medicines", ["med"] = "medicine", ["bday"] = "birthday", ["gf"] = "girlfriend",
        ["bf"] = "boyfriend", ["xray"] = "x-ray", ["wfh"] = "working from home", ["ok"] = "okay",
        ["scholl"] = "insoles", ["hoka"] = "cushioned running shoes", ["hokas"] = "cushioned running shoes",
        ["vans"] = "flat canvas shoes", ["converse"] = "flat canvas shoes", ["skechers"] = "sneakers",
        ["asics"] = "running shoes", ["nikes"] = "sneakers", ["uggs"] = "boots",
        ["panadol"] = "paracetamol", ["calpol"] = "paracetamol", ["brufen"] = "ibuprofen", ["naprosyn"] = "naproxen",
        ["voltarol"] = "diclofenac gel", ["jab"] = "injection", ["jabs"] = "injections", ["gp"] = "doctor",
        ["madam"] = "", ["mam"] = "", ["maam"] = "", ["sir"] = "", ["kindly"] = "please",
        ["kms"] = "kilometres", ["er"] = "emergency room",
    };

    /// <summary>Brand names that begin with a word that has its own expansion ("Dr Scholl's" is insoles, not a doctor).</summary>
    private static readonly string[] BrandPrefixes = ["dr scholl", "dr. scholl"];

    /// <summary>Shorthand with punctuation inside, which the word loop below would split.</summary>
    private static readonly (string Written, string Meant)[] Phrases = [("a&e", "emergency department")];

    public static string Expand(string text)
    {
        foreach (var (written, meant) in Phrases)
        {
            if (text.Contains(written, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(written, meant, StringComparison.OrdinalIgnoreCase);
            }
        }

        foreach (var brand in BrandPrefixes)
        {
            int at;
            while ((at = text.IndexOf(brand, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), text.AsSpan(at + brand.Length - "scholl".Length));
            }
        }

        var result = new StringBuilder(text.Length + 16);
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                var lower = word.ToString().ToLowerInvariant();
                result.Append(Expansions.TryGetValue(lower, out var expanded) ? expanded : word.ToString());
                word.Clear();
            }

            result.Append(c);
        }

        return result.ToString(0, result.Length - 1);
    }
}
