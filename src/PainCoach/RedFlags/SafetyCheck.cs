using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// Safety-netting for the signs people find hardest to put into words. The cauda equina signs (numbness between the
/// legs, bladder, bowel or sexual trouble with back pain) are the emergencies the free-text screen misses most on new
/// people's wording: the topic is easy to see, whether the person has the sign is not ("things down there feel off").
/// So when a back-pain message touches those topics and raises no emergency alert, the SMS reply also says, as a
/// condition, what to do if they have the sign. It is advice, not an alert: the FAQ's <c>alert</c> keeps meaning "the
/// text describes a red flag" (DESIGN.md), so the check is for SMS only. A carer's story about someone else gets the
/// same kind of conditional line when, read as that person's words, it states an emergency or urgent sign.
/// </summary>
public static partial class SafetyCheck
{
    /// <summary>Plain words, GSM-7, grade 8; names 911 like the emergency advice.</summary>
    public const string CaudaEquinaMessage =
        "Safety check: do you also have numbness between your legs or around your bottom? Or new trouble peeing, pooing or with sex? If so, call 911 now.";

    /// <summary>
    /// For a text about someone else that, read as theirs, states an emergency sign: carers mostly tell the story without
    /// saying they text for the person, and the screen does not alert on someone else's sign said in passing.
    /// </summary>
    public const string SomeoneElsesEmergencyMessage =
        "Safety check: is this about someone else? If they have these problems now, call 911 for them now.";

    /// <summary>The same for an urgent sign: same-day care, as the urgent advice says.</summary>
    public const string SomeoneElsesUrgentMessage =
        "Safety check: is this about someone else? If they have these problems now, they should see a doctor today.";

    /// <summary>Whether a normalised sentence (lower case, no punctuation) touches a cauda equina topic.</summary>
    public static bool TouchesCaudaEquinaTopic(string normalisedSentence) => CaudaEquinaTopic().IsMatch(normalisedSentence);

    // Body parts, toilet and sex words, as people text them. "bottom of my foot", "car accident" and "walked downstairs"
    // are other senses, so "bottom", "accident", "downstairs", "bedroom", "saddle", "wipe" and the Scots "wee" (small)
    // count only in the forms below. Two everyday uses touch no sign: something that "is a pain in the backside" (an
    // annoyance; "I have a pain in my bum" still counts) and asking whether the clinic has a toilet. Two more: the
    // bathroom or toilet as a room or fitting being done up or cleaned ("tiling the bathroom"), and a thing that leaked
    // ("the ice pack leaked", "the boat always leaks": the thing is the subject, at most a helper word between); a
    // person's leak ("i leaked", "my bladder leaks", "sat in the car and leaked") still counts.
    [GeneratedRegex(
        // the bladder and the bowel
        @"(?<![a-z0-9])(bladder|bladders|bowel|bowels|bowl movements?|pee|peeing|peed|pees|wee(?! (bit|bits|one|ones|boy|boys|girl|girls|lad|lads|lass|lassie|yin|yins|twinge|thing|things|while|man|bairn|bairns|"
        + @"niggle|bother|tumble|hour|hours|walk|break|rest|nap|fella|baby|babies|kid|kids|dram|drop|ache))|weeing|wees|urine|urinate|"
        + @"urinating|wiz|piss|pissing|pissed (myself|my pants|the bed)|waterworks|plumbing|"
        + @"(?<!(is there|are there|do you have|do you guys have|have you got|does (the|your) (clinic|practice|office|surgery|place|building) have|where (is|s)|wheres) (a|the|any|an) )"
        + @"(?<!(tiling|tiled|retiling|painting|painted|decorating|decorated|cleaning|cleaned|scrubbing|scrubbed|bleaching|bleached|renovating|renovated|redoing|redid|doing up|did up|grouting|grouted|plastering|plastered|fitting|fitted|refitting|refitted|wallpapering|wallpapered) (the|my|our|a|a new|the new|his|her|their) )"
        + @"(toilet|loo|dunny|jacks|bathroom|restroom|washroom|lavatory)|commode|poo|poop|pooing|pooping|pooed|pooped|poos|number (one|ones|two|twos)|"
        + @"spent a penny|pass water|passing water|passing (the )?stools?|voided|voiding|retention|the urge|incontinen\w*|"
        + @"(?<!(ice pack|icepack|ice packs|gel pack|heat pack|wheat bag|hot water bottle|water bottle|bottle|flask|cup|mug|roof|pipe|pipes|tap|pen|radiator|boiler|washing machine|dishwasher|fridge|freezer|tyre|tire|kettle|shower|cool box|tent|gutter|window|ceiling|hose|tank|boat|car|van)( (has|had|have|always|just|was|is|keeps|kept|started|also|still|s))? )(leak|leaking|leaks|leaked)|wet myself|wetting myself|wet the bed|wetting the bed|wet my (pants|trousers|undies)|"
        + @"soiled|soiling|messed (myself|my pants|my undies|my trousers)|(i|ive|i ve|id|i d) (had|have|having|been having) (an accident|accidents)|accidents? in (my|the) (pants|trousers|undies|knickers|underthings|bed)|"
        + @"(keep|keeps|been|am|im) having (little |small )?accidents|"
        + @"undies|underwear|underthings|knickers|(wipe|wiping|wiped)(?! (out|down|up|off|clean|the|my (phone|face|tears|nose)))|toilet (paper|roll|tissue)|"
        // the saddle area
        + @"down there|down below|between (my|the|ma) legs|nether regions?|undercarriage|back passage|anus|"
        + @"(things|nothing|everything|something|stuff|happening|happens|working|works|numb|feeling)( [a-z]+){0,2} downstairs|"
        + @"downstairs (area|region|bits|department|parts)|groin|genitals?|genital area|privates|private (area|areas|part|parts|region)|"
        + @"my bits|lady bits|"
        + @"(?<!(is|s|was|were|are|be|being|its|what|such|proper|right|real|royal|total) (a |an )?((right|real|royal|proper|total|absolute|massive|bit of a) )?pain in (the|my|your|me|ones) )"
        + @"(bum|butt|buttocks?|backside|arse|ass|rear end)|my bottom|saddle (area|bit|numbness|region|zone)|seat area|bike seat|where (you|one|i) sits?|"
        + @"inner thighs?|insides? of (my|the) thighs|crotch|perineum|perenium|taint|my balls|numb bum|"
        // sex
        + @"sex|sexual|sexually|intercourse|lovemaking|make love|making love|marital|love life|erection|erections|erectile|"
        + @"ed|impotent|impotence|bedroom (department|side|stuff|life|issues|problems|things|area)|in the bedroom|intimacy|intimate|climax|orgasm|orgasms|ejaculate|libido|penis|willy|old fella|"
        + @"manhood|little fella|vagina|vaginal|vulva|testicles?|scrotum|get it up|keep it up|get hard|stay hard|stiffy|"
        + @"morning (wood|glory)|stand to attention|rise to the occasion|trouser department|"
        + @"finish (when|with|in bed|anymore|any more|together)|(cant|cannot|can t|cyaan|unable to|not able to) perform(?! (my|at|the|any|as|well|a|an|at))"
        + @")(?![a-z0-9])")]
    private static partial Regex CaudaEquinaTopic();
}
