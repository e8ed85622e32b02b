using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// Reads free text (an FAQ question, an SMS) the way people write it, maps what it describes to <see cref="SymptomIds"/>
/// and a pain area, and lets <see cref="RedFlagCatalog"/> decide. The phrases below only recognise symptoms; which
/// combinations are red flags, and what to say, stays in the catalog shared with triage.
/// The patterns are interpreted, not source-generated: on a cold start they cost a few milliseconds to parse instead
/// of tens of milliseconds of JIT for the generated matchers (docs/faq.md), and screening stays in microseconds.
/// </summary>
public sealed class FreeTextRedFlagScreen : IRedFlagScreen
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public RedFlagAlert? Screen(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalised = Normalise(text);
        var symptoms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (symptom, pattern) in SymptomPhrases)
        {
            if (pattern.IsMatch(normalised))
            {
                symptoms.Add(symptom);
            }
        }

        if (symptoms.Count == 0)
        {
            return null;
        }

        var back = BackWordsPhrase.IsMatch(normalised);
        var heel = HeelWordsPhrase.IsMatch(normalised);
        // No pain area named: only flags that need none fit (a back-pain flag needs the back to be mentioned).
        var area = (back, heel) switch
        {
            (true, true) => PainArea.Any,
            (true, false) => PainArea.Back,
            (false, true) => PainArea.Heel,
            (false, false) => PainArea.Unspecified,
        };
        var flags = RedFlagCatalog.Evaluate(area, symptoms);

        return flags.Count == 0 ? null : new RedFlagAlert(flags[0].Level, flags[0].Message, flags);
    }

    /// <summary>Lower case, apostrophes dropped ("can't" → "cant"), everything else that is not a letter or digit a space.</summary>
    internal static string Normalise(string text)
    {
        var chars = new List<char>(text.Length + 2) { ' ' };
        foreach (var c in text)
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            var next = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            if (next != ' ' || chars[^1] != ' ')
            {
                chars.Add(next);
            }
        }

        chars.Add(' ');
        return new string(chars.ToArray());
    }

    // Spellings shared by several patterns (plain alternatives: ExplicitCapture, so no groups are added).
    private const string Sciatica = "sciatica|siatica|sciatic";
    private const string AchillesSnapPlaces = "achilles|achiles|achillies|achilies|heel|calf|ankle|tendon";

    private const string Cant = @"(cant|cannot|can not|cnt|unable to|not able to|couldnt|could not|trouble|problems?|difficulty|struggl\w*( to)?|hard to|hard time)";

    private static readonly Regex BladderBowelPhrase = new(@"\b(" + Cant + @" (controll?|hold|feel when i need to (pee|go))( my| in)? (bladder|blader|bladr|bowels?|pee|wee|urine|poo|poop)"
        + @"|" + Cant + @" (pee|peeing|urinate|urinating|wee|weeing|pass(ing)? urine|pass(ing)? water|empty( my)? (bladder|blader)|go to the (toilet|bathroom))"
        + @"|(lost|lose|losing|loss of|no) controll? (of|over)( my)? (bladder|blader|bladr|bowels?|pee|urine|poo|poop|toilet)"
        + @"|(wet|wetting|peed|peeing|pooed|pooped|soiled|soiling) (myself|my ?self|my pants|my trousers|the bed)"
        + @"|incontinen\w*|(bladder|blader|bowel) (leak\w*|accident\w*|control)|(leaking|leak) (urine|pee)"
        + @"|(cant|cannot|can not|dont) feel (when )?(i )?(need to )?(pee|wee|poo))\b", Options);

    private static readonly Regex SaddleNumbnessPhrase = new(@"\b(saddle (numb\w*|anaesthesia|anesthesia|area)|numb\w* (between|around|in|down)( my| the)? (legs|groin|genitals?|privates|private parts|bum|butt|buttocks|back passage|crotch|inner thighs|bottom|perineum|anus)"
        + @"|(groin|genitals?|privates|private parts|crotch|bum|butt|bottom|back passage|perineum)( area)? (is |are |feels? |went |gone |has gone )?(numb|tingl\w*|dead)"
        + @"|(cant|cannot|can not) feel( my| the)? (groin|genitals?|privates|crotch|bum|butt|bottom|toilet paper|wiping))\b", Options);

    private static readonly Regex SexualDysfunctionPhrase = new(@"\b(erectile|impoten\w*|(cant|cannot|can not) get (an erection|hard)|lost (my )?erection|sexual (problems?|dysfunction)|(no|lost|loss of) (feeling|sensation) (during|in) sex)\b", Options);

    private static readonly Regex BothLegsPhrase = new(@"\b(both (of )?(my )?(legs|leg|feet|thighs|calves)|(legs|feet) (are|both)|two legs|each leg|bilateral)\b", Options);

    private static readonly Regex LegWeaknessPhrase = new(@"\b(weak\w*|giv(e|es|ing) way|buckl\w*|collaps\w*|cant lift (my )?(foot|leg))\b", Options);

    private static readonly Regex NumbnessTinglingPhrase = new(@"\b(numb\w*|tingl\w*|pins and needles|no feeling|dead)\b", Options);

    private static readonly Regex LegPainPhrase = new(@"\b(" + Sciatica + @"|shooting|radiat\w*|pain (down|in) (both )?(my |the )?legs?)\b", Options);

    private static readonly Regex WorseningWeaknessPhrase = new(@"\b(weaker( and weaker)?|more and more weak|weakness (is )?(getting worse|worsening|spreading|increasing)|(worsening|increasing|spreading) weakness|foot drop|dragging (my )?(foot|leg)|(leg|legs|foot) (keeps )?(giving way|collapsing) more)\b", Options);

    private static readonly Regex MajorTraumaPhrase = new(@"\b((car|road|traffic|motorcycle|motorbike|bike|motor vehicle|auto) (crash|accident|wreck|collision)|(in|after|from|since) (a|the|my) (crash|collision|wreck)|crashed (my|the|a) (car|bike|motorbike|motorcycle)|hit by a (car|truck|vehicle)|(bad|serious|big|major|nasty|hard) fall"
        + @"|fell (off|from|down)( a| the| my)? (ladder|roof|stairs|steps|horse|bike|height|tree|scaffold\w*)|fell from height|(major|serious) (injury|trauma))\b", Options);

    private static readonly Regex FeverPhrase = new(@"\b(fever\w*|fevre|feaver|fevor|(a|high|raised) (temperature|temp)|temp of|running a temp|chills|shivering|night sweats|hot and cold)\b", Options);

    private static readonly Regex RedHotSwollenPhrase = new(@"\b((red|hot|warm)\b.{0,30}\b(swollen|swelling|puffy)|(swollen|swelling|puffy)\b.{0,30}\b(red|hot|warm))\b", Options);

    private static readonly Regex AchillesSnapPhrase = new(@"\b((snap\w*|pop|popped|popping|tore|torn|tear|ruptur\w*|kicked)\b.{0,40}\b(" + AchillesSnapPlaces + ")"
        + @"|(" + AchillesSnapPlaces + @")\b.{0,40}\b(snap\w*|pop|popped|popping|tore|torn|ruptur\w*|went bang))\b", Options);

    private static readonly Regex CannotBearWeightPhrase = new(@"\b((cant|cannot|can not|unable to|not able to|couldnt|could not) (put|bear|take|stand|place) (any )?(weight|pressure)|(cant|cannot|can not|unable to|not able to) (walk|stand)( on (it|my (foot|heel|leg|ankle)))?( at all)?|non weight bearing)\b", Options);

    private static readonly Regex FootDeformityPhrase = new(@"\b((foot|ankle|heel|toes?) (looks?|is|seems) (deformed|bent|out of shape|the wrong shape|wrong|crooked|twisted|dislocated)|deformed (foot|ankle|heel)|(foot|ankle) (pointing|facing|turned) the wrong way|dislocated (my )?(foot|ankle))\b", Options);

    private static readonly Regex CancerPhrase = new(@"\b(cancer|tumou?rs?|chemo\w*|radiotherapy|metasta\w*|oncolog\w*)\b", Options);

    private static readonly Regex WeightLossPhrase = new(@"\b((losing|lost|lose|dropping|dropped) (a lot of )?weight (without trying|for no reason|and (i )?dont know why|without dieting)|unexplained weight loss|weight loss (without trying|for no reason))\b", Options);

    private static readonly Regex ImmunosuppressedPhrase = new(@"\b(immuno\w*|weak(ened)? immune|immune system|on steroids|transplant|hiv|aids|chemo\w*)\b", Options);

    private static readonly Regex BackWordsPhrase = new(@"\b(back|backache|spine|spinal|lumbar|" + Sciatica + @"|disc|disk|vertebra\w*|tailbone)\b", Options);

    private static readonly Regex HeelWordsPhrase = new(@"\b(heel|heels|foot|feet|achilles|achiles|achillies|ankle|calf|arch|sole)\b", Options);

    // Declared after the patterns: static fields initialise in order.
    private static readonly (string Symptom, Regex Pattern)[] SymptomPhrases =
    [
        (SymptomIds.BladderBowelChange, BladderBowelPhrase),
        (SymptomIds.SaddleNumbness, SaddleNumbnessPhrase),
        (SymptomIds.SexualDysfunctionNew, SexualDysfunctionPhrase),
        (SymptomIds.BothLegs, BothLegsPhrase),
        (SymptomIds.LegWeakness, LegWeaknessPhrase),
        (SymptomIds.LegNumbnessTingling, NumbnessTinglingPhrase),
        (SymptomIds.LegPainBelowKnee, LegPainPhrase),
        (SymptomIds.LegWeaknessWorsening, WorseningWeaknessPhrase),
        (SymptomIds.MajorTrauma, MajorTraumaPhrase),
        (SymptomIds.Fever, FeverPhrase),
        (SymptomIds.RedHotSwollen, RedHotSwollenPhrase),
        (SymptomIds.AchillesSnap, AchillesSnapPhrase),
        (SymptomIds.CannotBearWeight, CannotBearWeightPhrase),
        (SymptomIds.FootDeformity, FootDeformityPhrase),
        (SymptomIds.CancerHistory, CancerPhrase),
        (SymptomIds.UnexplainedWeightLoss, WeightLossPhrase),
        (SymptomIds.Immunosuppressed, ImmunosuppressedPhrase),
    ];
}
