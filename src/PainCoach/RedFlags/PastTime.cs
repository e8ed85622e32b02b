using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// How a sentence reads once time is taken into account: <see cref="Now"/> without what is past and over;
/// <see cref="DurationNow"/> also without numbers that are ages or stages, for the how-long signs; <see cref="Whole"/> for
/// the lasting conditions; <see cref="ScoreNow"/> for the pain score.
/// </summary>
/// <param name="Whole">The sentence as the screen read it.</param>
/// <param name="Now">Without past episodes that are over ("broke my ankle when I was 12, healed fine"). Ages stay: "cant
/// lift my 1 year old" is a daily-life sign and needs the child in it.</param>
/// <param name="DurationNow">As <see cref="Now"/>, and without ages and stages ("my 2 year old", "7 months pregnant"),
/// which are not how long the pain lasted.</param>
/// <param name="ScoreNow">As <see cref="DurationNow"/>, and without a score that a lower one now replaces ("was a 9 last month
/// but now its like a 2").</param>
/// <param name="PainIsOver">The pain itself is said to be gone now ("the heel is basically gone"), so how long it lasted
/// is no longer a sign.</param>
/// <param name="ScoresRise">Scores told over time go up: "a 3 last week, 5 this week, now a 6" (the pain is getting worse).</param>
public sealed record TimeReading(ScreenSentence Whole, ScreenSentence Now, ScreenSentence DurationNow, ScreenSentence ScoreNow, bool PainIsOver, bool ScoresRise = false)
{
    /// <summary>The text a sign is read in, or null when time rules the sign out in this sentence.</summary>
    public ScreenSentence? For(string signId) => signId switch
    {
        // CONTENT.md counts "a history of cancer" whenever it was, and these conditions last (docs/triage.md, "For
        // clinical review"): time never clears them here.
        SymptomIds.CancerHistory or SymptomIds.Diabetes or SymptomIds.Osteoporosis or SymptomIds.Immunosuppressed => Whole,
        ContextSigns.SeverePain => ScoreNow,
        ContextSigns.HeelPainPastTwoWeeks or ContextSigns.BackPainPastFourWeeks => PainIsOver ? null : DurationNow,
        _ => Now,
    };
}

/// <summary>
/// Reads time in one normalised sentence of the free-text screen. A sign told as a past episode that is over ("ran a
/// fever last winter with flu, nothing since", "years ago I had a numb leg but all that went away") is not a current
/// sign: the episode needs both a remote time (years ago, when I was 12, as a kid, last winter, in 2015, used to) and
/// a word that it ended (healed, went away, nothing since, fine since); a recent event ("fell off a ladder last week",
/// "wet myself yesterday, not since") stays, and so does anything that came back. Ages and stages are not how long the
/// pain lasted ("carrying my 2 year old", "7 months postpartum"); a pain score that a lower one now replaces is past.
/// </summary>
public static class PastTime
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Number = @"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|few|a few|several|many|some|couple of|a couple of|couple";

    /// <summary>
    /// A person's or a thing's age, or a stage of pregnancy: "my 2 year old", "a 3 week old baby", "my 2yo", "im 7 months
    /// postpartum", "34 weeks pregnant". The number says nothing about the pain.
    /// </summary>
    private static readonly Regex AgeOrStage = new(
        $@"(?<![a-z0-9])({Number})( and a half)? ?((years?|yrs?|months?|mths?|mnths?|weeks?|wks?|days?) old|yo|y o|(weeks?|wks?|months?|mths?) (pregnant|postpartum|post partum|pp|postnatal|post natal|post birth|along))(?![a-z0-9])",
        Options);

    /// <summary>
    /// A stage or an age said without "pregnant" or "old": "at 20 weeks", "im 30 weeks", "the wee one is 4 months", "shes 6
    /// weeks tomorrow". "im 6 weeks into this" and "at 3 weeks" are how long the pain lasted, so they stay.
    /// </summary>
    private static readonly Regex BareStage = new(
        $@"(?<![a-z0-9])((at|around|about) (1[2-9]|[23][0-9]|4[0-2]) ?(weeks?|wks?)|(im|i m|i am|am|now|currently|nearly|almost) ([4-9]|[1-3][0-9]|4[0-2]) ?(weeks?|wks?)|(baby|babys|bub|bubba|little one|wee one|lo|newborn|son|daughter|twins|youngest|eldest|he|she|they|hes|shes|theyre)( is| s| turned| turns| just turned| will be| was| are)?( nearly| almost| just| only)? ({Number}) ?(days?|weeks?|wks?|months?|mths?|mnths?|years?|yrs?))(?![a-z0-9])(?! (ago|in|into|of|later|since|straight|running|now of|with (this|my|the)))",
        Options);

    /// <summary>
    /// The end of a sentence that says the writer is pregnant ("can i do the stretches if im pregnant?"): a sentence that
    /// opens on a bare stage right after it ("5 months, back aching a bit") says how far along, not how long the pain
    /// lasted (night round 21, rf-second21).
    /// </summary>
    private static readonly Regex PregnancyEnds = new(
        @"(?<![a-z0-9])(pregnant|pregnancy|expecting)( (now|still|again|too|here))?$",
        Options);

    /// <summary>A bare stage opening the sentence after <see cref="PregnancyEnds"/>: "5 months", "im 20 weeks", "about 6 months now".</summary>
    private static readonly Regex StageOpens = new(
        $@"^(im |i m |i am |about |around |nearly |almost |just over |over )?({Number})( and a half)? ?(weeks?|wks?|months?|mths?)( (now|along|gone|in))?(?![a-z0-9])(?! (ago|of|since|later|into|straight|running|with|and counting)(?![a-z0-9]))",
        Options);

    /// <summary>A stage said right after "pregnant" in the same sentence: "im pregnant, 20 weeks, can i still stretch".</summary>
    private static readonly Regex StageAfterPregnant = new(
        $@"(?<=(?<![a-z0-9])(pregnant|expecting) )(about |around |nearly |almost )?({Number})( and a half)? ?(weeks?|wks?|months?|mths?)(?![a-z0-9])(?! (ago|of|since|later|into|straight|running|with|and counting|now of)(?![a-z0-9]))",
        Options);

    /// <summary>How long something lasted: "for 3 weeks", "over a month".</summary>
    private static readonly Regex Duration = new(
        $@"(?<![a-z0-9])(for|over) (about |around |roughly |nearly |almost |a good )?({Number}) (days|weeks|wks|months|mths)(?![a-z0-9])",
        Options);

    /// <summary>A stage that does date the pain: "sore since the birth", "since my 2 year old was born".</summary>
    private static readonly Regex PainDatedByStage = new(
        @"(?<![a-z0-9])(since (my|our|the|having (my|our|the))( \w+){0,4} (was|were) born|since (the birth|giving birth|i gave birth|having (him|her|them|the baby|my baby|the twins)|(he|she|they) (was|were) born|the start of (the|my) pregnancy|i (got|was|fell) pregnant)|(all|whole|throughout|through) (the |my )?pregnancy)(?![a-z0-9])",
        Options);

    /// <summary>Just before a stage, "since": the stage dates the pain ("since i was 5 months pregnant").</summary>
    private static readonly Regex DatesFrom = new(@"(?<![a-z0-9])(since|from)( (i was|i m|im|being|about|around|roughly))? ?$", Options);

    /// <summary>A time far enough back that an episode which ended then is over: years ago, as a kid, when I was 12.</summary>
    private static readonly Regex RemoteTime = new(
        $@"(?<![a-z0-9])(((({Number}) )?(years?|yrs?|decades?)|(several|many|{Number.Replace("|a|an|one", string.Empty, StringComparison.Ordinal)}) (months|mths)) (ago|back|before)|(long|ages|way back|a long time|a while|yonks) ago|long time ago|last (year|winter|summer|spring|autumn|fall|christmas|xmas)|(the )?(year|winter|summer|spring|autumn|fall|christmas|xmas) before last|as a (kid|child|teen|teenager|baby|youngster|boy|girl|student|young \w+)|when i was (\d+|young|younger|little|small|pregnant|expecting|a (kid|child|baby|teen|teenager|boy|girl|student)|at (school|uni|college)|in (school|college|my \w+))|(at (the age of |age )?|aged )(1[0-9]|[2-9][0-9])(?! (am|pm|oclock|o clock|weeks|wks|months|mths|days|mph|kph|km|miles|percent|degrees|hours|hrs|mins|minutes|k|stone|kg|lbs))|in my (teens|twenties|20s|thirties|30s|forties|40s|youth|younger days)|back in (the day|school|uni|college|(19|20)\d\d|the \d+s|jan|january|feb|february|march|april|may|june|july|aug|august|sept|september|oct|october|nov|november|dec|december|the (spring|summer|autumn|fall|winter))|in (19|20)\d\d|back in (19|20)?\d\d(?! (am|pm|days?|weeks?|wks|months?|mins?|minutes?|hours?|hrs?|secs?|seconds?|years?|yrs?))|in the ((19|20)?\d0s|sixties|seventies|eighties|nineties|noughties)|(i |id |i d )?used to (have|get|suffer|be(?! able)|go|wake|keep|hurt|ache|throb|flare|bother|play up|give me|trouble|limp|need|struggle)|long (since )?gone)(?![a-z0-9])",
        Options);

    /// <summary>Words that an episode ended: healed fine, all that went away, nothing since, fine ever since, all sorted now, nothing like
    /// that now (a past pain told to compare: "kidney stones in 2018 were a 9, nothing like that now").</summary>
    private static readonly Regex Ended = new(
        @"(?<![a-z0-9])((healed|recovered|resolved)( (up|fine|well|ok|okay|completely|fully|totally|properly|quickly|no problem|no bother))?|(fully|completely|totally) (recovered|healed|resolved|better)|(went|gone|go|goes|going|faded|wore|worn|died) away|(cleared|clear|clears) up|(settled|calmed|died) down|(wore|worn|wears) off|sorted (itself|itself out|out)|(sorted|fixed|cured|cleared|settled) (it|that|them|me)( out| up)?|(all|fully|completely|totally|properly|well and truly) (sorted|fixed|cured)( out)?( now)?|(sorted|fixed|cured) (out )?now|(gone|cleared|cleared up|settled|went away|sorted) (after|with)|went back to normal|back to normal|got better|got over (it|that)|grew out of (it|that|them)|over it|a thing of the past|(fine|ok|okay|good|grand|normal|alright|all right|no bother|no problems?|no trouble|no issues|all good|all clear|right as rain|good as new|as good as new|sound) ((ever )?since|for (decades|years|ages|a long time|donkeys|\d+ years))|right as rain|(as )?good as new|(nothing|none|no more|not once|not had (it|one|any)|havent had (it|one|any)|no (problems|issues|trouble|bother|symptoms))( like (that|it)| of (that|those|it))? (since|after that|ever since|again)|((nothing|none|not anything) like|(nowhere|no where|not even|not) (near|close to)) (that|it|as bad|that bad)( (now|these days|nowadays|anymore|any more|today))?|never (came back|come back|returned|happened again|had (it|that|one|any) (again|since)|bothered me (again|since))|(long|all|since|now) gone|gone (since|now|for good|for years|ages ago)|never looked back|(that|it|which) (went|cleared|eased|passed|settled) (with|after) (\w+ ){0,2}(physio|physiotherapy|pilates|yoga|stretching|stretches|rest|exercises|treatment|injections?|insoles|orthotics|surgery|an op|the op|time|new shoes|a course)|(was|were|felt|been) (absolutely |totally |perfectly |completely )?(fine|ok|okay|unhurt|uninjured|unscathed) (after|afterwards|after that|after it|after all that)|walked (away|off) (fine|unhurt|unscathed|without a scratch|with nothing)|(wasnt|was not|werent|were not) (hurt|injured)|(nothing|nowt|naught) to do with (this|it|that|now|my (heel|back|pain|feet|foot)|the (heel|back|pain))|(totally |completely )?unrelated)(?![a-z0-9])",
        Options);

    /// <summary>
    /// A long spell without the trouble, which is both an ending and its own remote time: "havent had any trouble for years",
    /// "not had a twinge in years", "it hasnt given me any bother for ages", "no problems with it for years now". Not when a
    /// time until which it held follows ("for years until last month").
    /// </summary>
    private static readonly Regex LongAbsence = new(
        @"(?<![a-z0-9])((havent|hasnt|have not|has not|not|never|didnt|did not) (had|given me|caused me|given|caused|been|felt|noticed)( me)?( any| a| much| one| a single| the slightest| so much as a)?( real| serious| major| big| more)? (trouble|bother|problems?|issues?|pain|twinges?|flare ups?|flareups?|flares?|episodes?|relapses?|niggles?|grief|attacks?)|no (more )?(trouble|bother|problems|issues|pain|twinges|flare ups|flares|niggles|episodes))( \w+){0,4} (for|in) (years|decades|ages|a long time|donkeys|yonks|(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|few|some) (years|yrs)|(a|one) decade)( now)?(?![a-z0-9])(?!( now)? (until|till|up until|up till|then|but now)(?![a-z0-9]))",
        Options);

    /// <summary>An ending the moment the position changed: "gone by the time i got to the car", "fine the second i stood up".</summary>
    private static readonly Regex EndedAtOnce = new(
        @"(?<![a-z0-9])(gone|fine|ok|okay|normal|back to normal|went away|goes away|wore off|wears off|passed|disappeared)( again| completely| totally)? (by the time|the (second|moment|minute|instant)|as soon as|soon as|once|right after|straight after|after|within (a |one |a few |few )?(seconds|secs|minutes|mins|minute|min) of) (i|it)( had)? (stood|stand|standing|got up|get up|getting up|got out|get out|moved|move|moving|stretched|stretch|walked|walk|got to|got home|got off|shifted|shift|uncrossed|changed|sat up|rolled|shook|stamped|wiggled)(?![a-z0-9])|(?<![a-z0-9])(gone|fine|ok|okay|normal|back to normal|went away|wore off|passed)( again| completely| totally)? (after|with) (a |some |a bit of )?(quick |little |short |bit of a )?(walk|walk round|walk around|walk about|wander|stretch|move about|shake|stamp|stand)(?![a-z0-9])",
        Options);

    /// <summary>A clause that starts with the ending itself or points back: "gone by the time...", "it was fine once...".</summary>
    private static readonly Regex ElidedSubject = new(
        @"^(but |and |then |though )?((it|that|they|which|all|both|everything) )?((was|were|is|are|s|had|has) )?(gone|fine|ok|okay|normal|back to normal|went away|goes away|wore off|wears off|passed|disappeared)(?![a-z0-9])",
        Options);

    /// <summary>
    /// A bare ending verb ("stopped", "settled"): an ending only at a clause start or right after "it", "that", "which"
    /// ("..., stopped after she was born", "it settled"), never of a body part ("my bladder stopped working").
    /// </summary>
    private static readonly Regex BareEnded = new(
        @"(?<![a-z0-9])(cleared|settled|sorted|stopped|disappeared|vanished|fixed|cured)(?![a-z0-9])(?! (working|moving|responding|functioning|feeling|being able|holding|emptying|flowing|coming|going|cooperating)(?![a-z0-9]))",
        Options);

    private static readonly Regex BareEndedSubject = new(@"(?<![a-z0-9])(that|it|this|which|they|all|everything|all that|then|and then|but then|thats|that s|its|it s|thats all|its all) ?$", Options);

    /// <summary>Just before an ending word, a denial of it: "never really went away", "not healed", "hasnt cleared".</summary>
    private static readonly Regex EndingDenied = new(
        @"(?<![a-z0-9])(no|not|never|hasnt|havent|hadnt|didnt|wont|isnt|wasnt|arent|werent|cant|couldnt|still not|not yet|nearly|almost)( (fully|completely|totally|really|properly|quite|all|right|yet|ever|actually|entirely|even))*( (healed|got|get|gone|went|go|recovered|resolved|cleared|settled|sorted|passed|stopped|disappeared|better))? ?$",
        Options);

    /// <summary>After an ending, it came back: "went away but came back last week", "healed, then flared up again".</summary>
    private static readonly Regex CameBack = new(
        @"^( \w+){0,6} (came|come|comes|coming) back|^( \w+){0,6} (returned|recurred|flared( up)? again|started again|back again|again now|is back|its back|it s back)(?![a-z0-9])",
        Options);

    /// <summary>Words of now inside a would-be past episode: it is not over ("for the last 2 weeks", "still", "today").</summary>
    private static readonly Regex Present = new(
        @"(?<![a-z0-9])(now|nowadays|today|tonight|currently|at the moment|atm|this (week|morning|month|evening|afternoon)|still|lately|recently|for the (last|past)|since (yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (week|night|month)|the weekend|this)|(\d+|a|one|two|three|few|a few|couple of|a couple of) (days|weeks|wks) ago|yesterday|last (week|night|month)|again|has been|have been|ive been|keeps|keep|(for|over) (the )?(last |past )?(\d+|a|one|two|three|four|five|six|few|a few|couple of|a couple of|several) (days|weeks|wks|months))(?![a-z0-9])",
        Options);

    /// <summary>A clause that starts by pointing back to the one before: "that cleared up", "it all went away".</summary>
    private static readonly Regex Anaphor = new(@"^(but |and |though |which )?(that|it|this|they|those|both|all|all that|all of that|all of it|everything|which|the whole thing|thats|that s|its|it s)(?![a-z0-9])", Options);

    /// <summary>Where, inside a clause, a new statement starts before the past one: "my leg is numb and i broke my foot years ago".</summary>
    private static readonly Regex NewStatement = new(
        @" (and|so|plus|also|then|as well as) (i|im|ive|id|my|it|its|theres|there s|now|then|also)(?![a-z0-9])",
        Options);

    /// <summary>
    /// A lower score now, after a high one: "now its like a 2", "down to a 3", "a 1 or 2 now", "these days more like a 4".
    /// </summary>
    private static readonly Regex LowerNow = new(
        @"(?<![a-z0-9])((now|nowadays|today|these days|at the moment|currently|this week|most days)( (its|it s|it is|is|s|im|i m|i am|id say|i d say|i would say|my|the|back|heel|pain|foot|sciatica|only|just|more|like|about|around|maybe|down|at|sitting|hovering|probably|mostly|usually|generally|barely|closer to|nearer))* (a |an |like |about |around |only |just )*([0-5]|zero|one|two|three|four|five)|(down|dropped|come down|came down|gone down|went down|eased|fell|back) to (a |an |like |about |around |only |just )*([0-5]|zero|one|two|three|four|five)|(a |an |like |about |around |only |just )([0-5]|zero|one|two|three|four|five)( (or|to) ([0-6]|one|two|three|four|five|six))?( (out of|outta|over) (10|ten)| 10)? (now|nowadays|today|these days|most days|at the moment))(?![a-z0-9])(?! (out of |outta |over )?(10 |ten )?(and|but) (its|it s|it is|then|now)? ?(goes|shoots|jumps|spikes|gets|went|shot|jumped|spiked|a ([6-9]|10)))(?! (days|weeks|months|years|hours|hrs|mins|minutes|am|pm|times|oclock|o clock|k|km|miles|stone|kg|wks)(?![a-z0-9]))",
        Options);

    /// <summary>
    /// A pain score: "a 3", "at 5", "was 4", "now its a 6", "7/10", "5 out of 10"; group "n" is the number. Not a time, an
    /// amount or a size ("3 weeks", "5 km", "a 9 year old").
    /// </summary>
    private static readonly Regex Score = new(
        @"(?<![a-z0-9])((a|an|at|to|was|were|is|its|it s|s|now|hit|like|about|around|maybe|solid|then|and|from) (?<n>[0-9]|10|zero|one|two|three|four|five|six|seven|eight|nine|ten)|(?<n>[0-9]|10|zero|one|two|three|four|five|six|seven|eight|nine|ten)( out of| outta| over)? (10|ten))(?![a-z0-9])(?! (days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|am|pm|times|oclock|o clock|k|km|miles?|stone|kg|lbs?|pounds|kids?|children|people|steps|pills|tablets|sessions|year|yo|y o|inch|inches|feet|ft|foot|metres|meters|percent|of (us|them|my))(?![a-z0-9]))",
        Options);

    /// <summary>In the first score's part: it was then ("last week", "yesterday", "on monday", "at first", "when it started").</summary>
    private static readonly Regex ScoreThen = new(
        @"(?<![a-z0-9])(last (week|night|month|time)|yesterday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at first|at the (start|beginning)|when it (started|began)|(a|one|two|three|few|a few|couple of|a couple of) (days|weeks) ago|this morning|(at|over|on) the weekend|last weekend|was|were|used to be|started|began)(?![a-z0-9])",
        Options);

    /// <summary>Where the last score's own part starts after the first's: "... on monday and its a 7 today".</summary>
    private static readonly Regex Joiner = new(@" (and|but|then|whereas|while|now)(?![a-z0-9])", Options);

    /// <summary>A score of something else than the pain: "my mood was a 3", "sleep is a 7 now", "rate the app a 9".</summary>
    private static readonly Regex OtherRating = new(
        @"(?<![a-z0-9])(sleep|slept|mood|energy|stress|anxiety|fitness|motivation|happiness|appetite|diet|app|service|advice|stretches|exercises|shoes|insoles|mattress|rate|rated|rating|review|stars?|grade|grades|score (for|of) (the|my|your) (?!pain))(?![a-z0-9])",
        Options);

    /// <summary>An earlier day, which the last score must not carry ("a 5 at the weekend").</summary>
    private static readonly Regex ScoreDay = new(
        @"(?<![a-z0-9])(last (week|night|month|time|weekend)|yesterday|(on|at|over) (the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|at first|at the (start|beginning)|when it (started|began)|ago|this morning)(?![a-z0-9])",
        Options);

    /// <summary>Near the last score: it is now.</summary>
    private static readonly Regex ScoreNowWords = new(
        @"(?<![a-z0-9])(now|today|tonight|this week|this evening|this afternoon|at the moment|currently|these days)(?![a-z0-9])",
        Options);

    /// <summary>
    /// The pain itself gone now: "the heel is basically gone", "my back is completely fine now", "pain has cleared up",
    /// "after 6 months of it i finally feel normal".
    /// </summary>
    private static readonly Regex PainGone = new(
        @"(?<![a-z0-9])(finally|at last|at long last) (feel |feeling |am |im |i m )?(normal|fine|pain free|back to normal|sorted|fixed|healed|recovered|over it|myself again)(?![a-z0-9])|(?<![a-z0-9])(pain|heel|heels|back|it|its|it s|ache|sciatica|soreness|that|which)( (pain|is|s|has|have|are|was|now|all|has now))* (((basically|pretty much|practically|all but|more or less|mostly|completely|totally|fully|virtually|almost|nearly|all|100 percent|100) )?(gone|healed|cleared up|sorted|fixed|resolved|fine now|all good now|back to normal)|(basically|pretty much|practically|more or less|completely|totally|perfectly|absolutely|100 percent|100) fine)(?![a-z0-9])(?! (numb|dead|weak|stiff|funny|wrong|cold|tingly|floppy|limp|red|hot|swollen|black|purple|blue|white|bad|worse|off|again|on|for a (bit|minute|while|day)))",
        Options);

    /// <summary>What time says about the sentence: see <see cref="TimeReading"/>.</summary>
    public static TimeReading Read(ScreenSentence sentence) => Read(sentence, null);

    /// <summary>As <see cref="Read(ScreenSentence)"/>, with the sentence before it (a stage told after "pregnant?").</summary>
    public static TimeReading Read(ScreenSentence sentence, ScreenSentence? previous)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var withoutAges = WithoutAgesAndStages(sentence, previous);
        var durationNow = WithoutPastEpisodes(withoutAges);
        var now = ReferenceEquals(withoutAges, sentence) ? durationNow : WithoutPastEpisodes(sentence);
        return new TimeReading(sentence, now, durationNow, WithoutReplacedScore(durationNow), PainIsOver(durationNow.Text), ScoresRise(durationNow));
    }

    /// <summary>The sentence without ages and stages, unless the sentence dates the pain by that stage.</summary>
    internal static ScreenSentence WithoutAgesAndStages(ScreenSentence sentence, ScreenSentence? previous = null)
    {
        var opening = previous is not null && PregnancyEnds.IsMatchGated(previous.Text.TrimEnd()) ? StageOpens.Match(sentence.Text) : Match.Empty;
        if ((!opening.Success && !AgeOrStage.IsMatchGated(sentence.Text) && !BareStage.IsMatchGated(sentence.Text) && !StageAfterPregnant.IsMatchGated(sentence.Text))
            || PainDatedByStage.IsMatchGated(sentence.Text))
        {
            return sentence;
        }

        // Last match first, so the earlier ones' indexes still hold; the word "old" is kept ("my old"), so a person
        // stays a person and nothing reads as a duration.
        var stages = AgeOrStage.Matches(sentence.Text).Concat(BareStage.Matches(sentence.Text)).Concat(StageAfterPregnant.MatchesGated(sentence.Text));
        if (opening.Success)
        {
            stages = stages.Append(opening);
        }

        var cutTo = int.MaxValue;
        foreach (var match in stages.OrderByDescending(m => m.Index))
        {
            // "sore since i was 5 months pregnant": the stage is when the pain began, so it stays. A match that overlaps
            // one already cut ("im 30 weeks pregnant" read both ways) is part of it.
            if (match.Index + match.Length <= cutTo && !DatesFrom.IsMatchGated(sentence.Text[..match.Index]))
            {
                sentence = FreeTextRedFlagScreen.Cut(sentence, match.Index, match.Length);
                cutTo = match.Index;
            }
        }

        return sentence;
    }

    /// <summary>
    /// The sentence without each episode that is past and over: from the start of the clause with the remote time (or the
    /// new statement in it) to the end of the word that it ended, when nothing of now lies between and it did not come back.
    /// </summary>
    internal static ScreenSentence WithoutPastEpisodes(ScreenSentence sentence)
    {
        for (var guard = 0; guard < 4; guard++)
        {
            var episode = PastEpisode(sentence);
            if (episode is not { } span)
            {
                break;
            }

            sentence = FreeTextRedFlagScreen.Cut(sentence, span.Start, span.End - span.Start);
        }

        return sentence;
    }

    private static (int Start, int End)? PastEpisode(ScreenSentence sentence)
    {
        var text = sentence.Text;
        if (BriefEpisode(sentence) is { } brief)
        {
            return brief;
        }

        var remote = RemoteTime.MatchGated(text);
        if (!remote.Success && !LongAbsence.IsMatchGated(text))
        {
            return null;
        }

        foreach (var ended in Endings(sentence))
        {
            if (EndingDenied.IsMatchGated(text[..ended.Index]) || CameBack.IsMatchGated(text[(ended.Index + ended.Length)..]))
            {
                continue;
            }

            // The remote time before the ending, or right after it in the same clause ("went away years ago").
            // "long gone" is its own remote time ("numb for a day after the birth but thats long gone").
            // "havent had any trouble for years" is its own remote time.
            var time = LastRemoteBefore(text, ended.Index) ?? RemoteInClauseAfter(sentence, ended) ?? RemoteAt(text, ended) ?? LongAbsenceAt(text, ended);
            if (time is not { } at)
            {
                continue;
            }

            var start = Math.Min(EpisodeStart(sentence, at.Index), ClauseStart(sentence, ended.Index));
            if (start == ClauseStart(sentence, ended.Index) && Anaphor.IsMatchGated(text[start..]))
            {
                // "back hurt for 5 weeks after the move, but that cleared up ages ago": "that" is the clause before.
                start = ClauseStart(sentence, Math.Max(0, start - 1));
            }

            var end = Math.Max(ended.Index + ended.Length, at.Index + at.Length);
            var restOfClause = text[end..NextClauseStart(sentence, end)];
            if (Present.IsMatchGated(WithoutEndingAndDatedDurations(text, ended, at)[start..end]) || Present.IsMatchGated(restOfClause))
            {
                continue;
            }

            return (start, end);
        }

        return null;
    }

    /// <summary>
    /// A sign that ended the moment the position changed: "pins and needles from kneeling, gone by the time i got to the
    /// car", "bum went numb on the bus, fine the second i stood up". The episode is the clause before and the ending's
    /// clause, when that clause starts with the ending or points back ("it was gone once i stood up").
    /// </summary>
    private static (int Start, int End)? BriefEpisode(ScreenSentence sentence)
    {
        var text = sentence.Text;
        for (var ended = EndedAtOnce.MatchGated(text); ended.Success; ended = ended.NextMatch())
        {
            var end = ended.Index + ended.Length;
            if (EndingDenied.IsMatchGated(text[..ended.Index]) || CameBack.IsMatchGated(text[end..]))
            {
                continue;
            }

            var start = ClauseStart(sentence, ended.Index);
            if (start > 0 && ElidedSubject.IsMatchGated(text[start..]))
            {
                start = ClauseStart(sentence, start - 1);
            }

            if (!Present.IsMatchGated(Blank(text[start..end], ended.Index - start, ended.Length)))
            {
                return (start, end);
            }
        }

        return null;
    }

    /// <summary>The sentence's ending words in order: <see cref="Ended"/>, and <see cref="BareEnded"/> where it may stand.</summary>
    private static IEnumerable<Match> Endings(ScreenSentence sentence)
    {
        var text = sentence.Text;
        var bare = BareEnded.MatchesGated(text).Where(m => sentence.ClauseStarts.Contains(m.Index) || BareEndedSubject.IsMatchGated(text[..m.Index]));
        return Ended.MatchesGated(text).Concat(bare).Concat(LongAbsence.MatchesGated(text)).OrderBy(m => m.Index);
    }

    private static Match? LastRemoteBefore(string text, int before)
    {
        Match? last = null;
        for (var m = RemoteTime.MatchGated(text); m.Success && m.Index < before; m = m.NextMatch())
        {
            last = m;
        }

        return last;
    }

    private static Match? LongAbsenceAt(string text, Match ended) => LongAbsence.MatchGated(text, ended.Index) is { Success: true } m && m.Index == ended.Index ? m : null;

    private static Match? RemoteAt(string text, Match ended) => RemoteTime.MatchGated(text, ended.Index) is { Success: true } m && m.Index == ended.Index ? m : null;

    private static Match? RemoteInClauseAfter(ScreenSentence sentence, Match ended)
    {
        var from = ended.Index + ended.Length;
        var clauseEnd = sentence.ClauseStarts.FirstOrDefault(s => s > ended.Index, sentence.Text.Length);
        var m = RemoteTime.MatchGated(sentence.Text, from);
        return m.Success && m.Index < clauseEnd ? m : null;
    }

    /// <summary>The start of the clause holding the remote time, or of a new statement in it before the time.</summary>
    private static int EpisodeStart(ScreenSentence sentence, int time)
    {
        var start = ClauseStart(sentence, time);
        for (var m = NewStatement.MatchGated(sentence.Text, start); m.Success && m.Index < time; m = m.NextMatch())
        {
            start = m.Index + m.Groups[0].Value.IndexOf(' ', 1) + 1;
        }

        return start;
    }

    private static int ClauseStart(ScreenSentence sentence, int at) => sentence.ClauseStarts.LastOrDefault(s => s <= at);

    /// <summary>
    /// The text with the ending blanked, and any duration told right beside the remote time ("hurt for 3 weeks last year",
    /// "back in 2019, for a month"): that is how long the old episode lasted, not a word of now.
    /// </summary>
    private static string WithoutEndingAndDatedDurations(string text, Match ended, Match time)
    {
        var blanked = Blank(text, ended.Index, ended.Length);
        for (var duration = Duration.MatchGated(text); duration.Success; duration = duration.NextMatch())
        {
            var end = duration.Index + duration.Length;
            var between = end <= time.Index ? text[end..time.Index] : duration.Index >= time.Index + time.Length ? text[(time.Index + time.Length)..duration.Index] : null;
            if (between is not null && between.Count(c => c == ' ') <= 3)
            {
                blanked = Blank(blanked, duration.Index, duration.Length);
            }
        }

        return blanked;
    }

    private static string Blank(string text, int index, int length) =>
        string.Concat(text.AsSpan(0, index), new string(' ', length), text.AsSpan(index + length));

    /// <summary>The sentence from where a lower score now replaces an earlier one; otherwise as it is.</summary>
    internal static ScreenSentence WithoutReplacedScore(ScreenSentence sentence)
    {
        var lower = LowerNow.MatchGated(sentence.Text);
        return lower.Success && lower.Index > 0 ? FreeTextRedFlagScreen.Cut(sentence, 0, lower.Index) : sentence;
    }

    /// <summary>
    /// True when the sentence tells pain scores over time and they rise: the first score's part of the sentence (its clause,
    /// up to the next score) is dated in the past ("was", "last week", "on monday", "at first") and says nothing of now; the
    /// last score's part says now ("now", "today", "this week") and no earlier day; the last is higher by 2 or more.
    /// </summary>
    internal static bool ScoresRise(ScreenSentence sentence)
    {
        var text = sentence.Text;
        var scores = Score.Matches(text);
        if (scores.Count < 2)
        {
            return false;
        }

        var first = scores[0];
        var last = scores[^1];
        var firstEnd = Math.Min(scores[1].Index, NextClauseStart(sentence, first.Index));
        var joinedAfter = Joiner.MatchGated(text, first.Index + first.Length);
        firstEnd = joinedAfter.Success && joinedAfter.Index < firstEnd ? joinedAfter.Index : firstEnd;
        var firstPart = text[ClauseStart(sentence, first.Index)..firstEnd];
        var lastStart = Math.Max(ClauseStart(sentence, last.Index), scores[^2].Index + scores[^2].Length);
        var joined = Joiner.Matches(text[lastStart..last.Index]);
        lastStart += joined.Count > 0 ? joined[^1].Index : 0;
        var lastPart = text[lastStart..NextClauseStart(sentence, last.Index)];
        return ScoreValue(last) - ScoreValue(first) >= 2
            && ScoreThen.IsMatchGated(firstPart) && !ScoreNowWords.IsMatchGated(firstPart)
            && ScoreNowWords.IsMatchGated(lastPart) && !ScoreDay.IsMatchGated(lastPart)
            && !OtherRating.IsMatchGated(firstPart) && !OtherRating.IsMatchGated(lastPart);
    }

    private static int NextClauseStart(ScreenSentence sentence, int at) => sentence.ClauseStarts.FirstOrDefault(s => s > at, sentence.Text.Length);

    private static int ScoreValue(Match score) => score.Groups["n"].Value switch
    {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        var digits => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A remote time, an ending or a long absence anywhere in the sentence ("20 years ago", "all sorted now", "not had a
    /// twinge in years"), whatever it dates: the second reading's guard (a sentence vector cannot tell a past episode from
    /// a present one).
    /// </summary>
    internal static bool DatesOrEndsSomething(string text) =>
        RemoteTime.IsMatchGated(text) || Ended.IsMatchGated(text) || LongAbsence.IsMatchGated(text) || EndedAtOnce.IsMatchGated(text);

    /// <summary>The pain itself said to be gone now, and not denied ("not gone", "hasnt cleared up").</summary>
    internal static bool PainIsOver(string text)
    {
        for (var m = PainGone.MatchGated(text); m.Success; m = m.NextMatch())
        {
            if (!EndingDenied.IsMatchGated(text[..m.Index]))
            {
                return true;
            }
        }

        return false;
    }
}
