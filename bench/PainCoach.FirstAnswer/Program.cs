using System.Diagnostics;
using System.Runtime;
using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;

// One cold start, the way a new serverless instance pays it: load and validate the knowledge base, build the index,
// load the sentence model with the precomputed vectors and the calibration, screen and answer one question. Prints milliseconds since the OS started the process, split into the runtime's own
// start (until Main) and each step, with the methods the JIT compiled and its time. Exit code 1 if the answer is wrong.
var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
var toMain = DateTime.UtcNow - processStart;
var clock = Stopwatch.StartNew();
var jitBefore = Jit.Now();

var knowledgeBase = KnowledgeBase.LoadEmbedded();
var loaded = clock.Elapsed;
var jitLoaded = Jit.Now();

var index = FaqIndex.Build(knowledgeBase);
var built = clock.Elapsed;
var jitBuilt = Jit.Now();

using var embedder = SentenceEmbedder.LoadShipped();
var semantic = new SemanticIndex(knowledgeBase, FaqVectors.LoadEmbedded());
var ranker = new HybridFaqRanker(index, semantic, embedder, FaqCalibration.LoadEmbedded());
var modelLoaded = clock.Elapsed;
var jitModel = Jit.Now();

var faq = new FaqService(knowledgeBase, ranker, new FreeTextRedFlagScreen());
var result = faq.Ask("how long should i ice my heel");
var answered = clock.Elapsed;
var jitAnswered = Jit.Now();
var total = DateTime.UtcNow - processStart;

var answer = result.Answers.Count > 0 ? result.Answers[0].Id : "none";
Console.WriteLine(
    $"first answer '{answer}' {total.TotalMilliseconds:F0} ms after process start " +
    $"(runtime to Main {toMain.TotalMilliseconds:F0}; load {loaded.TotalMilliseconds:F1}, build {(built - loaded).TotalMilliseconds:F1}, " +
    $"model {(modelLoaded - built).TotalMilliseconds:F1}, first ask {(answered - modelLoaded).TotalMilliseconds:F1}; working set {Environment.WorkingSet / 1048576} MB) | " +
    $"JIT in our part: load {jitLoaded - jitBefore}, build {jitBuilt - jitLoaded}, model {jitModel - jitBuilt}, ask {jitAnswered - jitModel}");
return answer == "ice-duration" ? 0 : 1;

/// <summary>Methods the JIT has compiled so far and the time it spent, process-wide.</summary>
internal readonly record struct Jit(long Methods, TimeSpan Time)
{
    public static Jit Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public static Jit operator -(Jit after, Jit before) => new(after.Methods - before.Methods, after.Time - before.Time);

    public override string ToString() => $"{Methods} methods/{Time.TotalMilliseconds:F0} ms";
}
