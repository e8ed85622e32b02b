using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// Signs that are MENTIONED but not HAD, read the way the screen needs:
/// <list type="bullet">
/// <item>a sign named only in a general question or in something read or told ("is a fever bad with back pain?", "I read
/// that saddle numbness is serious", "the physio said osteoporosis is a risk") is not read when the text also says the
/// writer does not have it ("I don't have one", "I'm not diabetic", "mine are just sore", "I'm 35 and healthy") and
/// nothing says they do ("I do have one", "mine burn too", "it happened this morning");</item>
/// <item>a clause whose subject is another person ("my husband is in remission from cancer", "grandma says her hip
/// hurts at night") holds that person's sign, unless the writer comes into it ("my wife says im puffing");</item>
/// <item>unless the writer has it too ("my mum has osteoporosis and so do I"): then the text is read again with no
/// other people;</item>
/// <item>a question answered no by naming another cause ("woke me up? nah it was the baby"), and "nothing" before a
/// state word ("nothing numb down there").</item>
/// </list>
/// Each keeps the writer's own words ("i have a fever, is that bad?") as they were.
/// </summary>
internal static class SignMentions
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Someone or something passing on knowledge, followed by what they said ("i read that", "the physio told me",
    // "apparently", "saw on a forum that", "your page about"). A bare "read" or "heard" needs what follows to be knowledge
    // ("heard a pop" is not); family reporting on the writer ("my wife says") is not here.
    private static readonly Regex KnowledgeFrame = new(
        @"(?<![a-z0-9])((read|reading|heard|hearing|learned|learnt|googled)( up)? (that|about|somewhere|online|on|in|your|how|from)|apparently|supposedly|according to|(saw|seen) (it |this |that )?(on|in|online)"
        + @"|(someone|somebody|a (guy|bloke|lady|woman|man|girl|fella|gentleman|chap))( [a-z]+){0,3}? (said|says|told me|reckons|reckoned|mentioned|was told|got told)|(doctor|doc|dr|gp|nurse|physio|physiotherapist|chiropractor|chiro|osteopath|pharmacist|trainer|coach|consultant|surgeon|specialist|people|they|everyone|website|site|article|leaflet|page|forum|video|youtube|tiktok|google|internet|book|poster|post|app|nhs|friend|mate|pal|colleague|coworker|neighbour|neighbor|boss|it)( [a-z]+){0,3}? (said|says|say|told me|tells me|told us|mentioned|mentions|warned|warns|explained|explains|reckons|thinks|saying|on about|going on about|banging on about|talking about)|told me|tells me|told us"
        + @"|(they|everyone|everybody|people|folk|folks|friends|mates|lads|girls|guys|colleagues|nurses|doctors|family|relatives|mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|aunt|aunts|auntie|aunties|aunty|uncle|uncles|sister|sisters|brother|brothers|wife|husband|partner|missus|hubby|parents|inlaws|in laws|(the|my|our) (\w+ )?(club|group|team|class|office|crew|lot))( [a-z]+){0,3}? (saying|talking about|on about|going on about|keep saying|were saying|reckon)"
        + @"|(googling|googled|googlin|looking up|looked up|searching|searched|researching|researched|reading up on|read up on|reading about|scrolling)( (about|for|on|up))?"
        + @"|(page|article|leaflet|post|video|info|information|question|thread|section|asking|reading|worried|worry|worrying|wondering) (about|on|regarding)"
        + @"|hypothetically( speaking)?|(suppose|supposing|imagine|say) (if )?(?=(you|your|someone|somebody|a person|people) )|what if (?=(you|your|someone|somebody|a person|people) )"
        // Study: "revising red flags for finals: ...", "making flashcards: ...", "am i right that ...", "for my exam is ...".
        + @"|(revising|studying|memorising|memorizing|going over|brushing up on|testing myself on)( (for|on|about))?( (my|the|an|our)( [a-z]+)? (exam|exams|finals|osce|osces|assignment|essay|coursework|viva|boards|quiz|test|course|module|placement))?|(making|writing|doing) (my )?(flashcards|flash cards|cue cards|notes)( (on|for|about))?"
        + @"|(am i|i am|im) (right|correct)( in thinking| to think| to say)?|is it (true|right|correct) to say|correct me if (im|i m|i am) wrong( but)?|for (my|the|an|our) (exam|exams|finals|osce|osces|assignment|essay|coursework|viva|boards|quiz)"
        + @"|(saw|seen|read|watched|found) (a|an|the|this|some) (post|article|video|tiktok|reel|thing|story|piece|headline|meme|thread|leaflet|poster) (that|saying|which said|about)"
        + @"|(read|reading|heard|hearing|seen|seeing)( (lots|loads|a lot|so much|too much|some|all|plenty))?( of)?( (the|these|those))?( (horror|scary|sad|awful|bad|frightening|terrible))? (stories|things|stuff|articles|posts|threads|accounts|tales) (about|on|of))( that)?(?![a-z0-9])",
        Options);

    // The writer starting a new thought as its subject ("... and now im watching", "... i keep testing", "... and scared
    // myself silly").
    private static readonly Regex WriterAsNewSubject = new(
        @"(?<![a-z0-9])((and|so|then|now|but)( now| then| so)? )?(i|im|i m|ive|i ve|id|i d)(?![a-z0-9])|(?<![a-z0-9])(and|so|then|now|but)( then| now)? [a-z]+ (myself|me|my)(?![a-z0-9])",
        Options);

    // A sign seen or read somewhere, named between the seeing and the place ("saw 'saddle numbness' on a poster at the
    // GP", "read about cauda equina in a magazine"): the whole of it is the mention.
    private static readonly Regex SeenSomewhere = new(
        @"(?<![a-z0-9])(saw|seen|read|spotted|came across|heard)( [a-z0-9]+){1,6}? (on|in|at) (a|an|the|your|this|that|some)( [a-z]+)? (poster|posters|leaflet|leaflets|website|site|page|forum|app|article|video|post|magazine|newspaper|news|tv|programme|program|show|podcast|book|list|checklist|sign|notice|board|card|chart|ad|advert|documentary|group|thread)(?![a-z0-9])",
        Options);

    // What follows a frame when it tells the writer about themselves ("the doctor said it's osteoporosis", "said your
    // bones are thin"): a diagnosis, not a mention.
    private static readonly HashSet<string> AboutTheWriter = new(
        ["it", "its", "thats", "this", "you", "youve", "youre", "youd", "u", "ur", "your", "probably", "maybe", "likely", "definitely", "there", "theres"],
        StringComparer.Ordinal);

    // The writer saying they do not have what was asked about: a negative said by the writer (checked in Disclaims: at a
    // clause start or after "i", "im", "and"...), with what it denies within four words after it.
    private static readonly Regex NegativeStatement = new(
        @"(?<![a-z0-9])(dont|do not|havent|have not|hadnt|didnt|did not|never|aint|not|no|dinnae|dinna|didnae|havenae|havnae|hadnae|nae)(?<rest>( [a-z0-9]+){1,4})",
        Options);

    // Words before a negative that make it the writer's own ("i dont", "im not", "and never", "thankfully dont").
    private static readonly HashSet<string> WriterBeforeNegative = new(
        ["i", "im", "ive", "id", "m", "ve", "am", "we", "and", "but", "so", "though", "just", "personally", "myself", "thankfully", "luckily", "honestly", "still", "definitely", "certainly"],
        StringComparer.Ordinal);

    private static readonly Regex ContrastOrHealth = new(
        @"(?<![a-z0-9])(not (me|mine|for me|in my case|about me)|none of (that|those|them|it) (here|for me|with me)|(have|ve got|got|ive|i ve) none of (them|those|these|that|it|this|the above)"
        + @"|(no|none|not any) (problems|symptoms|issues|trouble)( at all)? (myself|personally|for me|with me)|(im|i m|i am|i feel|feeling)( totally| perfectly| completely)? (fine|ok|okay|well|good|healthy) (myself|personally)"
        + @"|(not|never|no)( really)? (an |a )?(issue|problem|worry|concern|thing)( for me| here| with me| i have| i ve had| ive had)"
        + @"|(neither|none|nothing|not|doesnt|dont|does not|do not)( of (them|those|these|that|it|this))? (applies|apply|relevant|relates|relate) (to me|here)"
        + @"|(my (back|lower back|heel|heels)( is| s)?|^ ?(back|lower back|heel|heels)( is| s)?|backs|heels) (just|only) (a |really |mostly )?(bit |little )?(achy|sore|stiff|tight|tired|aching|mild|niggly|tender|dull)(?! and)"
        + @"|^ ?(both|it|everything|all|they|both of them)( (looks?|seems?|feels?|are|is|s|were|was))?( (both|all|perfectly|totally|completely))? (fine|ok|okay|normal|good|all good|grand)$"
        + @"|(mine|mines|my own( [a-z]+)?) ((is|are|s|feels?|seems?) )?((both|all|totally|perfectly|completely) )?((just|only) (a |really |mostly )?(achy|sore|stiff|tight|tired|cold|aching|mild|hurts?|aches?|painful|bruised|tender|bit|little|dull|niggles?|niggly|twinges?|twingey|normal|fine|after|when|in|from|the|during|while|with|if|on|at|there)|(fine|ok|okay|normal|mild|strong|not|nothing like|arent|isnt|dont|doesnt|wont|havent|hasnt))"
        + @"|(mine|mines|my (calves|legs|feet|ankles))( are| look| feel| seem| re)?( both| all)? (the same size|equal|identical|symmetrical|even|matching|both the same|both equal)"
        + @"|(im|i m|i am)( [0-9]+)?( years old| yo)?( and)?( perfectly| totally| completely| very| fit and| fine and)* (healthy|fit|in good health)"
        + @"|(i )?(sleep|sleeping|sleeps|slept) (fine|ok|okay|well|great|like a (baby|log)|through( the night)?)"
        + @"|(ive|i ve|i have|i|im|i m|i am|been)( actually| if anything)? (gained|put on|gaining|putting on) (weight|pounds|kilos|a few|a bit|a stone)"
        + @"|(im|i m|i am|i feel|feeling|i feel totally|otherwise)( totally| perfectly| completely)? (fine|ok|okay|grand|good|alright|all right|well|healthy)( in myself)? (otherwise|apart from|besides|other than|in myself|generally|overall)"
        + @"|(just|only|probably|prob|maybe|prolly|def|definitely)( just)?( me)?( being)? (paranoid|overthinking|over thinking|a hypochondriac|neurotic|anxious|worrying over nothing|worrying for nothing)|(my )?health anxiety"
        + @"|(scared|freaked|frightened|worried|spooked|terrified|panicked) myself( silly)? (googling|reading|looking|on|with|after)|(got|getting|gotten|worked) myself (worried|worked up|scared|in a state|in a tizz|into a state)"
        + @"|(just |only )?(in case|to (rule (it|that|this|things|anything|everything) out|be (safe|sure|on the safe side)|make sure)))(?![a-z0-9])",
        Options);

    // Where the writer starts answering inside a question with no punctuation ("is pain at night a bad sign with back
    // pain mines only during the day", "does a fever mean infection i dont have one"): "mine" or a first-person negative.
    private static readonly Regex WritersAnswer = new(
        @"(?<![a-z0-9])(mine|mines|(i|im|ive|i m|i ve|i am|i have|i do)( really| actually| personally| thankfully| luckily)? (dont|do not|havent|have not|never|not|no|fine|ok|okay|healthy))(?![a-z0-9])",
        Options);

    // The writer saying they DO have it: any of these keeps every sign.
    private static readonly Regex Affirmation = new(
        @"(?<![a-z0-9])((i|ive|i ve|we|i think i|i think ive|pretty sure i)( do| did| have| ve| got| ve got| have got| do have| did have)( got)? (it|that|this|one|them|those|these|the same|both)(?![a-z0-9])"
        + @"|(i|we) (do|did)( too| as well| now)?$|(yes|yeah|yep|yup) (i|mine|it is|thats me)|mine (too|as well|does|did|do|is [0-9]|burns?|hurts?|wakes?)"
        + @"|(like|same as|so do|so have|and so do|which) (me|mine|i)|thats me|that s me|that is me|sounds like me|which i have|(happening|happened|happens|going on) (to|with) (me|us))(?![a-z0-9])",
        Options);

    // A question asked for someone else or out of plain interest ("asking for my husband", "question for my wife",
    // "asking in general", "out of curiosity", "just read about it", "... is that true?"): nobody's own sign. A bare
    // "asking for a friend" at the end is the joke that means "for me", so a friend or mate needs more words after it.
    private static readonly Regex AskedForOthersOrInterest = new(
        @"(?<![a-z0-9])((asking|ask|enquiring|inquiring|question|q|qn|wondering|checking) (for|on behalf of) (my|our|his|her|a|an|the) ([a-z]+ )?(?!(friend|mate|pal)( lol| haha)?$)(?!(me|myself|you)(?![a-z0-9]))[a-z]+"
        + @"|(asking|ask|question|wondering|enquiring|curious|speaking|just)( this| it| about it| about this)? (in general|generally|hypothetically|theoretically|out of (curiosity|interest))"
        + @"|out of (curiosity|interest)|hypothetically( speaking)?|generally speaking|for future reference|^ ?just (curious|wondering|asking)( thats all| is all| really)?$"
        + @"|^ ?(just |only )?(read|heard|saw|seen|learned|learnt) (about )?(it|this|that)( somewhere| online| today| recently| the other day| on (the )?[a-z]+)?$"
        + @"|(is|was) (that|this) (true|right|correct|real|a myth|a thing)( or (not|false|a myth))?$|true or (false|not)$"
        + @"|(just )?(curious|wondering|asking|interested) (after|since|because|cos|coz|as) (i )?(reading|read|seeing|saw|watching|watched|hearing|heard|googling|googled|a (post|video|tiktok|leaflet|article|documentary|programme|show))"
        + @"|(we|i) (learned|learnt|did|studied|covered|were taught|was taught|are doing|were doing|have been doing|talked)( \w+){0,4} (in|at|during|for) (class|school|biology|bio|anatomy|physiology|science|uni|college|lectures?|pe|health class|first aid|(a|the|my|our) (course|class|lesson|lecture|module|training))"
        // A student or health worker revising: "just for the exam", "OSCE revision", "asking for my finals", "just revising".
        + @"|(for|revising for|studying for) (my |the |an |our )?(exam|exams|finals|osce|osces|assignment|essay|coursework|viva|boards|revision|quiz)|(osce|osces|exam|exams|finals|boards) (revision|practice|prep|question|questions)|^ ?(just |only )?(revising|studying|revision))(?![a-z0-9])",
        Options);

    // A body part the question named, said by the writer to be fine ("my chest is fine", "my bladder's normal", "legs are
    // fine" at a clause start).
    private static readonly Regex BodyPartFine = new(
        @"(?<![a-z0-9])(?<my>my |me |both my |both )?(?<part>[a-z]+) ((is|s|are|feels?|feel|seems?|seem)( totally| completely| perfectly| absolutely| all)? (fine|ok|okay|normal|good|all good|grand|alright|all right|perfect)|(behave|behaves|behaving|behaved) (themselves|itself))(?![a-z0-9])",
        Options);

    // Where a body word belongs, so a part said fine answers a question about its region ("signs of a clot in the leg? my
    // calves are fine").
    private static readonly Dictionary<string, string> BodyRegions = new(StringComparer.Ordinal)
    {
        ["leg"] = "leg", ["legs"] = "leg", ["calf"] = "leg", ["calves"] = "leg", ["thigh"] = "leg", ["thighs"] = "leg", ["shin"] = "leg", ["shins"] = "leg",
        ["knee"] = "leg", ["knees"] = "leg", ["clot"] = "leg", ["clots"] = "leg", ["dvt"] = "leg",
        ["foot"] = "foot", ["feet"] = "foot", ["walking"] = "foot", ["walk"] = "foot", ["gait"] = "foot", ["toe"] = "foot", ["toes"] = "foot", ["sole"] = "foot", ["soles"] = "foot", ["ankle"] = "foot", ["ankles"] = "foot",
        ["chest"] = "chest", ["heart"] = "chest", ["lungs"] = "chest", ["breathing"] = "chest",
        ["bladder"] = "bladder", ["bowels"] = "bladder", ["bowel"] = "bladder", ["waterworks"] = "bladder",
    };

    // After someone's "says", words of a general claim ("says heel pain means diabetes", "reckons sitting causes it").
    private static readonly HashSet<string> ClaimsPassedOn = new(["means", "mean", "meant", "causes", "cause", "caused", "linked", "leads"], StringComparer.Ordinal);

    // Words that make a clause about another person a report on the writer or a worry for them ("my wife is worried",
    // "my husband wants me to ask", "my son noticed"), or say the writer shares it ("my son has one too").
    private static readonly HashSet<string> AboutTheWriterToo = new(
        ["worried", "worries", "worry", "worrying", "scared", "wants", "wanted", "want", "made", "makes", "make", "insists", "insisted", "nagging", "nags", "told", "tells", "asked", "asks",
         "noticed", "notices", "spotted", "saw", "sees", "found", "thinks", "thought", "says", "said", "reckons", "too", "also", "same", "both", "well"],
        StringComparer.Ordinal);

    // A claim someone passes on ("says heel pain means diabetes", "reckons it causes numbness"): general, not a report.
    private static readonly HashSet<string> ClaimWords = new(
        ["means", "mean", "meant", "causes", "cause", "caused", "linked", "leads", "sign", "signs", "symptom", "symptoms", "so"], StringComparer.Ordinal);

    // Question words that also start ordinary clauses ("when walking both legs go numb"): a question only with a "?".
    private static readonly HashSet<string> WeakQuestionWords = new(["when", "where", "who", "whos", "which", "how", "will", "hows"], StringComparer.Ordinal);

    // The writer saying they have another person's sign too ("and so do I", "now I've got one too", "me too").
    private static readonly Regex SharedSign = new(
        @"(?<![a-z0-9])(so (do|am|have|did|was) i|(me|mine)( [a-z]+){0,2} (too|as well)|same (here|with me|for me)|(and|then|now) i (got|caught|have|ve got) (it|one|that|them)"
        + @"|(i|ive|i ve) (have|ve got|got|do|am|did|caught) (it|one|that|them|those) (too|as well|also)|(i|ive|i ve) got (it|one) (too|as well)|i (do|am|have|did) (too|as well|also))(?![a-z0-9])",
        Options);

    // The writer texting for someone else who is the patient ("texting for my dad", "on behalf of my nan", "my mum asked
    // me to message you", "my wife is asking me to write", "my husband doesnt text", "im worried about my dad", "should my wife go to a and e"): that
    // person's signs are the ones being reported. "a friend" and
    // "my mate" are left out, as "asking for a friend" is the joke that means "for me".
    private static readonly Regex WritingFor = new(
        @"(?<![a-z0-9])((texting|text|txting|messaging|message|msging|writing|typing|asking|enquiring|inquiring|contacting|emailing|here|reaching out|getting in touch|sending this|im texting|im writing|im asking|im messaging)( this| this message| this text| this one| these)? (you )?(for|on behalf of)|on behalf of) (my|our) ([a-z]+ ){0,3}?(?<person>[a-z]+)(?![a-z0-9])"
        + @"|(?<![a-z0-9])(its|it s|it is|this is|on|using|borrowed) (my|our) ([a-z]+ ){0,2}?(?<person>[a-z]+?)s (phone|mobile|cell|cellphone|number|tablet|ipad)(?![a-z0-9])"
        + @"|(?<![a-z0-9])(texting|text|txting|messaging|message|writing|typing|asking)( this)? (you )?for (him|her|them)( \w+){0,1},? ((im|i m|i am) (his|her|their)|(hes|he s|he is|shes|she s|she is|theyre|they re|they are) (my|our)) ([a-z]+ ){0,2}?(?<person>[a-z]+)(?![a-z0-9])"
        + @"|(?<![a-z0-9])(my|our) ([a-z]+ ){0,3}?(?<person>[a-z]+) (asked|asks|is asking|s asking|has asked|wants|wanted|told|tells|is telling|got|begged|made) me to (text|txt|message|msg|ask|write|contact|email|get in touch|reach out)(?![a-z0-9])"
        + @"|(?<![a-z0-9])(my|our) ([a-z]+ ){0,3}?(?<person>[a-z]+) (doesnt|does not|cant|can not|cannot|wont|will not|dont|do not) (text|txt|type|do (texts|texting|phones)|use (a |the |his |her )?phone)(?![a-z0-9])"
        // Someone who does not speak English, the writer typing for them: "my father 70 years, he cannot speak english".
        + @"|(?<![a-z0-9])(my|our) (?<person>[a-z]+)( [a-z0-9]+){0,4}? (doesnt|does not|dont|do not|cant|can not|cannot|not|no) (speak|read|write|understand|know) (much |good |any |very good |very much |a lot of )?english(?![a-z0-9])"
        + @"|(?<![a-z0-9])(worried|worrying|concerned|scared|frightened|panicking|freaking out|anxious) (sick )?(about|for) (my|our) ([a-z]+ ){0,3}?(?<person>[a-z]+)(?![a-z0-9])"
        + @"|(?<![a-z0-9])((can|could|would) (you|someone|somebody|anyone) (please )?(help|advise)|(need|needs|want|looking for) (some )?(help|advice)( for| with)?) (my|our) ([a-z]+ ){0,3}?(?<person>[a-z]+)(?![a-z0-9])"
        + @"|(?<![a-z0-9])(what should|should|does|do|must|can) (my|our) ([a-z]+ ){0,3}?(?<person>[a-z]+) (do|go|get|see|call|ring|phone|be seen|need)(?![a-z0-9])"
        // "I am writing on his behalf", "texting on her behalf": the frame with the person told by a possessive.
        + @"|(?<![a-z0-9])(texting|text|txting|messaging|message|msging|writing|typing|asking|enquiring|inquiring|contacting|emailing|reaching out|getting in touch|sending this)( this| this message| this text| this one)? (you )?on (?<person>his|her) behalf(?![a-z0-9])"
        // A grandchild or carer typing: "typing for grandad", "im typing this for her", "its my nans phone".
        + @"|(?<![a-z0-9])(texting|txting|messaging|msging|writing|typing|asking|enquiring|inquiring|emailing) (this |it )?(for|on behalf of) (?<person>[a-z]+)(?![a-z0-9])(?<!(asking|enquiring|inquiring) (this |it )?(for|on behalf of) (her|him))"
        + @"|(?<![a-z0-9])(its|it s|it's|this is|on|using|from) (my|our) (?<person>[a-z]+?)(s|'s)? (phone|mobile|tablet|ipad|email|account)(?![a-z0-9])"
        // The patient will not write, so the writer does: "hes too proud to text so i am", "she wont ask so im asking".
        + @"|(?<![a-z0-9])(?<person>hes|shes|he|she)( is| s)? (too (proud|shy|embarrassed|stubborn|scared|old)|wont|will not|refuses|refused|doesnt want|does not want|didnt want|did not want) to (text|txt|message|msg|write|ask|type|call|ring|phone)( you| anyone| about it)? so (im|i m|i am|i will|ill|i ll|i have|ive|i ve)( (doing it|texting|writing|asking|messaging))?(?![a-z0-9])"
        // The patient's English is not good enough, so the writer types for them: "my husband (dutch, not so good in
        // english, so i write)". The same frame as "he cannot speak english" above, said as a lack of skill.
        + @"|(?<![a-z0-9])(my|our) (?<person>[a-z]+)( [a-z0-9]+){0,4}? (not|no|isnt|is not|aint|doesnt|does not|dont|do not)( speak| write| read)?( so| very| too| that| really| much)? (good|fluent|great|strong|confident|well)( in| at| with)? english(?![a-z0-9])",
        Options);

    // A frame that names the patient only as "her" or "him" ("im typing this for her"): the writer types for them. "asking
    // for her" is not one: the writer asks a question of their own for someone.
    private static readonly HashSet<string> FramedPronouns = new(["her", "him"], StringComparer.Ordinal);

    // Someone named: "my dad", "our son", "my 80 year old mum", or a family word starting the text ("mum fell").
    private static readonly Regex NamesSomeone = new(
        @"(?<![a-z0-9])(my|our) ([a-z0-9]+ ){0,3}?(?<person>[a-z]+)(?![a-z0-9])|^(?<person>[a-z]+)(?![a-z0-9])",
        Options);

    // The writer's own pain named: "my back", "my heels", "i have sciatica", "my lower back is sore".
    private static readonly Regex WritersOwnPain = new(
        @"(?<![a-z0-9])((my|me|mi|ma) (own )?((lower|upper|low|left|right|bad|sore) )?(back|backs|heel|heels|foot|feet|leg|legs|spine|sciatica|achilles|arch|arches|ankle|ankles)|(i|ive|i ve|im|i m) (have|got|ve got|get|had|suffer from|suffering from|am suffering from|struggle with)( (a|some|bad|really bad|terrible|awful))? (back|heel|foot|sciatica|plantar)|(i|ive|i ve) (hurt|strained|pulled|twisted|tweaked|injured|did) (my|me))(?![a-z0-9])",
        Options);

    private static readonly Regex ThirdPerson = new(
        @"(?<![\p{L}\p{N}])(he[’']?s|she[’']?s|himself|herself|his|hers|her|him|he|she)(?![\p{L}\p{N}])",
        Options | RegexOptions.IgnoreCase);

    // A clause that starts by saying something happened to the writer ("happened this morning", "it started
    // yesterday"): the mention is theirs. "otherwise healthy" is never a denial either: it says something else is wrong.
    private static readonly Regex Happened = new(
        @"^ ?(it |this |that |its |it s |which |and it )?(happened|happens|happening|started|starts|began|begun|came on|comes on|been happening|keeps happening|been going on|been like (that|this)|got worse|getting worse|comes|comes and goes|kicks in|flares( up)?|(had|got|have|having|been having|getting) (it|that|this|them|those|one))(?![a-z0-9])",
        Options);

    // A clause starting with one of these is the writer answering the mention ("..., dont have that, just a stiff back").
    private static readonly HashSet<string> RunStops = new(
        ["dont", "havent", "hadnt", "didnt", "never", "not", "no", "none", "neither", "nothing", "aint", "nah", "nope", "mine", "just", "only", "thankfully", "luckily", "dinnae", "havenae"],
        StringComparer.Ordinal);

    // Greetings and lead-ins before a question ("quick question", "hi there", "sorry", "random q").
    private static readonly HashSet<string> LeadIns = new(
        ["quick", "one", "question", "q", "qq", "random", "silly", "stupid", "dumb", "hi", "hiya", "hii", "hey", "heya", "hello", "hullo", "yo", "dear", "there", "sorry", "ok", "okay", "so", "um", "hmm", "also", "doc", "team", "folks", "guys", "all", "morning", "evening", "afternoon", "good", "just", "wondering", "curious"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Pronouns = new(
        ["that", "it", "this", "one", "any", "those", "these", "them", "anything", "either", "such", "none"], StringComparer.Ordinal);

    private static readonly HashSet<string> NotGrading = new(
        ["that", "this", "so", "too", "very", "really", "sure", "as", "much", "bad", "great", "good", "always", "all", "quite", "yet", "only", "just", "even", "like",
         "exactly", "entirely", "completely", "since", "anymore", "often", "well", "right", "long", "far", "certain", "getting", "improving", "better", "worse", "able", "a", "the"],
        StringComparer.Ordinal);

    // A state the writer says they are not in, after a mention ("the physio said fever is a red flag, im not hot at all").
    private static readonly HashSet<string> DeniedStates = new(
        ["hot", "feverish", "numb", "weak", "breathless", "dizzy", "incontinent", "unwell", "ill", "poorly", "sick", "clammy", "shivery"], StringComparer.Ordinal);

    // What people say they have none of ("i've no issues at all", "i dont have any symptoms", "no history of that"); "no
    // other problems" is not.
    private static readonly HashSet<string> NotHavingWords = new(["issues", "problems", "problem", "trouble", "symptoms", "symptom", "signs", "history"], StringComparer.Ordinal);

    // After "that" or "any", a measure of something the writer has ("i dont have that much feeling", "not that strong").
    private static readonly HashSet<string> Measures = new(
        ["much", "many", "bad", "badly", "often", "good", "well", "strong", "severe", "long", "far", "big", "kind", "sort", "type", "feeling", "sensation", "strength", "power", "control", "grip", "more", "less", "great",
         "all", "always", "every", "constantly", "most", "24"],
        StringComparer.Ordinal);

    // Words after a negative that make it about thinking, not having ("i dont know", "i dont think so").
    private static readonly HashSet<string> ThinkingWords = new(
        ["know", "think", "remember", "mind", "care", "want", "wanna", "believe", "understand", "like", "need", "see", "mean", "get"], StringComparer.Ordinal);

    // A mentioned word so common it does not say what was denied ("i dont have back pain" denies no fever).
    private static readonly HashSet<string> CommonWords = new(
        ["back", "pain", "heel", "heels", "foot", "feet", "leg", "legs", "a", "an", "the", "with", "and", "or", "of", "to", "in", "on", "is", "it", "my", "your",
         "can", "does", "do", "be", "if", "you", "for", "at", "from", "bad", "serious", "sign", "get", "have", "has", "really", "sore", "hurt", "hurts", "much"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> WriterWords = new(
        ["i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "we", "our", "ours", "us"], StringComparer.Ordinal);

    private static readonly HashSet<string> Fillers = new(["and", "but", "so", "also", "plus", "oh", "well", "lol", "ok", "then", "like"], StringComparer.Ordinal);

    // Shares of a group at the start of a clause ("half the", "most of the", "all my").
    private static readonly HashSet<string> Quantifiers = new(["half", "most", "all", "some", "loads", "lots", "plenty", "many", "both", "of"], StringComparer.Ordinal);

    // Groups of people, only as a clause's subject ("the guys at work are on steroids"); a bare "guys" elsewhere may be
    // a greeting ("thanks guys, cant feel my legs"), so it is not one of the data's other people.
    private static readonly HashSet<string> Groups = new(["guys", "folks", "ppl", "men", "women", "blokes", "ladies", "players", "members", "others", "oldies", "twins", "nurses"], StringComparer.Ordinal);

    private static readonly HashSet<string> Determiners = new(["my", "our", "the", "a", "his", "her", "their", "your"], StringComparer.Ordinal);

    // People by their role, only after "my", "our", "the"... as a clause's subject ("my coach snapped his achilles", "our
    // captain ruptured his"): alone these words are often things ("a coach trip", "the manager's office").
    private static readonly HashSet<string> Roles = new(
        ["coach", "coaches", "captain", "skipper", "manager", "gaffer", "teacher", "teachers", "tutor", "lecturer", "instructor", "instructors", "supervisor", "foreman",
         "landlord", "landlady", "sergeant", "sarge", "corporal", "goalie", "goalkeeper", "keeper", "striker", "referee", "ref", "carer", "carers", "vicar", "priest", "pastor",
         "tenant", "lodger", "apprentice", "teammate"],
        StringComparer.Ordinal);

    // Words that start a new thought, after which the writer may be speaking of themselves without saying "I" ("kids in
    // the bath so quick q, back pain plus a tight chest").
    private static readonly HashSet<string> SubjectEnds = new(
        ["so", "plus", "now", "then", "because", "cos", "coz", "cause", "while", "when", "after", "before", "today", "tonight", "yesterday", "also", "q", "question", "anyway", "meanwhile"],
        StringComparer.Ordinal);

    // A sign further than this from the other person is not read as theirs: the clause has moved on.
    private const int MaxWordsFromSubject = 8;

    // A sign right after "and" is one more of the other person's ("had two hip replacements and osteoporosis", "chickenpox
    // and a fever") unless it starts a new action, which may be the writer's ("my baby was born and cant feel...").
    private static readonly HashSet<string> NewActionStarts = new(
        ["cant", "cannot", "couldnt", "can", "could", "now", "then", "i", "im", "ive", "my", "me", "keep", "keeps", "kept", "started", "starting", "woke", "wake", "waking",
         "feel", "feeling", "felt", "lost", "losing", "wet", "wetting", "fell", "falling", "gone", "went", "no", "not", "since", "suddenly", "today", "still", "been", "both", "going",
         "one", "left", "right", "leg", "legs", "foot", "feet", "back", "heel", "heels", "bladder", "bowels", "bum", "groin", "chest"],
        StringComparer.Ordinal);

    // The other person's verb that tells a past story ("my uncle had", "my dad was"), and the past actions after "and"
    // that go on with it ("... and lost feeling", "... and needed surgery").
    private static readonly HashSet<string> PastStoryVerbs = new(["had", "was", "were", "got", "went", "fell", "did", "ended", "needed", "slipped", "tripped"], StringComparer.Ordinal);

    private static readonly HashSet<string> PastStoryActions = new(["lost", "needed", "ended", "went", "fell", "wet", "broke", "tore", "snapped", "ruptured", "collapsed"], StringComparer.Ordinal);

    // After "and", these keep the other person as the subject ("my cousin is on chemo and has a fever").
    private static readonly HashSet<string> SameSubjectVerbs = new(
        ["has", "had", "is", "was", "gets", "got", "keeps", "says", "said", "isnt", "wasnt", "doesnt", "does", "did", "hasnt"], StringComparer.Ordinal);

    private static readonly HashSet<string> BodyOrSign = new(
        ["pain", "ache", "aching", "back", "heel", "heels", "leg", "legs", "foot", "feet", "hip", "hips", "spine", "numbness", "fever", "temperature", "temp", "sweat", "sweats", "sweating", "bladder", "bowel", "bowels", "same", "other", "whole", "left", "right", "both"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> StateWords = new(
        ["numb", "numbness", "weak", "weakness", "tingly", "tingling", "swollen", "hot", "red", "wrong", "odd", "strange", "unusual", "different", "changed", "dead", "funny", "off"],
        StringComparer.Ordinal);

    // The words of a plain no ("not at all", "none whatsoever", "nope, nothing like that").
    private static readonly HashSet<string> PlainNo = new(
        ["no", "nope", "nah", "naw", "none", "not", "never", "negative", "nothing", "at", "all", "whatsoever", "really", "thankfully", "luckily", "like", "that",
         "definitely", "absolutely", "zero", "nada", "of", "it", "either", "so", "far", "thank", "god", "goodness"],
        StringComparer.Ordinal);

    // A sign a test or a doctor has ruled out ("ruled out cauda equina", "tested negative for diabetes").
    private static readonly Regex RuledOutBefore = new(
        @"(?<![a-z0-9])(ruled out|rule out|rules out|ruling out|negative for|no (sign|signs|evidence|trace) of|clear (for|of)|excluded)( (a|an|the|any))?$",
        Options);

    private static readonly Regex NegativeResultAfter = new(
        @"^ ?((and|but) )?(it |that |the (test|tests|result|results|scan|bloods) )?(was|were|came back|come back|is|are|came out) (negative|clear|all clear)(?![a-z0-9])",
        Options);

    // Other causes a woken or sweating writer names when answering no ("nah it was the baby", "no that was the heating").
    private static readonly HashSet<string> OtherCauses = new(
        ["alarm", "noise", "heating", "heat", "weather", "storm", "thunder", "phone", "snoring", "traffic", "tv", "telly", "music", "party", "neighbours", "puppy", "kitten"],
        StringComparer.Ordinal);

    /// <summary>
    /// The sentences with every mention cut out, when the text says the writer does not have what it mentions and never
    /// says they do; otherwise the sentences as they are (the same list, nothing allocated for most texts).
    /// </summary>
    public static IReadOnlyList<ScreenSentence> WithoutDisclaimedMentions(IReadOnlyList<ScreenSentence> sentences, RedFlagPhrases phrases)
    {
        List<(int Sentence, int Start, int End)>? spans = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in MentionSpans(sentences[s], phrases))
            {
                (spans ??= []).Add((s, span.Start, span.End));
            }
        }

        if (spans is null || !Disclaims(sentences, spans, phrases.Negation) || sentences.Any(sentence => Affirmation.IsMatchGated(sentence.Text) || TellsItHappened(sentence)))
        {
            return sentences;
        }

        var result = sentences.ToList();
        // Later spans first, so an earlier span's positions still hold after a cut.
        foreach (var (s, start, end) in spans.OrderByDescending(span => span.Sentence).ThenByDescending(span => span.Start))
        {
            result[s] = FreeTextRedFlagScreen.Cut(result[s], start, end - start);
        }

        return result;
    }

    private static bool TellsItHappened(ScreenSentence sentence)
    {
        foreach (var start in sentence.ClauseStarts.Prepend(0))
        {
            if (Happened.IsMatch(sentence.Text.AsSpan(start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the writer says they have another person's sign too: "my mum has osteoporosis and so do I".</summary>
    public static bool SharesAnothersSign(IReadOnlyList<ScreenSentence> sentences) => sentences.Any(sentence => SharedSign.IsMatchGated(sentence.Text));

    /// <summary>
    /// True when the writer says they are texting for someone else, the patient: "texting for my dad, his back went and he
    /// cant pee". That person's signs are reported, not mentioned, so they count as the writer's would.
    /// </summary>
    public static bool WrittenForAnother(IReadOnlyList<ScreenSentence> sentences, NegationRules negation)
    {
        var framed = sentences.Any(sentence => WritingFor.MatchesGated(sentence.Text).Any(match =>
            match.Groups["person"].Value is var person && person is not ("friend" or "friends" or "mate" or "mates" or "pal")
            && (negation.OtherPeople.Contains(person) || FramedPronouns.Contains(person))));

        // "my wife told me to text you about my back": the writer names their own pain, so they are the patient.
        return framed && !NamesOwnPain(sentences);
    }

    /// <summary>The writer names a pain of their own: "my back", "my heels", "i have sciatica" (<see cref="WritersOwnPain"/>).</summary>
    public static bool NamesOwnPain(IReadOnlyList<ScreenSentence> sentences) => sentences.Any(sentence => WritersOwnPain.IsMatchGated(sentence.Text));

    /// <summary>
    /// True when the text is about another person and not the writer: it names someone ("my dad", "mum", "my husband")
    /// and the writer names no pain of their own. Carers mostly just tell the story ("Dad's back went and he can't pass
    /// water"), with no frame; the SMS safety check reads such texts as that person's (<see cref="SafetyCheck"/>).
    /// </summary>
    public static bool AboutAnother(IReadOnlyList<ScreenSentence> sentences, NegationRules negation) =>
        sentences.Any(sentence => NamesSomeone.MatchesGated(sentence.Text).Any(match => negation.OtherPeople.Contains(match.Groups["person"].Value)))
        && !NamesOwnPain(sentences);

    /// <summary>
    /// The text told as the patient's own, for a text written for someone else: "texting for my dad, he cant feel his
    /// legs" reads as "i cant feel my legs", as the phrase data is written in the first person. The frame goes, so its
    /// "asking" is not read as a question asked for someone else.
    /// </summary>
    public static string InThePatientsWords(string text) => ThirdPerson.Replace(WritingFor.Replace(text.ToLowerInvariant().Replace('’', '\''), " "), match => match.Value switch
    {
        "he" or "she" => "i",
        "his" or "her" or "hers" => "my",
        "him" => "me",
        "himself" or "herself" => "myself",
        _ => "im", // he's, she's, hes, shes
    });

    /// <summary>
    /// Where a sentence only mentions: from a clause that is a general question ("is fever bad with back pain", "what
    /// does it mean if you lose bladder control") or from a knowledge frame ("i read that", "the physio told me that")
    /// to the first clause that names the writer. A clause that names the writer is never a mention.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> MentionSpans(ScreenSentence sentence, RedFlagPhrases phrases)
    {
        var text = sentence.Text;
        var starts = sentence.ClauseStarts.Count > 0 && sentence.ClauseStarts[0] == 0 ? sentence.ClauseStarts : [0, .. sentence.ClauseStarts];
        for (var c = 0; c < starts.Count; c++)
        {
            var clauseEnd = c + 1 < starts.Count ? starts[c + 1] : text.Length;
            var questionAt = AfterLeadIn(text, starts[c], clauseEnd);
            var clause = text.AsSpan(questionAt, clauseEnd - questionAt);
            int from;
            if (SeenSomewhere.Match(text, starts[c], clauseEnd - starts[c]) is { Success: true } seen
                && !phrases.FirstPerson.IsMatch(text.AsSpan(seen.Index, seen.Length)))
            {
                from = seen.Index;
            }
            else if (phrases.QuestionStart.IsMatchGated(clause) && !NamesWriter(text, questionAt, clauseEnd, phrases) && (sentence.Asked || !WeakQuestionWords.Contains(FirstWord(text, questionAt))))
            {
                from = questionAt;
            }
            else if (phrases.QuestionStart.IsMatchGated(clause) && (sentence.Asked || !WeakQuestionWords.Contains(FirstWord(text, questionAt)))
                && WritersAnswer.Match(text, questionAt, clauseEnd - questionAt) is { Success: true } answer && answer.Index > questionAt
                && !NamesWriter(text, questionAt, answer.Index, phrases))
            {
                // A question with no punctuation and the writer's answer after it in one clause: the question alone is the
                // mention, and the answer stays for Disclaims to read.
                yield return (questionAt, answer.Index);
                continue;
            }
            else if (KnowledgeFrame.Match(text, starts[c], clauseEnd - starts[c]) is { Success: true } frame
                && !AboutTheWriter.Contains(FirstWord(text, frame.Index + frame.Length)))
            {
                if (NamesWriter(text, frame.Index + frame.Length, clauseEnd, phrases))
                {
                    // "after reading about foot drop i keep testing myself", "googled foot drop and now im watching my
                    // walk": the writer comes in as a new subject, so what was read about is the words before it.
                    if (WriterAsNewSubject.Match(text, frame.Index + frame.Length, clauseEnd - frame.Index - frame.Length) is { Success: true } subject
                        && subject.Index > frame.Index + frame.Length + 1
                        && !NamesWriter(text, frame.Index + frame.Length, subject.Index, phrases))
                    {
                        yield return (frame.Index + frame.Length, subject.Index);
                    }

                    continue;
                }

                from = frame.Index + frame.Length;
            }
            else
            {
                continue;
            }

            // The mention runs on through clauses that do not name the writer ("read about cauda equina, numbness in
            // the saddle, i dont have any of those").
            var next = c + 1;
            while (next < starts.Count && !NamesWriter(text, starts[next], next + 1 < starts.Count ? starts[next + 1] : text.Length, phrases)
                && !RunStops.Contains(FirstWord(text, starts[next]))
                && !ContrastOrHealth.IsMatch(text.AsSpan(starts[next], (next + 1 < starts.Count ? starts[next + 1] : text.Length) - starts[next])))
            {
                next++;
            }

            var end = next < starts.Count ? starts[next] : text.Length;
            yield return (from, end);
            c = next - 1;
        }
    }

    /// <summary>
    /// True when the text between the positions names the writer ("i", "my", "we"), apart from "my back" or "my heel",
    /// which only say where the pain is ("should i worry about fever with my back ache").
    /// </summary>
    private static bool NamesWriter(string text, int from, int to, RedFlagPhrases phrases)
    {
        for (var match = phrases.FirstPerson.Match(text, from, to - from); match.Success; match = match.NextMatch())
        {
            if (match.Value != "my" || FirstWord(text, match.Index + match.Length) is not ("back" or "heel" or "heels" or "lower" or "upper" or "sciatica" or "backache"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a clause starts once a greeting or lead-in is skipped ("quick one - can back pain...", "hi there, is...").</summary>
    private static int AfterLeadIn(string text, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            var word = FirstWord(text, at);
            if (!LeadIns.Contains(word))
            {
                break;
            }

            // "there" is a lead-in after a greeting ("hi there is..."), but a clause that starts "there is an ulcer under my toe" is a statement:
            // skipping it made "is an ulcer under my toe" a question, a mention a later "i did not notice it" disclaimed
            // (rf-recall15).
            if (word == "there" && at == from && FirstWord(text, at + (text[at] == ' ' ? 1 : 0) + word.Length) is "is" or "s" or "are" or "was" or "were" or "has" or "have")
            {
                break;
            }

            at += (text[at] == ' ' ? 1 : 0) + word.Length + 1;
        }

        return Math.Min(at, to);
    }

    private static string FirstWord(string text, int from)
    {
        var start = from < text.Length && text[from] == ' ' ? from + 1 : from;
        var end = text.IndexOf(' ', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>
    /// True when, outside the mentions, the writer says they do not have what was mentioned: a first-person negative
    /// with a pronoun or a mentioned word after it ("i dont have one", "I've never had cancer", "im not diabetic"), "not
    /// me", "mine are just sore", or "I am 35 and healthy".
    /// </summary>
    private static bool Disclaims(IReadOnlyList<ScreenSentence> sentences, List<(int Sentence, int Start, int End)> spans, NegationRules negation)
    {
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (s, start, end) in spans)
        {
            foreach (var word in sentences[s].Text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!CommonWords.Contains(word))
                {
                    mentioned.Add(word);
                }

                if (BodyRegions.TryGetValue(word, out var region))
                {
                    regions.Add(region);
                }
            }
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var text = sentences[s].Text;
            var mine = spans.Where(span => span.Sentence == s).ToList();
            bool Outside(int index) => !mine.Exists(span => index >= span.Start && index < span.End);

            if (AskedForOthersOrInterest.IsMatchGated(text) || ClauseStartsOf(sentences[s]).Any(clause => AskedForOthersOrInterest.IsMatchGated(ClauseText(text, clause))))
            {
                return true;
            }

            foreach (Match fine in BodyPartFine.MatchesGated(text))
            {
                var part = fine.Groups["part"].Value;
                var region = BodyRegions.GetValueOrDefault(part);
                var ownPart = fine.Groups["my"].Success || (region is not null && (fine.Index == 0 || sentences[s].ClauseStarts.Contains(fine.Index)));
                if (ownPart && Outside(fine.Index)
                    && (mentioned.Any(m => SameWord(m, part)) || (region is not null && regions.Contains(region))))
                {
                    return true;
                }
            }

            foreach (var (start, end) in ClauseStartsOf(sentences[s]))
            {
                if (Outside(start) && SomeoneElsesClause(text[start..end], negation))
                {
                    return true;
                }
            }

            foreach (Match negative in NegativeStatement.MatchesGated(text))
            {
                if (Outside(negative.Index) && ByTheWriter(sentences[s], negative) && Denies(WithinClause(sentences[s], negative), mentioned))
                {
                    return true;
                }
            }

            foreach (Match contrast in ContrastOrHealth.MatchesGated(text))
            {
                if (Outside(contrast.Index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Each clause of a sentence as (start, end).</summary>
    private static IEnumerable<(int Start, int End)> ClauseStartsOf(ScreenSentence sentence)
    {
        var starts = sentence.ClauseStarts.Count > 0 && sentence.ClauseStarts[0] == 0 ? sentence.ClauseStarts : [0, .. sentence.ClauseStarts];
        for (var c = 0; c < starts.Count; c++)
        {
            yield return (starts[c], c + 1 < starts.Count ? starts[c + 1] : sentence.Text.Length);
        }
    }

    private static string ClauseText(string text, (int Start, int End) clause) => text[clause.Start..clause.End].Trim();

    /// <summary>What a negative denies, up to the end of its clause ("i havent lost any | wish i had": "lost any").</summary>
    private static string WithinClause(ScreenSentence sentence, Match negative)
    {
        var rest = negative.Groups["rest"];
        var nextClause = sentence.ClauseStarts.FirstOrDefault(start => start > rest.Index);
        return nextClause > 0 && nextClause < rest.Index + rest.Length ? sentence.Text[rest.Index..nextClause] : rest.Value;
    }

    /// <summary>
    /// True when a clause is about another person only: its subject is someone else ("my aunt has it and won't see
    /// anyone", "she's type 2", "he won't ask himself", "my cousin reckons so", "my bro says heel pain means diabetes")
    /// and the writer never comes into it. A worry or a report on the writer ("my wife is worried", "my son noticed")
    /// and a shared sign ("my son has one too") are not.
    /// </summary>
    internal static bool SomeoneElsesClause(string clause, NegationRules negation)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length && (Fillers.Contains(words[i]) || words[i] is "anyway" or "cos" or "because"))
        {
            i++;
        }

        var subject = -1;
        if (i < words.Length && words[i] is "he" or "she" or "hes" or "shes" or "they" or "theyre" or "her" or "his" or "their")
        {
            subject = i;
        }
        else if (i < words.Length && Determiners.Contains(words[i]))
        {
            for (var j = i + 1; j < words.Length && j <= i + 3 && subject < 0; j++)
            {
                subject = (IsOtherPerson(words[j], negation) || Roles.Contains(words[j])) && words[j] is not ("someone" or "somebody" or "anyone" or "everyone" or "people") ? j : subject;
            }
        }
        else if (i < words.Length && IsOtherPerson(words[i], negation) && words[i] is not ("someone" or "somebody" or "anyone" or "everyone" or "people"))
        {
            subject = i;
        }

        if (subject < 0 || subject + 1 >= words.Length)
        {
            return false;
        }

        var rest = words[(subject + 1)..];
        if (rest.Any(WriterWords.Contains))
        {
            return false;
        }

        // "my cousin reckons so", "my bro says heel pain means you get diabetes": a view on the question, not a report.
        return (negation.ReportingWords.Contains(rest[0]) && rest[1..].Any(ClaimWords.Contains))
            || !rest.Any(w => AboutTheWriterToo.Contains(w) || w is "u" or "you" or "ur" or "your");
    }

    /// <summary>
    /// A negative the writer says of themselves: at a clause start ("dont have a fever myself"), or after "i", "im",
    /// "and"...; a bare "not" only after "im", "i am", "i do", "i have" ("not that bad" is not a denial).
    /// </summary>
    private static bool ByTheWriter(ScreenSentence sentence, Match negative)
    {
        var text = sentence.Text;
        var clauseStart = negative.Index == 0 || sentence.ClauseStarts.Contains(negative.Index);
        var previous = negative.Index < 2 ? null : text[..(negative.Index - 1)].Split(' ')[^1];
        if (negative.Value.StartsWith("no ", StringComparison.Ordinal))
        {
            // "I've no issues", "i have no symptoms", "got no fever": "no" after having.
            return previous is "ive" or "ve" or "have" or "got" or "weve";
        }

        var beforePrevious = previous is null || negative.Index - previous.Length < 3 ? null : text[..(negative.Index - previous.Length - 2)].Split(' ')[^1];
        if (!negative.Value.StartsWith("not ", StringComparison.Ordinal))
        {
            // "i have never been on them", "we had never".
            return clauseStart || (previous is not null && WriterBeforeNegative.Contains(previous)) || (previous is "have" or "had" && beforePrevious is "i" or "we");
        }

        // A clause-start "not" says what the writer is not doing ("not running one myself"), unless it grades something
        // ("not that bad", "not getting better").
        var graded = NotGrading.Contains(negative.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        return previous is "im" or "m" or "am" or "ive" || (previous is "do" or "did" or "have" && beforePrevious is "i" or "we") || (clauseStart && !graded);
    }

    /// <summary>
    /// What the negative denies names the mention: a pronoun ("that", "one", "it", "any" at the end or "any of"), or a
    /// mentioned word ("i dont have fever", "im not diabetic"); not a thinking word ("i dont know", "i dont think so").
    /// </summary>
    private static bool Denies(string rest, HashSet<string> mentioned)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 && words[0] is "really" or "actually" or "even" or "personally" ? 1 : 0;
        // "i dont get it" is understanding; "i dont get them", "i dont get any" is not having.
        if (first >= words.Length || (ThinkingWords.Contains(words[first])
            && !(words[first] == "get" && first + 1 < words.Length && words[first + 1] is "them" or "those" or "these" or "any" or "one" or "em")))
        {
            return false;
        }

        // "I never had that before", "didnt have this before": a pronoun with "before" after it says the mention is new to
        // the writer, not denied (evening round 20).
        var lastBefore = Array.LastIndexOf(words, "before");
        for (var w = first; w < words.Length; w++)
        {
            var word = words[w];
            var next = w + 1 < words.Length ? words[w + 1] : null;
            if ((Pronouns.Contains(word) && lastBefore <= w && !(next is not null && Measures.Contains(next))
                    && (word is not ("any" or "anything") || next is null or "of" or "like" or "myself" or "thankfully" or "luckily" or "though" or "at" or "here"))
                || (NotHavingWords.Contains(word) && (w == 0 || words[w - 1] != "other"))
                || (w == first && DeniedStates.Contains(word))
                || mentioned.Any(m => SameWord(m, word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same word in another form: "diabetic" for "diabetes", "numb" for "numbness", "fevers" for "fever" (a shared
    /// start of five letters, or a whole word of four or more that starts the other).
    /// </summary>
    private static bool SameWord(string a, string b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared])
        {
            shared++;
        }

        return shared >= 5 || (shared >= 4 && (shared == a.Length || shared == b.Length));
    }

    /// <summary>
    /// True when the clause before a sign has another person as its subject and the writer never comes into it: "my
    /// husband is in remission from cancer", "grandma says her hip hurts at night", "my cousin is on chemo and has a
    /// fever". "my wife says the bed was wet" (someone reporting on the writer) and "... and now i" are the writer's.
    /// </summary>
    /// <param name="before">The clause's words before the sign.</param>
    /// <param name="negation">The data's other people and reporting words.</param>
    /// <param name="sign">The sign's words: after "and" they may go on with the same subject ("... and has a fever").</param>
    public static bool InOtherPersonsClause(string[] before, NegationRules negation, string[]? sign = null)
    {
        if (negation.OtherPeople.Count == 0)
        {
            // The data with no other people reads every sign as the writer's ("... and so do I").
            return false;
        }

        var i = 0;
        while (i < before.Length && Fillers.Contains(before[i]))
        {
            i++;
        }

        // "half the lads at my gym", "most of the guys": a share of a group is other people too.
        while (i < before.Length && Quantifiers.Contains(before[i]))
        {
            i++;
        }

        var subject = -1;
        if (i < before.Length && Determiners.Contains(before[i]))
        {
            // "my 80 year old mum", "my older sister": up to three words between the determiner and the person.
            for (var j = i + 1; j < before.Length && j <= i + 4 && subject < 0; j++)
            {
                subject = IsOtherPerson(before[j], negation) || Roles.Contains(before[j]) ? j : subject;
            }
        }
        else if (i < before.Length && IsOtherPerson(before[i], negation))
        {
            subject = i;
        }

        if (subject < 0)
        {
            return false;
        }

        var rest = before.AsSpan(subject + 1);
        if (rest.Length > MaxWordsFromSubject)
        {
            return false;
        }

        for (var k = 0; k < rest.Length; k++)
        {
            if (k > 0 && rest[k] == "my" && rest[k - 1] is "at" or "on" or "in" or "from")
            {
                // "the lads at my gym", "a bloke on my shift", "a girl in my class": a place or group, not the writer.
                continue;
            }

            if (k == 1 && rest[k] is "mine" or "ours" && rest[0] == "of")
            {
                // "a friend of mine with diabetes", "a mate of ours": the other person, said as the writer's (night round 21).
                continue;
            }

            if (WriterWords.Contains(rest[k]) || SubjectEnds.Contains(rest[k])
                || (rest[k] == "and" && !GoesOnAboutThem([.. rest[(k + 1)..], .. sign ?? []], signNext: AllArticles(rest[(k + 1)..])) && !PastStoryGoesOn(rest, k, sign)))
            {
                return false;
            }
        }

        // "my wife noticed the bed was wet": a report on the writer, unless it is of them ("says her hip") or a general
        // claim passed on ("my bro says heel pain means you got diabetes").
        return rest.Length == 0 || !negation.ReportingWords.Contains(rest[0]) || KeepsHavingIt([.. rest, .. sign ?? []])
            || rest[1..].ToArray().Any(w => w is "he" or "she" or "his" or "her" or "hers" or "him" or "they" or "them" or "their" or "hes" or "shes" || ClaimsPassedOn.Contains(w));
    }

    /// <summary>"my hubby keeps waking with back pain": "keeps" doing something is theirs; "keeps saying" reports on the writer.</summary>
    private static bool KeepsHavingIt(ReadOnlySpan<string> rest) =>
        rest.Length > 1 && rest[0] is "keeps" or "kept" && rest[1].EndsWith("ing", StringComparison.Ordinal)
        && rest[1] is not ("saying" or "telling" or "asking" or "noticing" or "mentioning" or "nagging" or "going" or "looking" or "checking" or "pointing" or "worrying");

    /// <summary>
    /// After "and", the clause is still about the other person when a verb follows with no new subject ("... and has a
    /// fever") or it names them again or one side of them ("and her legs", "had a stroke and one side is weak").
    /// </summary>
    private static bool AllArticles(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (word is not ("a" or "an" or "the" or "some" or "high" or "bad" or "really" or "very" or "little" or "bit" or "of"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A story of the other person told in the past goes on after "and" with another past action of theirs: "my uncle had
    /// a prolapsed disc and lost feeling down below", "my mate was on a ladder and fell". Not when the writer comes into
    /// what follows ("my son was born and lost control of my bladder").
    /// </summary>
    private static bool PastStoryGoesOn(ReadOnlySpan<string> rest, int and, string[]? sign)
    {
        if (rest.Length == 0 || !PastStoryVerbs.Contains(rest[0]) || and + 1 > rest.Length)
        {
            return false;
        }

        string[] after = [.. rest[(and + 1)..], .. sign ?? []];
        return after.Length > 0 && PastStoryActions.Contains(after[0]) && !after.Any(WriterWords.Contains);
    }

    private static bool GoesOnAboutThem(string[] after, bool signNext) =>
        after.Length > 0
        && (SameSubjectVerbs.Contains(after[0]) || after[0] is "his" or "her" or "their" or "he" or "she" or "they" or "hes" or "shes"
            || (after[0] == "one" && after.Length > 1 && after[1] == "side")
            || (signNext && !NewActionStarts.Contains(after[0])));

    /// <summary>
    /// "checked the warning list, nothing numb down there": "nothing" right before a word of the sign's state is a no.
    /// ("nothing comes" when trying to pee is a sign: "comes" is not a state word.)
    /// </summary>
    public static bool NothingBefore(string[] before, string[] sign) =>
        before.Length > 0 && before[^1] is "nothing" or "nothin" or "nowt" or "naught" && sign.Length > 0 && StateWords.Contains(sign[0]);

    /// <summary>
    /// True when a test or a doctor ruled the sign out: "the GP ruled out cauda equina", "tested for cancer and it was
    /// negative".
    /// </summary>
    public static bool RuledOut(string beforeInClause, string after) =>
        RuledOutBefore.IsMatchGated(beforeInClause.TrimEnd()) || NegativeResultAfter.IsMatchGated(after);

    // "patient" is left out: "sugar patient" and "diabetic patient" describe the writer.
    private static bool IsOtherPerson(string word, NegationRules negation) =>
        word is not ("patient" or "patients") && (negation.OtherPeople.Contains(word) || Groups.Contains(word));

    /// <summary>
    /// True when an answer to a question says no by naming another cause: "nah it was the baby", "no that was the dog
    /// barking", "nope thats the kids", "no just the heating".
    /// </summary>
    public static bool AnswersNoWithAnotherCause(string answer, NegationRules negation)
    {
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words.TakeWhile(w => w != "|").All(PlainNo.Contains) && words[0] is "no" or "nope" or "nah" or "naw" or "none" or "not" or "never" or "negative" or "nothing")
        {
            // The first clause is only a no ("none whatsoever, just stiffness", "not at all, legs are strong"); what comes
            // after it is read on its own. "no control at all" is not a plain no.
            return true;
        }

        if (words.Length < 2 || words[0] is not ("no" or "nope" or "nah" or "naw" or "nay"))
        {
            return false;
        }

        var i = 1;
        if (words[i] is "it" or "that" && i + 1 < words.Length && words[i + 1] is "was" or "is" or "s")
        {
            i += 2;
        }
        else if (words[i] is "thats" or "its" or "twas")
        {
            i++;
        }

        var article = false;
        while (i < words.Length && words[i] is "just" or "only" or "the" or "my" or "our" or "a" or "an" or "her" or "his" or "their" or "all" or "new" or "old")
        {
            article |= words[i] is "the" or "a" or "an";
            i++;
        }

        // "its the new duvet": a thing named with "the" or "a" is another cause, unless it is the body or the sign itself.
        return i > 1 && i < words.Length
            && (IsOtherPerson(words[i], negation) || OtherCauses.Contains(words[i]) || (article && words[i - 1] is not "my" && !BodyOrSign.Contains(words[i])));
    }
}
