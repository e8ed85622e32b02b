using System.Text.RegularExpressions;

namespace PainCoach.RedFlags;

/// <summary>
/// What the screen read in a text: the pain area named, the signs (symptom ids) stated, and whether the text is only
/// general questions that say nothing about the person ("does diabetes cause heel pain?"), and whether such questions
/// come with an aside that says they are not about the person's own symptoms ("just curious, mine are fine").
/// <see cref="LeavesTheAreaOpen"/>: no pain-area word at all (not even negated or someone else's) and no "no pain",
/// so a subscriber's program may say where it hurts.
/// </summary>
public sealed record ScreenReading(PainArea Area, IReadOnlySet<string> Signs, bool GeneralQuestion = false, bool NotAboutThePerson = false, bool LeavesTheAreaOpen = false);

/// <summary>
/// One sentence, normalised, idioms cut out; <see cref="ClauseStarts"/> are where a comma or "but" began a new
/// clause, so a negation in one clause ("it isnt shifting, been two months") does not reach into the next.
/// </summary>
/// <see cref="Asked"/> when it ended with a question mark ("short of breath?"), so a "no" answering it in the next
/// sentence can clear it.
public sealed record ScreenSentence(string Text, IReadOnlyList<int> ClauseStarts, bool Asked = false);

/// <summary>
/// Reads free text (an FAQ question, an SMS) the way people write it, maps what it describes to <see cref="SymptomIds"/>
/// and a pain area, and lets <see cref="RedFlagCatalog"/> decide, so a sign gets the same level as in triage. The
/// wordings are data (<see cref="RedFlagPhrases"/>, red-flag-phrases.json): this class only applies them, sentence by
/// sentence. Misspelt key words are read as meant and idioms cut out first; then a sign counts unless a negation cue
/// comes just before it in its clause ("no fever", "not numb", "never had cancer", "my mum had cancer") or a clearing
/// phrase right after it ("bladder is fine").
/// </summary>
public sealed class FreeTextRedFlagScreen : IRedFlagScreen
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\r'];
    private static readonly char[] ClauseEnds = [',', ':', '(', ')'];

    private static readonly HashSet<string> FirstPersonSubjects = new(["i", "im", "ive", "id", "me", "myself"], StringComparer.Ordinal);

    private static readonly HashSet<string> ThirdPersonWords = new(["he", "she", "his", "her", "hers", "him", "they", "them", "their", "hes", "shes"], StringComparer.Ordinal);

    private readonly RedFlagPhrases phrases;

    // Reads texts where the writer has another person's sign too ("... and so do I"); built once, when first needed.
    private readonly Lazy<FreeTextRedFlagScreen>? echoed;

    /// <summary>The phrase data this screen applies (the replay tool shows which phrase matched).</summary>
    internal RedFlagPhrases Phrases => phrases;

    private readonly ISecondReading? secondReading;

    private readonly CrisisWords crisisWords;

    /// <summary>The screen over the reviewed, embedded phrase data.</summary>
    public FreeTextRedFlagScreen()
        : this(RedFlagPhrases.Default)
    {
    }

    /// <param name="phrases">The phrase data to apply.</param>
    /// <param name="secondReading">Asked about a text whose writer's own words the phrases read no sign in; null: the
    /// phrases alone (the corpus figures of docs/triage.md are the phrases' own).</param>
    /// <param name="crisisWords">The words of self-harm that bring a crisis line; null: the reviewed, embedded data.</param>
    public FreeTextRedFlagScreen(RedFlagPhrases phrases, ISecondReading? secondReading = null, CrisisWords? crisisWords = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        this.phrases = phrases;
        this.secondReading = secondReading;
        this.crisisWords = crisisWords ?? CrisisWords.Default;
        echoed = phrases.Negation.OtherPeople.Count == 0 ? null : new Lazy<FreeTextRedFlagScreen>(() => new FreeTextRedFlagScreen(phrases.WithoutOtherPeople()));
    }

    public RedFlagAlert? Screen(string text, BodyArea? program = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Split once: the phrases and, for a text without a sign, the second reading's checks read the same sentences
        // (and learn from the split whether an idiom was cut).
        var idiomCut = new IdiomCut();
        var sentences = Sentences(text, idiomCut).ToList();
        var reading = ReadSplit(text, sentences);
        var alert = Alert(reading, program) ?? SecondOpinion(text, sentences, reading, idiomCut.Any);

        // Words of suicide or self-harm bring a crisis line whoever and whatever else the text is about.
        return crisisWords.MessageFor(text) is { } crisis ? CrisisWords.AlertWith(alert, crisis) : alert;
    }

    /// <summary>
    /// The second reading's alert (<see cref="SecondReading"/>) for a text in which the phrases read no sign at all, or
    /// only "both legs" with no symptom they know ("i cant feel my two feet and my back hurts"): not
    /// for a general question ("what does saddle numbness mean?"), nor for a text about or written for someone else,
    /// whose signs the phrases and the safety check already weigh (a sign denied or someone else's stays theirs to read).
    /// </summary>
    private RedFlagAlert? SecondOpinion(string text, List<ScreenSentence> sentences, ScreenReading reading, bool idiomCut)
    {
        if (secondReading is null || (reading.Signs.Count > 0 && !OnlyBothLegsRead(reading.Signs)) || reading.GeneralQuestion || reading.NotAboutThePerson)
        {
            return null;
        }

        if (SignMentions.WrittenForAnother(sentences, phrases.Negation) || SignMentions.AboutAnother(sentences, phrases.Negation) || idiomCut || SetsSomethingAside(sentences))
        {
            return null;
        }

        return secondReading.LevelFor(Rendering(sentences), HasNegationCue(sentences)) is { } level ? SecondReading.AlertFor(level) : null;
    }

    /// <summary>
    /// <paramref name="text"/> as the screen reads it: its sentences, normalised and rendered in English word by word
    /// ("me tropiezo porque la punta del pie no sube" → "me trip because the front of the foot wont lift"), joined. The
    /// second reading embeds this, not the text as written: its sentence model is English (round 24).
    /// </summary>
    public string EnglishRendering(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Rendering([.. Sentences(text, new IdiomCut())]);
    }

    private static string Rendering(List<ScreenSentence> sentences) => string.Join(". ", sentences.Select(sentence => sentence.Text));

    /// <summary>
    /// Whether <paramref name="text"/>, split as the screen splits it, has a negation cue word ("no", "not", "cant",
    /// "zero"...): the second reading reads such a text only against messages said with one too (<see cref="SecondReading"/>).
    /// </summary>
    public bool SaidWithNegation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasNegationCue([.. Sentences(text, new IdiomCut())]);
    }

    private bool HasNegationCue(List<ScreenSentence> sentences) =>
        sentences.Any(sentence => sentence.Text.Split(' ').Any(phrases.Negation.Cues.Contains));

    // "Both legs" read with no symptom the phrases know: which symptom is for the second reading to say.
    private static bool OnlyBothLegsRead(IReadOnlySet<string> signs) => signs.Count == 1 && signs.Contains(SymptomIds.BothLegs);

    /// <summary>
    /// A text that clears, dates or jokes ("sex is fine", "back been fine since", "broke my back 20 years ago", "gasping
    /// for a cup of tea") is not read a second time: a sentence vector carries the topic and hardly the state, so such
    /// texts sit among the red flags. The test uses the screen's own lists: a clearing phrase, a remote time, an ending or
    /// finished pain (<see cref="PastTime"/>); an idiom cut is told by the split itself (<see cref="IdiomCut"/>). A text
    /// that denies ("no numbness at all") is read, against messages that said theirs with a "no" too
    /// (<see cref="SaidWithNegation"/>).
    /// </summary>
    private bool SetsSomethingAside(List<ScreenSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (phrases.Negation.ClearedAfter.IsMatch(sentence.Text))
            {
                return true;
            }

            if (PastTime.DatesOrEndsSomething(sentence.Text) || PastTime.PainIsOver(sentence.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Set by a split when an idiom took words out of the text ("killing me"), even a whole sentence.</summary>
    private sealed class IdiomCut
    {
        public bool Any { get; set; }
    }

    /// <summary>The alert a reading gives, with the sender's program when they have one (<see cref="Screen"/>).</summary>
    private static RedFlagAlert? Alert(ScreenReading reading, BodyArea? program)
    {
        if (reading.Signs.Count == 0)
        {
            return null;
        }

        var flags = RedFlagCatalog.Evaluate(reading.Area, reading.Signs);
        if (program is { } known && reading.LeavesTheAreaOpen)
        {
            // A subscriber's program says where they hurt when the text says nothing of it ("got a fever since last
            // night"). It is their usual pain, not new pain, so the flags that need new pain still need it told.
            flags = [.. flags.Concat(RedFlagCatalog.Evaluate(known.ToPainArea(), reading.Signs).Where(flag => !flag.PainMustBeNew && !flags.Contains(flag)))
                .OrderByDescending(flag => flag.Level)];
        }

        if (reading.GeneralQuestion && reading.NotAboutThePerson)
        {
            // "what does saddle numbness mean, saw it on your website": curiosity, said to be nobody's symptom here.
            return null;
        }

        if (reading.GeneralQuestion)
        {
            // A question about a sign is not a report of it; an emergency sign is answered with the alert anyway.
            flags = flags.Where(flag => flag.Level == AlertLevel.Emergency).ToList();
        }

        return flags.Count == 0 ? null : new RedFlagAlert(flags[0].Level, flags[0].Message, flags);
    }

    /// <summary>
    /// The SMS safety lines (<see cref="SafetyCheck"/>): the carer check for a story about someone else whose signs, read
    /// as theirs, are urgent or an emergency above the alert; else the cauda equina check for a back-pain text that
    /// touches its topics and raises no emergency alert.
    /// </summary>
    public string? SafetyCheckFor(string text, BodyArea? program = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // The text is split once for both checks; the alert is read at most once, and only when a check might be due.
        var sentences = Sentences(text).ToList();
        var reading = new Lazy<ScreenReading>(() => Read(text), LazyThreadSafetyMode.None);
        var alert = new Lazy<AlertLevel?>(() => Alert(reading.Value, program)?.Level, LazyThreadSafetyMode.None);
        if (SomeoneElsesLevel(text, sentences) is { } level && !(alert.Value >= level))
        {
            return level == AlertLevel.Emergency ? SafetyCheck.SomeoneElsesEmergencyMessage : SafetyCheck.SomeoneElsesUrgentMessage;
        }

        // A back-pain subscriber's text that says nothing of where it hurts is about their back, as for the alert.
        var backPain = TouchesCaudaEquinaTopicWithBackPain(sentences)
            || (program is BodyArea.Back or BodyArea.Both && sentences.Any(sentence => SafetyCheck.TouchesCaudaEquinaTopic(sentence.Text)) && LeavesTheAreaOpen(reading.Value, sentences));
        return backPain && alert.Value is not AlertLevel.Emergency ? SafetyCheck.CaudaEquinaMessage : null;
    }

    /// <summary>
    /// For a text about someone else (<see cref="SignMentions.AboutAnother"/>), the level its signs have read as that
    /// person's words, when it is urgent or an emergency; null otherwise, and for a general question.
    /// </summary>
    private AlertLevel? SomeoneElsesLevel(string text, List<ScreenSentence> sentences)
    {
        if (echoed is null || !SignMentions.AboutAnother(sentences, phrases.Negation))
        {
            return null;
        }

        return AsThePatientsWords(echoed.Value, text).Today;
    }

    /// <summary>
    /// The text read as the other person's own words (<see cref="SignMentions.InThePatientsWords"/>), by the screen that
    /// reads every sign as the writer's, and its level when that needs care today (urgent or emergency; never for a
    /// general question).
    /// </summary>
    private static (ScreenReading Reading, AlertLevel? Today) AsThePatientsWords(FreeTextRedFlagScreen everySignTheWriters, string text)
    {
        var reading = everySignTheWriters.Read(SignMentions.InThePatientsWords(text));
        var level = reading.GeneralQuestion ? null : RedFlagCatalog.Evaluate(reading.Area, reading.Signs).Select(flag => (AlertLevel?)flag.Level).Max();
        return (reading, level >= AlertLevel.Urgent ? level : null);
    }

    /// <summary>Back pain named and a cauda equina topic touched, whatever the screen reads as stated.</summary>
    internal bool TouchesCaudaEquinaTopicWithBackPain(string text) =>
        !string.IsNullOrWhiteSpace(text) && TouchesCaudaEquinaTopicWithBackPain(Sentences(text).ToList());

    private bool TouchesCaudaEquinaTopicWithBackPain(List<ScreenSentence> sentences) =>
        sentences.Any(sentence => Finds(phrases.BackWords, sentence, null, window: 1))
        && sentences.Any(sentence => SafetyCheck.TouchesCaudaEquinaTopic(sentence.Text));

    /// <summary>The pain area and the signs a text states, before the catalog decides what they mean.</summary>
    public ScreenReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ScreenReading(PainArea.Unspecified, new HashSet<string>(StringComparer.Ordinal));
        }

        return ReadSplit(text, Sentences(text).ToList());
    }

    /// <summary><see cref="Read(string?)"/> of a text already split into its sentences.</summary>
    private ScreenReading ReadSplit(string text, List<ScreenSentence> sentences)
    {
        var reading = Read(text, sentences);

        // "texting for my dad, his back went and he cant pee": the other person is the patient, so the text is read as if
        // they wrote it, for the signs that need care today (urgent or emergency); a see-a-clinician sign of someone else
        // is left to them to book. A general question asked for someone ("asking for my husband, can sciatica ...")
        // stays a question. Otherwise the text as written keeps only what the patient's reading also finds: that reading
        // sees the frame for what it is ("asking for my husband, no numbness" is no sign of his).
        if (echoed is null || !SignMentions.WrittenForAnother(sentences, phrases.Negation))
        {
            return reading;
        }

        // The patient is someone else here, so the sender's own program says nothing of where it hurts.
        var (patients, today) = AsThePatientsWords(echoed.Value, text);
        if (today is not null)
        {
            return patients with { LeavesTheAreaOpen = false };
        }

        return reading.Signs.All(patients.Signs.Contains) ? reading : reading with { Signs = reading.Signs.Where(patients.Signs.Contains).ToHashSet(StringComparer.Ordinal) };
    }

    private ScreenReading Read(string text, List<ScreenSentence> sentences)
    {
        var signs = new HashSet<string>(StringComparer.Ordinal);
        var back = false;
        var heel = false;
        var generalQuestion = true;
        var aside = false;
        var supposed = false;
        // A writer who names their own pain ("my feet", "i have sciatica") is the patient: a pain area in another person's
        // clause is then that person's ("my wife was treated for a foot ulcer ... my feet are fine"). A carer's story
        // keeps reading it ("wife has back pain and now chest pain").
        var writerIsThePatient = SignMentions.NamesOwnPain(sentences);
        foreach (var sentence in sentences)
        {
            // Asides ("asking for my husband", "just curious", "mine are fine") say the questions are not about the
            // person's own symptoms: they are left out of the general-question test and remembered.
            var question = phrases.Asides.Replace(sentence.Text, " ");
            aside |= question != sentence.Text;
            if (!string.IsNullOrWhiteSpace(question))
            {
                var general = phrases.QuestionStart.IsMatchGated(question) && !phrases.FirstPerson.IsMatchGated(question);
                // "what happens if my heel hurts and i have a fever? just asking": a question put as a supposition is general
                // even in the first person, but only with an aside (below; round 28, cubano28).
                if (!general && sentence.Asked && phrases.Hypothetical.IsMatchGated(question.Trim()))
                {
                    general = supposed = true;
                }

                generalQuestion &= general;
            }

            // Pain-area words are negated only by the word right before them ("no back pain"): a cue further back
            // belongs to something else ("lost weight without trying and my back hurts").
            back |= Finds(phrases.BackWords, sentence, null, window: 1, othersAreas: writerIsThePatient);
            heel |= Finds(phrases.HeelWords, sentence, null, window: 1, othersAreas: writerIsThePatient);
        }

        // Signs after areas: a concept phrase needs back pain named anywhere in the text, in any sentence.
        var answeredNo = AnsweredNo(sentences);
        var read = SignMentions.WithoutDisclaimedMentions(sentences, phrases);
        var times = new List<TimeReading>(read.Count);
        for (var s = 0; s < read.Count; s++)
        {
            if (answeredNo[s])
            {
                continue;
            }

            var sentence = WithoutAskedQuestion(read[s]);
            var time = PastTime.Read(sentence, s > 0 ? read[s - 1] : null); // what is past and over, ages and stages, a replaced score (PastTime.cs)
            times.Add(time);

            foreach (var sign in phrases.Signs)
            {
                // The cancelling pattern last: it is as costly as the phrases and is needed only when one matched.
                if (!signs.Contains(sign.Id)
                    && time.For(sign.Id) is { } now
                    && sign.Phrases.Any(phrase => Matches(phrase, now, sign, back))
                    && !(sign.Unless?.IsMatchGated(sentence.Text) ?? false))
                {
                    signs.Add(sign.Id);
                }
            }

            if (time.ScoresRise)
            {
                signs.Add(SymptomIds.Worsening); // "a 3 last week, 5 this week, now a 6"
            }
        }

        // "heel pain for 3 weeks. tried stretches and ice. no change": a phrase's parts told in different sentences.
        foreach (var sign in phrases.Signs)
        {
            if (!signs.Contains(sign.Id) && MatchesAcrossSentences(sign, times, back))
            {
                signs.Add(sign.Id);
            }
        }

        // "leg day destroyed me, legs feel weak going up stairs": both legs tired or weak from exercise, with no back pain,
        // no numbness or tingling, nothing giving way and no cauda equina topic, is soreness, not a nerve sign. Worsening
        // weakness keeps its alert.
        if (signs.Contains(SymptomIds.BothLegs) && !back && !signs.Contains(SymptomIds.LegWeaknessWorsening)
            && ExerciseCause.IsMatchGated(text.ToLowerInvariant()) // the text as written: the idiom cut may have taken "leg day destroyed me"
            && !sentences.Any(sentence => NerveOrGivingWay.IsMatchGated(sentence.Text) || SafetyCheck.TouchesCaudaEquinaTopic(sentence.Text)))
        {
            signs.Remove(SymptomIds.BothLegs);
            signs.Remove(SymptomIds.LegWeakness);
        }

        // "Lower back sore after my first spin class. Legs like jelly too haha": with the back named too, legs that are only
        // jelly or wobbly after a workout told in the text are the same tiredness; the rule above needs no back pain, and a
        // sign's unless sees only its own sentence, so the workout in another sentence is asked here (emerg19). Weak legs,
        // legs that will not hold, a back that went or was hurt, or "not gym jelly" keep the alert.
        if (signs.Contains(SymptomIds.BothLegs) && back && !signs.Contains(SymptomIds.LegWeaknessWorsening)
            && text.ToLowerInvariant() is var lower && JellyLegs.IsMatchGated(lower)
            && (ExerciseCause.IsMatchGated(lower) || MoreExercise.IsMatchGated(lower))
            && !sentences.Any(sentence => NerveOrGivingWay.IsMatchGated(sentence.Text) || LegsFailOrBackHurt.IsMatchGated(sentence.Text) || SafetyCheck.TouchesCaudaEquinaTopic(sentence.Text)))
        {
            signs.Remove(SymptomIds.BothLegs);
            signs.Remove(SymptomIds.LegWeakness);
        }

        // Weakness said in one place and "worse by the day" in another is worsening weakness ("leg weak. worse today than
        // yesterday"): the comparison is not said to be about the pain, so the safer reading counts it (urgent).
        if (signs.Contains(SymptomIds.LegWeakness) && !signs.Contains(SymptomIds.LegWeaknessWorsening) && sentences.Any(sentence => WorseByTheDay(sentence.Text)))
        {
            signs.Add(SymptomIds.LegWeaknessWorsening);
        }

        // "my mum has osteoporosis and so do I": the other person's signs are the writer's too.
        if (echoed is not null && SignMentions.SharesAnothersSign(sentences))
        {
            signs.UnionWith(echoed.Value.Read(text).Signs);
        }

        // No pain area named: only flags that need none fit (a back-pain flag needs the back to be mentioned).
        var area = (back, heel) switch
        {
            (true, true) => PainArea.Any,
            (true, false) => PainArea.Back,
            (false, true) => PainArea.Heel,
            (false, false) => PainArea.Unspecified,
        };
        // Only a text with signs and no area read needs to know whether it says anything at all of where it hurts.
        var leavesTheAreaOpen = area == PainArea.Unspecified && signs.Count > 0 && !sentences.Any(SaysWhereOrThatNothingHurts);
        // A supposition in the first person is a general question only when an aside says it is asked to know, not had.
        generalQuestion &= !supposed || aside;
        return new ScreenReading(area, signs, generalQuestion, generalQuestion && aside, leavesTheAreaOpen);
    }

    private const RegexOptions WordPatterns = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The reading leaves the area open; a text with no sign is not asked in <see cref="Read(string?)"/>, so it is here.</summary>
    private bool LeavesTheAreaOpen(ScreenReading reading, List<ScreenSentence> sentences) =>
        reading.LeavesTheAreaOpen || (reading.Signs.Count == 0 && reading.Area == PainArea.Unspecified && !sentences.Any(SaysWhereOrThatNothingHurts));

    /// <summary>A pain-area word in any sense, fine, negated or someone else's, or "no pain": the text says where it hurts.</summary>
    private bool SaysWhereOrThatNothingHurts(ScreenSentence sentence) =>
        phrases.BackWords.IsMatchGated(sentence.Text) || phrases.HeelWords.IsMatchGated(sentence.Text) || BackSaidAnyHow.IsMatchGated(sentence.Text) || PainDenied.IsMatchGated(sentence.Text);

    // "no new aches", "no pain anywhere", "pain free": the writer says they have no pain, so a program does not give them one.
    private static readonly Regex PainDenied = new(
        @"(?<![a-z0-9])((no|not any|not in any|without any|without|zero)( new| other| real| more)? (pain|pains|aches?|twinges?|soreness|back trouble|trouble with my back)( anywhere)?|pain ?free|nothing (hurts|aches)|(doesnt|dont|does not|do not) hurt)(?![a-z0-9])",
        WordPatterns);

    // The back named in any way, fine or not, or someone else's ("backs fine", "not my back", "my husband back"): the
    // back-pain words above need it to hurt.
    private static readonly Regex BackSaidAnyHow = new(
        @"(?<![a-z0-9])(no|not|my|me|ma|his|her|their|the|your|our)( [a-z]+)? (back|backs|spine)(?![a-z0-9])(?! (to|from|home|then|later|soon|up|again|in|on|at|of|and forth|door|garden|yard|seat|row|room))|(?<![a-z0-9])backs? (is |are )?(fine|ok|okay|good|great|grand|better|alright|all right|sound)(?![a-z0-9])",
        WordPatterns);

    // A workout or a sport named: what tired legs come from.
    private static readonly Regex ExerciseCause = new(
        @"(?<![a-z0-9])(leg day|squats?|lunges|deadlifts?|gym|workout|work out|worked out|training|a run|my run|the run|long run|running|jog|jogging|marathon|half marathon|10k|5k|parkrun|hike|hiking|spin class|spin|cycling|bike ride|football|footy|soccer|netball|basketball|rugby|hockey|tennis|five a side|5 a side|crossfit|bootcamp|boot camp|pilates|zumba|dancing|skiing|climbing|stairmaster|step class|circuits|hiit)(?![a-z0-9])",
        WordPatterns);

    // Legs told as jelly or wobbly, the tiredness a workout leaves (emerg19).
    private static readonly Regex JellyLegs = new(
        @"(?<![a-z0-9])(jelly|jellies|wobbly|wobbles|shaky|trembly|like rubber|like noodles|like spaghetti)(?![a-z0-9])",
        WordPatterns);

    // Workouts the list above does not name (emerg19).
    private static readonly Regex MoreExercise = new(
        @"(?<![a-z0-9])(treadmill|rower|rowing machine|rowing|weights|leg press|spin bike|exercise bike|the class|a class|yoga|barre|aerobics|bodypump|body pump|kettlebells?|burpees|wall sits?|stair climber)(?![a-z0-9])",
        WordPatterns);

    // Legs said to be weak or failing (or nearly going down), a back that went or was hurt, tiredness said not to be from the workout,
    // or jelly that has lasted days ("still like jelly 3 days after climbing the steps", "since the weekend"): jelly legs with these
    // are not the workout's tiredness (emerg19; the lasting days found at the merge by precision17's probes).
    // A workout denied ("aint been near no gym", "havent been to the gym", "didnt do any exercise") is not the cause either (caribbean20).
    private static readonly Regex LegsFailOrBackHurt = new(
        @"(?<![a-z0-9])(still|(for |after )?(\d+|two|three|four|five|six|several|a few|few) days|all week|since (the |last |this )?(weekend|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|last week)|weak\w*|no strength|no power|useless|dead|heavy|wont (hold|carry|support)|cant (hold|carry|support)|hold me up|take my weight|since (my|the) back|back (went|gave|popped|locked|seized|has gone|gone|went out)|(put|threw|did|done|hurt|injured|strained|pulled|tweaked|wrenched|slipped) (my |me |a )?(back|disc)|not (from )?(the )?(gym|workout|exercise|training|leg day|spin|class|run)|(aint|havent|hasnt|not|never|didnt)( been| gone| went| done| did)?( near| to| at| in| inside)? (no |a |the |any |my )?(gym|workout|exercise|training|leg day|spin class|class)|gym jelly|not (normal|usual) (jelly|tired)|(nearly|almost|near enough) (went|go|gone|going) down|(nearly|almost|near enough) (fell|fall|fallen|dropped|collapsed|hit the (floor|deck|ground))|went down|hit the (floor|deck|ground))(?![a-z0-9])",
        WordPatterns);

    // Numbness, tingling or legs giving way: a nerve sign whatever the cause.
    private static readonly Regex NerveOrGivingWay = new(
        @"(?<![a-z0-9])(numb(?!er)\w*|tingl\w*|pins and needles|no feeling|cant feel|can not feel|cannot feel|lost feeling|losing feeling|gave way|give way|gives way|giving way|giving out|gave out|buckl\w*|collaps\w*|cant walk|can not walk|cannot walk|cant stand|cannot stand|fell over|falling over|keep falling|foot drop|dragging|drags)(?![a-z0-9])",
        WordPatterns);

    // "worse today", "weaker than yesterday", "worse every day": a change over days, not "worse when i sit".
    private static readonly Regex WorseOverDays = new(
        @"(?<![a-z0-9])(?<!(not|no|isnt|nt|never|hardly|any) (\w+ )?)(worse|weaker)( \w+){0,2}? (today|now|than (yesterday|before|last week|it was|this morning|last night)|(each|every) (day|morning|week)|by the (day|hour)|day by day|(since|from) (yesterday|last week|this morning|the weekend))(?![a-z0-9])",
        WordPatterns);

    // "the pain is worse today": the comparison is about the pain, which is its own sign (worsening).
    private static readonly Regex PainWorse = new(
        @"(?<![a-z0-9])(pain|pains|ache|aches|aching|hurts?|hurting|sore|soreness|sciatica|back|heel|stiffness|swelling)( \w+){0,3} (worse|weaker)(?![a-z0-9])",
        WordPatterns);

    // "is it normal to ...", "should i worry about ...": how a question about the writer's own body may open.
    private static readonly Regex ReportOpener = new(
        @"^ ?(is it (normal|ok|okay|common|usual|bad|serious|dangerous|possible) (for|to|that|if|when)|should i (be )?(worried|worry|concerned) (about|that|if|when)|do i need to (worry|be worried) (about|that|if|when)|does it matter (that|if))(?![a-z0-9])",
        WordPatterns);

    // The sentence after such a question, saying when it began: "started yesterday", "happened this morning", "been like
    // that since last night". Not "started years ago" or "it happens sometimes".
    private static readonly Regex ToldAsNowPattern = new(
        @"^ ?(and |but |so |well |it |its |it s |this |that |thats |that s |all |which |both |mine )?(only |just |all )?(started|starting|began|begun|happened|happening|came on|come on|kicked in|been (like (this|that|it)|going on|happening)|going on|since)( \w+){0,6}? (today|yesterday|this morning|this afternoon|this evening|tonight|last night|overnight|this week|since|(\d+|a|an|one|two|three|a few|few|a couple of|couple of) (hours?|days?) ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(at|over) the weekend)(?![a-z0-9])",
        WordPatterns);

    /// <summary>Whether the next sentence of the text from <paramref name="from"/> says when it began (<see cref="ToldAsNowPattern"/>).</summary>
    private bool ToldAsNow(string text, int from)
    {
        while (from < text.Length && (char.IsWhiteSpace(text[from]) || Array.IndexOf(SentenceEnds, text[from]) >= 0))
        {
            from++;
        }

        var end = text.IndexOfAny(SentenceEnds, from);
        var next = end < 0 ? text[from..] : text[from..end];
        return next.Length > 0 && ToldAsNowPattern.IsMatchGated(CorrectSpelling(Normalise(next.Split(ClauseEnds)[0])));
    }

    private static bool WorseByTheDay(string sentence) => WorseOverDays.IsMatchGated(sentence) && !PainWorse.IsMatchGated(sentence);

    /// <summary>
    /// For each sentence, whether it is a question answered no: "short of breath? no, nothing like that" (the writer ran
    /// through the warning signs), and each question of a run answered together ("chest pain? breathless? no").
    /// </summary>
    internal bool[] AnsweredNo(IReadOnlyList<ScreenSentence> sentences)
    {
        var answered = new bool[sentences.Count];
        if (phrases.Negation.AnsweredNo is null)
        {
            return answered;
        }

        for (var s = sentences.Count - 2; s >= 0; s--)
        {
            var next = sentences[s + 1];
            answered[s] = sentences[s].Asked && (AnswersNo(next) || (next.Asked && answered[s + 1]));
        }

        return answered;
    }

    /// <summary>Whether a sentence, read right after a question, answers it no ("nope", "not at all, only my back").</summary>
    private bool AnswersNo(ScreenSentence sentence) =>
        phrases.Negation.AnsweredNo is { } answer
        && (StartsWith(answer, sentence.Text) || SignMentions.AnswersNoWithAnotherCause(FirstClauseMarked(sentence), phrases.Negation));

    /// <summary>The sentence with a " | " where its first clause ends ("none whatsoever | just stiffness").</summary>
    private static string FirstClauseMarked(ScreenSentence sentence)
    {
        var end = sentence.ClauseStarts.FirstOrDefault(start => start > 0);
        return end == 0 ? sentence.Text : sentence.Text[..end] + " | " + sentence.Text[end..];
    }

    /// <summary>
    /// The sentence without a question someone asked and the writer answered no ("dr asked if my legs feel weak, i said
    /// no"): the words before the question and after the answer are kept, so a sign told after it still counts
    /// ("... i said no but i cant pee"). A question answered yes ("the doc asked about fever and i said yes") keeps what
    /// it asked about and loses only the asking and the yes, so the sign reads as the writer's own.
    /// </summary>
    internal ScreenSentence WithoutAskedQuestion(ScreenSentence sentence)
    {
        var negation = phrases.Negation;
        if (negation.DeniedAfterAsked?.MatchGated(sentence.Text) is { Success: true } denied)
        {
            return Cut(sentence, denied.Index, denied.Length);
        }

        if (negation.ConfirmedAfterAsked?.MatchGated(sentence.Text) is { Success: true } confirmed
            && confirmed.Groups["ask"] is { Success: true } ask && confirmed.Groups["yes"] is { Success: true } yes)
        {
            // The later span first, so the earlier one's index still holds.
            return Cut(Cut(sentence, yes.Index, yes.Length), ask.Index, ask.Length);
        }

        return sentence;
    }

    /// <summary>The sentence with the span cut out, its clause starts moved to match and one starting after the cut.</summary>
    internal static ScreenSentence Cut(ScreenSentence sentence, int index, int length)
    {
        var before = sentence.Text[..index].TrimEnd();
        var after = sentence.Text[(index + length)..].TrimStart();
        var text = before.Length == 0 ? after : after.Length == 0 ? before : before + " " + after;
        var afterStart = text.Length - after.Length;
        var shift = afterStart - (sentence.Text.Length - after.Length);
        var starts = sentence.ClauseStarts.Where(start => start < before.Length).Append(afterStart)
            .Concat(sentence.ClauseStarts.Where(start => start >= sentence.Text.Length - after.Length && start < sentence.Text.Length).Select(start => start + shift))
            .Distinct().Order().ToList();
        return sentence with { Text = text, ClauseStarts = starts };
    }

    /// <summary>The text's sentences, normalised, with the idioms cut out and the clause starts marked.</summary>
    internal IEnumerable<ScreenSentence> Sentences(string text) => WithTopicQuestionsJoined(SplitSentences(text, null));

    /// <summary><see cref="Sentences(string)"/>, telling <paramref name="idiomCut"/> whether an idiom was cut.</summary>
    private IEnumerable<ScreenSentence> Sentences(string text, IdiomCut idiomCut) => WithTopicQuestionsJoined(SplitSentences(text, idiomCut));

    /// <summary>
    /// People answer their own one-word questions: "bladder? no control at all", "legs? both numb". A question of one or
    /// two words is a topic, so it is read together with the sentence after it, unless that sentence answers no
    /// ("numbness? nope"), which <see cref="AnsweredNo"/> reads.
    /// </summary>
    private IEnumerable<ScreenSentence> WithTopicQuestionsJoined(IEnumerable<ScreenSentence> sentences)
    {
        ScreenSentence? topic = null;
        foreach (var sentence in sentences)
        {
            if (topic is not null)
            {
                if (AnswersNo(sentence))
                {
                    yield return topic;
                }
                else
                {
                    var offset = topic.Text.Length + 1;
                    var joined = new ScreenSentence(
                        topic.Text + " " + sentence.Text,
                        [.. topic.ClauseStarts, .. sentence.ClauseStarts.Select(start => start + offset)],
                        sentence.Asked);
                    topic = null;
                    if (IsTopicQuestion(joined))
                    {
                        topic = joined;
                    }
                    else
                    {
                        yield return joined;
                    }

                    continue;
                }
            }

            topic = IsTopicQuestion(sentence) ? sentence : null;
            if (topic is null)
            {
                yield return sentence;
            }
        }

        if (topic is not null)
        {
            yield return topic;
        }
    }

    private static bool IsTopicQuestion(ScreenSentence sentence) =>
        sentence.Asked && sentence.Text.Count(c => c == ' ') < 2;

    // A decimal point is not a full stop: "fell 1.5m off the scaffold" is one sentence. A half is read as the words people
    // use for it ("1 and a half m", as the phrases say "2 and a half metres"), any other fraction as its whole number.
    private static readonly Regex DecimalHalf = new(@"(?<=[0-9])\.5(?![0-9])", WordPatterns);
    private static readonly Regex DecimalFraction = new(@"(?<=[0-9])\.[0-9]+", WordPatterns);

    /// <summary>The text with decimal numbers read as people say them (<see cref="DecimalHalf"/>), so no sentence ends inside one.</summary>
    internal static string WithoutDecimalPoints(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? DecimalFraction.Replace(DecimalHalf.Replace(text, " and a half "), string.Empty) : text;

    /// <summary>
    /// The text with the emoji that name a sign by themselves read as that word: a face with a thermometer is "feverish",
    /// a thermometer "temperature" ("back pain + 🤒 since lunch", "🌡️ 39 this morning"). Every other emoji is left to
    /// fall away as punctuation does, so negation, time and other people read these as they read the words.
    /// </summary>
    internal static string WithSignEmojiAsWords(string text) =>
        text.Replace(FeverFace, " feverish ", StringComparison.Ordinal).Replace(Thermometer, " temperature ", StringComparison.Ordinal);

    // "w/o" and "w/out" are "without", with the negation it carries ("back sore, w/o any numbness"; "peeing w/o
    // realising"). Normalise makes every slash a space before any data is read, so the short forms could only see "w" and
    // "o" ("with of"); the data cannot say it, so the two-letter form is spelt out here, as the emoji above are.
    private static readonly Regex SlashWithout = new(@"(?<![\p{L}\p{N}/])[wW]/(?:[oO]|[oO][uU][tT])(?![\p{L}\p{N}/])", RegexOptions.CultureInvariant);

    /// <summary>The text with "w/o" and "w/out" read as "without" (<see cref="SlashWithout"/>).</summary>
    internal static string WithSlashWithoutAsWord(string text) =>
        text.Contains('/', StringComparison.Ordinal) ? SlashWithout.Replace(text, " without ") : text;

    private const string FeverFace = "\U0001F912";
    private const string Thermometer = "\U0001F321";

    // "my erections have just... stopped", "thats just... not there": dots after a word that cannot end a clause, with the
    // text going on in lower case, are the writer trailing off mid-sentence, not a sentence end.
    private static readonly Regex TrailingOff = new(
        @"(?<=(?<![\p{L}'’])(?i:just|is|are|was|were|am|have|has|had|been|be|the|a|an|my|me|like|gone|got|get|to|of|really|very|feel|feels|felt|become|becomes|became|getting|went|literally|basically|completely|totally|kind of|sort of|it['’]?s|that['’]?s|i['’]?m))[ \t]*(\.{2,}|…)[ \t]*(?=[a-z])",
        RegexOptions.CultureInvariant);

    // "diabetes - no", "fever – none": a form's item answered after a dash is answered as after a colon
    // (AnsweredNoInNextClause). A dash is no clause end in general ("x-ray", "non-weight-bearing", "back - legs numb"), and
    // the normalised text the data sees has lost it, so only a spaced or long dash right before a bare no becomes one here.
    private static readonly Regex DashBeforeNo = new(
        @"(?<=[\p{L}\p{N})])\s*(?:\s-+|[–—]+|-+\s)\s*(?=(?i:no|nope|nah|none|negative|nil|not)(?![\p{L}\p{N}]))",
        RegexOptions.CultureInvariant);

    // "numbness no, weakness no": a checklist's item answered by a bare no at the end of its clause, and "Week 5 of icing",
    // a count told as a heading: form pairs without a colon or a dash; only then (or with one) are the pairs worth trying.
    private static readonly Regex ItemAnsweredNo = new(
        @"(?<=[\p{L}] )(?i:no|nope|nah|none|nil|negative|not at all|not really)\s*(?:[.,;!]|$)|^\s*(?i:week|wk|day|month) ?[0-9]",
        RegexOptions.CultureInvariant);

    private IEnumerable<ScreenSentence> SplitSentences(string text, IdiomCut? idiomCut)
    {
        text = WithSlashWithoutAsWord(WithoutDecimalPoints(WithSignEmojiAsWords(text)));
        if (text.Contains("..", StringComparison.Ordinal) || text.Contains('…', StringComparison.Ordinal))
        {
            text = TrailingOff.Replace(text, " ");
        }

        for (var from = 0; from < text.Length;)
        {
            var end = text.IndexOfAny(SentenceEnds, from);
            // "Leg: weak. Trend: weaker.": a form's field that goes on from the one before ("Trend:", "Duration:", data:
            // forms.field) is read with it, so the full stop or line break before it is read as a comma (not when it asks).
            while (end >= 0 && text[end] is '.' or '\n' && phrases.FormField.IsMatch(text, end + 1)
                && text.IndexOfAny(SentenceEnds, end + 1) is var next && (next < 0 || text[next] != '?'))
            {
                text = string.Concat(text.AsSpan(0, end), ",", text.AsSpan(end + 1));
                end = next;
            }

            var raw = end < 0 ? text[from..] : text[from..end];
            if (raw.AsSpan().IndexOfAny('-', '–', '—') >= 0)
            {
                raw = DashBeforeNo.Replace(raw, ": ");
            }

            // "Weight bearing: no", "Leg: weak": a form's label and answer read as the statement they make (data: forms.pairs).
            if (raw.AsSpan().IndexOfAny(':', '–', '—') >= 0 || raw.Contains(" -", StringComparison.Ordinal) || ItemAnsweredNo.IsMatch(raw))
            {
                foreach (var (pair, reads) in phrases.FormPairs)
                {
                    raw = pair.Replace(raw, reads);
                }
            }

            var asked = end >= 0 && text[end] == '?';
            from = end < 0 ? text.Length : end + 1;
            // "is it normal to have sciatica down both legs? started yesterday": a time after the question makes it a report,
            // so its opener goes before idioms and signs read it as a general question's.
            var toldAsNow = asked && ToldAsNow(text, from);
            var clauses = new List<string>();
            foreach (var rawClause in phrases.Possessive.Replace(raw, "${word}").Split(ClauseEnds))
            {
                var clause = CorrectSpelling(Normalise(rawClause));
                if (toldAsNow && clauses.Count == 0 && ReportOpener.MatchGated(clause) is { Success: true } opener)
                {
                    clause = " " + clause[(opener.Index + opener.Length)..];
                }
                var beforeIdioms = clause;
                foreach (var idiom in phrases.Idioms)
                {
                    // The gate only skips an idiom that cannot be in the clause (Replace would leave it as it is).
                    if (LiteralGate.Of(idiom).MayMatch(clause))
                    {
                        clause = idiom.Replace(clause, " ");
                    }
                }

                var read = Normalise(clause).Trim();
                if (idiomCut is not null && !ReferenceEquals(clause, beforeIdioms) && read != Normalise(beforeIdioms).Trim())
                {
                    idiomCut.Any = true;
                }

                clauses.Add(read);
            }

            var starts = new List<int>();
            var sentence = string.Empty;
            foreach (var clause in clauses.Where(c => c.Length > 0))
            {
                sentence = sentence.Length == 0 ? clause : sentence + " " + clause;
                starts.Add(sentence.Length - clause.Length);
            }

            // "but" starts a new clause too: "no fever but my bladder leaks".
            for (var at = sentence.IndexOf(" but ", StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(" but ", at + 1, StringComparison.Ordinal))
            {
                starts.Add(at + " but ".Length);
            }

            starts.Sort();
            if (sentence.Length > 0)
            {
                yield return new ScreenSentence(sentence, starts, asked);
            }
        }
    }

    // Spanish says "ago" first: "hace 10 años" is "10 years ago" ("hace" + a count + a unit of time). The three words are
    // put in English order before the word-by-word reading ("10 años hace" → "10 years ago"), so the remote time and the
    // recent time of English read them; "desde hace 3 semanas" ("for 3 weeks") keeps its pair form (espanol20).
    private static readonly HashSet<string> SpanishTimeUnits = new(StringComparer.Ordinal)
    {
        "año", "años", "ano", "anos", "mes", "meses", "semana", "semanas", "día", "días", "dia", "dias", "hora", "horas",
    };

    // A present tense just before "hace" says how long, not when (round 25, caribe25): "tomo prednisona hace dos años" is
    // "i take prednisone for two years", not "two years ago", so the steroid is current; "hace" is then read "for". The
    // verb must be within five words before (four until round 26: "tomo prednisona por el asma hace años"), in the same
    // clause ("me operaron hace 2 años y tengo ..." stays ago).
    private static readonly HashSet<string> SpanishOngoingVerbs = new(StringComparer.Ordinal)
    {
        "tomo", "uso", "tengo", "padezco", "sufro",
    };

    private static bool OngoingBefore(string[] words, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 5; k--)
        {
            if (words[k] is "y" or "que" or "pero" or "cuando" or "porque")
            {
                return false;
            }

            if (SpanishOngoingVerbs.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpanishAgoInOrder(string[] words)
    {
        var changed = false;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] != "hace" || (i > 0 && words[i - 1] == "desde"))
            {
                continue;
            }

            // A hedge between "hace" and the count ("hace como 6 años", "hace unos 3 meses"; round 26, written alike by
            // dominicano26 and salvador26) stays before the count: "como 6 años ago" reads "like 6 years ago".
            var hedge = i + 3 < words.Length && words[i + 1] is ("como" or "unos" or "unas" or "casi") && SpanishTimeUnits.Contains(words[i + 3]);
            var unitAfterNext = i + 2 < words.Length && SpanishTimeUnits.Contains(words[i + 2]);
            if (OngoingBefore(words, i) && (words[i + 1] is "años" or "anos" or "meses" || unitAfterNext || hedge))
            {
                words[i] = "for";
                changed = true;
                continue;
            }

            // Otherwise "hace" goes after the time it says, as "ago": "hace 2 años" → "2 años ago".
            var timeWords = hedge ? 3 : unitAfterNext ? 2 : 0;
            if (timeWords > 0)
            {
                Array.Copy(words, i + 1, words, i, timeWords);
                words[i + timeWords] = "ago";
                changed = true;
                i += timeWords;
            }
        }

        return changed;
    }

    private string CorrectSpelling(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        // Tagalog's "po" and "opo" dropped in a Tagalog clause, before any form is looked up (round 30, taglish30).
        if (phrases.WithoutParticles(words) is { } withoutParticles)
        {
            words = withoutParticles;
            changed = true;
        }

        // Caribbean sounds read back before any form is looked up ("la pielna" → "la pierna", "adormecío" → "adormecido").
        for (var i = 0; i < words.Length; i++)
        {
            if (phrases.CaribbeanSound(words[i]) is { } restored)
            {
                words[i] = restored;
                changed = true;
            }
        }

        changed |= SpanishAgoInOrder(words);
        var pairs = 0;
        for (var i = 0; i < words.Length; i++)
        {
            // Three- and four-word forms first ("no se me para"), then two-word forms ("no can" → "cant"): spelt out
            // whole, no word corrected alone; the words after the first go below.
            if (phrases.SpellOutLonger(words, i) is { } longer)
            {
                words[i] = longer.Reads;
                for (var k = 1; k < longer.Length; k++)
                {
                    words[i + k] = "";
                }

                i += longer.Length - 1;
                pairs++;
                continue;
            }

            if (i + 1 < words.Length && phrases.SpellOutPair(words[i], words[i + 1]) is { } pair)
            {
                words[i] = pair;
                words[++i] = "";
                pairs++;
                continue;
            }

            // A key word split in two ("ostio porosis", "diab etes"): the two read as one (open23b).
            if (i + 1 < words.Length && phrases.JoinedKeyWord(words[i], words[i + 1]) is { } joined)
            {
                words[i] = joined;
                words[++i] = "";
                pairs++;
                continue;
            }

            var corrected = phrases.Correct(words[i]);
            changed |= !ReferenceEquals(corrected, words[i]);
            words[i] = corrected;
        }

        if (pairs > 0)
        {
            words = Array.FindAll(words, word => word.Length > 0);
            changed = true;
        }

        // After the word-by-word reading, so a misheard word's neighbours are read as spelt out ("ma heal" → "my heel").
        changed |= phrases.Heard?.Rewrite(words) == true;
        return changed ? " " + string.Join(' ', words) + " " : normalised;
    }

    /// <summary>
    /// True when the phrase states its sign in the sentence: every part is found (a negatable part somewhere it is not
    /// negated); for a concept phrase, within its window of words of the first part, and only when the text names the back.
    /// </summary>
    internal bool Matches(SignPhrase phrase, ScreenSentence sentence, SignPhrases sign, bool backNamed)
    {
        if (phrase.NeedsBack && !backNamed)
        {
            return false;
        }

        // Every part's literal gate before any part's regex: a part the sentence cannot hold fails the phrase, and the
        // gates are far cheaper than running an earlier part's pattern first ("heel" is common, "weeks" less so).
        foreach (var part in phrase.Parts)
        {
            if (!LiteralGate.Of(part.Pattern).MayMatch(sentence.Text))
            {
                return false;
            }
        }

        if (phrase.Near is not { } near)
        {
            return phrase.Parts.All(part => Finds(part, sentence, sign));
        }

        // Every part's matches first: most sentences lack the domain word (the first part), and the search ends there.
        var matches = new List<MatchCollection>(phrase.Parts.Count);
        foreach (var part in phrase.Parts)
        {
            var found = part.Pattern.Matches(sentence.Text);
            if (found.Count == 0)
            {
                return false;
            }

            matches.Add(found);
        }

        // Word spans of each part's matches that count (not negated); the first part anchors the window, and another
        // part is near when at most `near` words lie between the two spans. A part's negation cues are looked for with
        // the other parts' words blanked out: in "things dont work downstairs" the "dont" belongs to the change words,
        // not to "downstairs", and in "sitting on someone elses backside" the "someone" is the likeness, not a person.
        var anchors = WordSpans(phrase.Parts[0], matches[0], sentence, sign, BlankOthers(sentence.Text, phrase.Parts, matches, 0));
        for (var i = 1; i < phrase.Parts.Count && anchors.Count > 0; i++)
        {
            var others = WordSpans(phrase.Parts[i], matches[i], sentence, sign, BlankOthers(sentence.Text, phrase.Parts, matches, i));
            anchors.RemoveAll(anchor => !others.Exists(span => Math.Max(span.First, anchor.First) - Math.Min(span.Last, anchor.Last) - 1 <= near));
        }

        return anchors.Count > 0;
    }

    /// <summary>
    /// True when every part of an <see cref="SignPhrase.AcrossSentences"/> phrase is found in some sentence of the text,
    /// each read as now (<see cref="TimeReading.For"/>), and the sign's <c>unless</c> is in none of them ("heel sore 3
    /// weeks. stretches sorted it, much better now" is not heel pain past two weeks), nor a sentence that says the pain is over.
    /// </summary>
    internal bool MatchesAcrossSentences(SignPhrase phrase, IReadOnlyList<TimeReading> times, SignPhrases sign, bool backNamed) =>
        phrase.AcrossSentences && !(phrase.NeedsBack && !backNamed) && !ClearedForTheText(sign, times)
        && FoundAcrossSentences(phrase, SentencesNow(sign, times), sign);

    /// <summary>
    /// True when any of the sign's <see cref="SignPhrase.AcrossSentences"/> phrases matches: the same answer as asking
    /// <see cref="MatchesAcrossSentences(SignPhrase, IReadOnlyList{TimeReading}, SignPhrases, bool)"/> of each, with what
    /// depends only on the sign (whether a sentence clears it, the sentences read as now) worked out once, not per phrase.
    /// Whether the text clears the sign is asked last, and only when a phrase is found: the sign's unless runs on every
    /// sentence of the text and costs far more than the phrases' parts (most behind a literal gate), and both are plain
    /// questions of the text, so "found and not cleared" is the same answer as "not cleared and found".
    /// </summary>
    internal bool MatchesAcrossSentences(SignPhrases sign, IReadOnlyList<TimeReading> times, bool backNamed)
    {
        List<ScreenSentence>? now = null;
        foreach (var phrase in sign.Phrases)
        {
            if (!phrase.AcrossSentences || (phrase.NeedsBack && !backNamed))
            {
                continue;
            }

            now ??= SentencesNow(sign, times);
            if (FoundAcrossSentences(phrase, now, sign))
            {
                return !ClearedForTheText(sign, times);
            }
        }

        return false;
    }

    // A sentence that clears the sign as a whole (its unless, or pain said to be over) clears it for the text.
    private static bool ClearedForTheText(SignPhrases sign, IReadOnlyList<TimeReading> times) =>
        times.Any(time => (sign.Unless?.IsMatchGated(time.Whole.Text) ?? false) || (time.PainIsOver && time.For(sign.Id) is null));

    private static List<ScreenSentence> SentencesNow(SignPhrases sign, IReadOnlyList<TimeReading> times) =>
        times.Select(time => time.For(sign.Id)).OfType<ScreenSentence>().ToList();

    private bool FoundAcrossSentences(SignPhrase phrase, List<ScreenSentence> now, SignPhrases sign) =>
        phrase.Parts.All(part => now.Exists(sentence => Finds(part, sentence, sign)));

    /// <summary>The text's sentences as the screen reads them for signs, each with what is past in it (the replay tool and tests).</summary>
    internal List<TimeReading> TimesOf(string text)
    {
        // The sentence before is given with its asked question kept, as the screen gives it ("... if im pregnant?").
        var sentences = Sentences(text).ToList();
        return [.. sentences.Select((sentence, s) => PastTime.Read(WithoutAskedQuestion(sentence), s > 0 ? sentences[s - 1] : null))];
    }

    /// <summary>
    /// The sentence with the letters of every other negatable part's matches replaced, spaces and length kept. Context
    /// parts are not blanked: their words set the scene and may be a negation themselves ("neither leg is weak").
    /// </summary>
    private static string BlankOthers(string text, IReadOnlyList<PhrasePart> parts, List<MatchCollection> matches, int part)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < matches.Count; i++)
        {
            if (i == part || !parts[i].Negatable)
            {
                continue;
            }

            foreach (Match match in matches[i])
            {
                for (var c = match.Index; c < match.Index + match.Length; c++)
                {
                    chars[c] = chars[c] == ' ' ? ' ' : '_';
                }
            }
        }

        return new string(chars);
    }

    /// <summary>First and last word index of every match of the part that counts (a negatable part: not negated).</summary>
    private List<(int First, int Last)> WordSpans(PhrasePart part, MatchCollection found, ScreenSentence sentence, SignPhrases sign, string blanked)
    {
        var spans = new List<(int, int)>();
        foreach (Match match in found)
        {
            if (!part.Negatable || !Negated(sentence, match, sign, phrases.Negation.Window, blanked))
            {
                var first = sentence.Text.AsSpan(0, match.Index).Count(' ');
                spans.Add((first, first + match.Value.AsSpan().Count(' ')));
            }
        }

        return spans;
    }

    /// <summary>True when the part matches in the sentence, and for a negatable part, somewhere it is not negated.</summary>
    internal bool Finds(PhrasePart part, ScreenSentence sentence, SignPhrases sign) =>
        part.Negatable ? Finds(part.Pattern, sentence, sign) : part.Pattern.IsMatchGated(sentence.Text);

    /// <summary>
    /// True when the pattern matches somewhere in the sentence without being negated there. With <c>othersAreas</c>, a pain
    /// area (no sign) in another person's words is theirs ("her feet", a clause whose subject is another person).
    /// </summary>
    internal bool Finds(Regex pattern, ScreenSentence sentence, SignPhrases? sign, int? window = null, bool othersAreas = false)
    {
        for (var match = pattern.MatchGated(sentence.Text); match.Success; match = match.NextMatch())
        {
            if (!Negated(sentence, match, sign, window ?? phrases.Negation.Window, othersAreas: othersAreas))
            {
                return true;
            }
        }

        return false;
    }

    // blanked: the sentence with words that belong to another part of a concept phrase blanked out, for the cues before
    // the match (they are that part's words, not a negation of this one).
    private bool Negated(ScreenSentence screened, Match match, SignPhrases? sign, int window, string? blanked = null, bool othersAreas = false)
    {
        var negation = phrases.Negation;
        var sentence = screened.Text;
        // A phrase may mark its core ("my feet are not (?<core>numb)"): cues are looked for just before the core,
        // within its clause.
        var core = match.Groups["core"];
        var start = core.Success ? core.Index : match.Index;
        var clauseStart = screened.ClauseStarts.LastOrDefault(s => s <= start);
        var before = (blanked ?? sentence)[clauseStart..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var near = before.TakeLast(window).ToList();
        if (near.Any(negation.Cues.Contains) && !OnlyAintOutOfPlace(near, match, negation, conceptPart: blanked is not null))
        {
            return true;
        }

        // A pain area second in a denied pair ("no back or foot issues"): the "no" covers both.
        if (sign is null && window == 1 && before.Length >= 3 && before[^1] is "or" or "nor" && negation.Cues.Contains(before[^3]))
        {
            return true;
        }

        // "my mum had cancer" is someone else's sign; "my husband says I can't...", "at my sister's my calf..." ("my" after
        // the other person starts the writer's own part) and "my wife noticed the bed was wet" (someone reporting what they
        // saw in the writer) are the person's own.
        var other = near.FindLastIndex(negation.OtherPeople.Contains);
        if (other >= 0 && !near.Skip(other + 1).Any(w => FirstPersonSubjects.Contains(w) || w == "my") && !JointWithMe(before, before.Length - near.Count + other)
            && !ReportsOnTheWriter(near, other) && !OnMyBody(match) && !SelfDescribedPatient(before, before.Length - near.Count + other)
            && !WithWhom(before, before.Length - near.Count + other, match))
        {
            return true;
        }

        // A pain area of someone else's: "her feet" (the word right before), "my wife was treated for a foot ulcer" (a
        // clause whose subject is another person and that the writer never comes into).
        if (othersAreas && sign is null && before is not [.., "my" or "me" or "mi" or "ma" or "mine"]
            && (before is [.., "her" or "their"] || SignMentions.InOtherPersonsClause(before, negation)) && !OnMyBody(match))
        {
            return true;
        }

        // Another person's clause ("my husband is in remission from cancer") and a loose no ("nothing numb down there").
        var signWords = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (sign is not null && ((SignMentions.InOtherPersonsClause(before, negation, signWords) && !OnMyBody(match)) || SignMentions.NothingBefore(before, core.Success ? core.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : signWords)
            || SignMentions.RuledOut(sentence[clauseStart..start], sentence[(match.Index + match.Length)..])))
        {
            return true;
        }

        // "back pain since monday, nothing going on down there": a clause that starts with the sign's words and, read from
        // there, is what the sign's unless clears, is a denial said beside other words, as it is said alone.
        if (sign?.Unless is { } unless && start == clauseStart && DeniedInItsOwnClause(screened, clauseStart, unless))
        {
            return true;
        }

        // "no tingling, numbness or weakness": an item of a list denied in the clause before, joined by "or".
        if (sign is not null && DeniedInList(screened, clauseStart, before, sentence[FirstWordEnd(sentence, core.Success ? core : match)..]))
        {
            return true;
        }

        var after = sentence[(match.Index + match.Length)..].TrimStart();
        if (StartsWith(negation.ClearedAfter, after) || (sign?.NotAfter is { } notAfter && StartsWith(notAfter, after)))
        {
            return true;
        }

        // "diabetes: no", "fever: nope, heel sore": a form's item answered no in the clause right after it.
        if (sign is not null && AnsweredNoInNextClause(screened, match.Index + match.Length))
        {
            return true;
        }

        // A pain area said to be fine ("my feet and back are fine") or free of pain ("no pain in my feet at all").
        if (sign is null && ((negation.AreaClearedAfter is { } areaCleared && StartsWith(areaCleared, after))
            || (negation.AreaNotBefore is { } areaNotBefore && EndsWith(areaNotBefore, sentence[..match.Index].TrimEnd()))))
        {
            return true;
        }

        return sign?.NotBefore is { } notBefore && EndsWith(notBefore, sentence[..match.Index].TrimEnd());
    }

    // Words that make a negative on their own: after "aint" they make it a double negative ("i aint got no feeling").
    private static readonly HashSet<string> NegativeWords = new(
        ["no", "not", "never", "nothing", "none", "nobody", "noone", "nowhere", "cant", "cannot", "couldnt", "wont", "dont", "zero"], StringComparer.Ordinal);

    /// <summary>
    /// True when "aint" is the only cue near the match and is no denial of it: in speech that doubles its negatives, "aint"
    /// before a sign that is itself a lack ("i aint got no feeling down there", "aint got no control") stresses the lack;
    /// and a concept phrase's part ("aint had a poo ... cant feel it") is read as on main, where "aint" was no cue. "i aint
    /// diabetic", "aint had a fever" stay denied, as does "aint got no fever" (the "no" is a cue).
    /// </summary>
    private static bool OnlyAintOutOfPlace(List<string> near, Match match, NegationRules negation, bool conceptPart)
    {
        var aint = near.LastIndexOf("aint");
        if (aint < 0 || near.Where((word, i) => i != aint && negation.Cues.Contains(word)).Any())
        {
            return false;
        }

        if (conceptPart)
        {
            return true;
        }

        var firstWord = match.Value.AsSpan().TrimStart();
        var space = firstWord.IndexOf(' ');
        return NegativeWords.Contains((space < 0 ? firstWord : firstWord[..space]).ToString());
    }

    // A clause that is only a no, as a form's item is answered ("no", "none", "nope", "not at all"); not "nothing" or
    // "never", which also stress a sign ("couldnt finish, nothing"), nor a bare "not".
    private static readonly HashSet<string> BareNoStarts = new(["no", "nope", "nah", "none", "negative", "nil"], StringComparer.Ordinal);

    private static readonly HashSet<string> BareNoWords = new(["at", "all", "really", "whatsoever", "thankfully", "luckily", "ever", "so", "far", "none", "nope", "no"], StringComparer.Ordinal);

    /// <summary>
    /// "diabetes: no", "cancer: none. fever: nope": the sign ends its clause and the next clause is only a no ("no",
    /// "none", "not really"), as a form or a checklist is answered item by item. "both legs, not just the left"
    /// is no answer (more words than a no), and a "no?" that ends a question is a tag ("i have a fever, no?").
    /// </summary>
    private static bool AnsweredNoInNextClause(ScreenSentence screened, int matchEnd)
    {
        var text = screened.Text;
        var next = matchEnd;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        var at = -1;
        for (var i = 0; i < screened.ClauseStarts.Count && at < 0; i++)
        {
            at = screened.ClauseStarts[i] == next && next > matchEnd ? i : -1;
        }

        if (at < 0)
        {
            return false;
        }

        var end = at + 1 < screened.ClauseStarts.Count ? screened.ClauseStarts[at + 1] : text.Length;
        if (end == text.Length && screened.Asked)
        {
            return false;
        }

        var words = text[next..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && (BareNoStarts.Contains(words[0]) || (words[0] == "not" && words.Length > 1))
            && words.Skip(1).All(BareNoWords.Contains);
    }

    /// <summary>
    /// "no tingling, numbness or weakness", "no burning, tingling or numbness": the sign is an item of a list whose first
    /// item a cue denied in the clause before (within its last three words), and the list goes on with "or" or "nor" (right
    /// after the sign, within two words) or came to it with "or" ("tingling or numbness"). "no fever, numb legs" is not a list.
    /// </summary>
    private bool DeniedInList(ScreenSentence screened, int clauseStart, string[] before, string afterMatch)
    {
        if (clauseStart == 0 || before.Length > 3)
        {
            return false;
        }

        if (!(before.Length == 0 ? OrAfter.IsMatchGated(afterMatch) : before.Length <= 2 && before[^1] is "or" or "nor"))
        {
            return false;
        }

        // The clause before ended at a comma with an item right after its cue ("no tingling,"), not at a "but".
        var previousStart = screened.ClauseStarts.LastOrDefault(s => s < clauseStart);
        var previous = screened.Text[previousStart..clauseStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return previous.Length > 1 && previous[^1] != "but" && !phrases.Negation.Cues.Contains(previous[^1])
            && previous.TakeLast(3).SkipLast(1).Any(phrases.Negation.Cues.Contains);
    }

    /// <summary>
    /// The sentence from the clause at <paramref name="clauseStart"/> on, when the sign's unless clears it from its first
    /// word ("nothing going on down there" after "back pain since monday,"); never for the first clause (the sentence's
    /// own unless reads that), nor after a clause that leads into this one ("since my back went, nothing going on down
    /// there"; "ever since the fall, ...", "and now, ...").
    /// </summary>
    private static bool DeniedInItsOwnClause(ScreenSentence sentence, int clauseStart, Regex unless)
    {
        if (clauseStart == 0)
        {
            return false;
        }

        var previousStart = sentence.ClauseStarts.LastOrDefault(s => s < clauseStart);
        var previous = sentence.Text[previousStart..clauseStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (previous.Length == 0 || LeadIns.Contains(previous[0]) || LeadIns.Contains(previous[^1]))
        {
            return false;
        }

        return StartsWith(unless, sentence.Text[clauseStart..]);
    }

    // Words that make a clause lead into the next ("since my back went, ...", "after the fall, ...", "... and now, ...").
    private static readonly HashSet<string> LeadIns = new(
        ["since", "ever", "after", "because", "cause", "cos", "coz", "now", "when", "following", "till", "until", "and", "so", "then", "but", "also", "plus", "except", "apart"],
        StringComparer.Ordinal);

    /// <summary>Where the first word of a match (or its core) ends: a list goes on after it ("tingling or weakness in my legs").</summary>
    private static int FirstWordEnd(string sentence, Group group)
    {
        var space = sentence.IndexOf(' ', group.Index, group.Length);
        return space < 0 ? group.Index + group.Length : space;
    }

    // Right after a list item: "or weakness", "or any numbness".
    private static readonly Regex OrAfter = new(@"^ ([a-z0-9]+ ){0,2}?(or|nor) ", WordPatterns);

    /// <summary>
    /// "my wife noticed the bed was wet": the other person is followed by a reporting word ("noticed", "says") and no
    /// third person comes after it, so what they report is the writer's ("my mum noticed her legs" stays hers).
    /// </summary>
    private bool ReportsOnTheWriter(List<string> near, int other) =>
        other + 1 < near.Count && phrases.Negation.ReportingWords.Contains(near[other + 1])
        && !near.Skip(other + 2).Any(ThirdPersonWords.Contains);

    /// <summary>
    /// "my wife noticed a wound on my foot", "my son heard a pop when I went down": a sign whose own words name the
    /// writer is theirs, whoever noticed it.
    /// </summary>
    private static bool OnMyBody(Match match) =>
        $" {match.Value} ".Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "my" or "i" or "im" or "me");

    /// <summary>"I am a sugar patient", "im diabetes patient": the writer describing themselves, not a patient of theirs.</summary>
    private static bool SelfDescribedPatient(string[] words, int other) =>
        words[other] is "patient" && other >= 1 && words[other - 1] is not ("my" or "his" or "her" or "your" or "our" or "their" or "the" or "this" or "that")
        && (other < 2 || words[other - 2] is not ("have" or "had" or "got" or "see" or "saw" or "treating" or "treat" or "with" or "visiting"))
        && words.Skip(Math.Max(0, other - 4)).Take(Math.Min(other, 4)).Any(w => FirstPersonSubjects.Contains(w) || w is "am" or "as");

    /// <summary>
    /// "tried to be intimate with my husband and couldnt climax": the other person is who the writer was with, not a
    /// subject, and the sign follows "and" with no subject of its own, so it is the writer's. Not when the sign starts
    /// with a subject of its own ("with my wife and nothing works in the downstairs loo", "with my dad and he cant walk").
    /// </summary>
    private static bool WithWhom(string[] words, int other, Match match) =>
        other >= 2 && other == words.Length - 2 && words[^1] == "and" && words[other - 1] is "my" or "the" or "our" && words[other - 2] == "with"
        && match.Value.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && !WithWhomSubjects.Contains(first);

    private static readonly HashSet<string> WithWhomSubjects = new(
        ["nothing", "nothings", "it", "its", "everything", "things", "something", "she", "shes", "he", "hes", "they", "theyre", "we", "were", "you", "that", "thats", "this", "there", "theres", "his", "her", "their"],
        StringComparer.Ordinal);

    /// <summary>"me and my partner are intimate": the other person is named together with the writer, so it is theirs too.</summary>
    private static bool JointWithMe(string[] words, int other) =>
        other >= 3 && words[other - 1] is "my" or "the" && words[other - 2] == "and" && FirstPersonSubjects.Contains(words[other - 3]);

    // Its first match at index 0, asked of the pattern anchored there (GatedRegex.MatchesAtStartGated): the same answer
    // without a scan of every later position of the text when it does not match at the start.
    private static bool StartsWith(Regex pattern, string text) => pattern.MatchesAtStartGated(text);

    private static bool EndsWith(Regex pattern, string text)
    {
        for (var match = pattern.MatchGated(text); match.Success; match = match.NextMatch())
        {
            if (match.Index + match.Length == text.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower case, apostrophes dropped ("can't" → "cant"), everything else that is not a letter or digit a space,
    /// single spaces, one space at each end.
    /// </summary>
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

        if (chars[^1] != ' ')
        {
            chars.Add(' ');
        }

        return new string(chars.ToArray());
    }
}
