using System.Diagnostics;
using PainCoach.Faq;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

/// <summary>
/// Process start to first FAQ answer, the way a cold serverless instance pays it: load and validate the knowledge
/// base, build the index, screen and answer one question. Prints milliseconds since the OS started the process,
/// split into the runtime's own start (until Main) and our work. Run it with <c>bench/faq-first-answer.sh</c>.
/// </summary>
internal static class FaqFirstAnswer
{
    public static int Run()
    {
        var processStart = Process.GetCurrentProcess().StartTime;
        var main = DateTime.Now - processStart;
        var clock = Stopwatch.StartNew();
        var knowledgeBase = KnowledgeBase.LoadEmbedded();
        var loaded = clock.Elapsed;
        var index = FaqIndex.Build(knowledgeBase);
        var built = clock.Elapsed;
        var faq = new FaqService(knowledgeBase, index, new FreeTextRedFlagScreen());
        var result = faq.Ask("how long should i ice my heel");
        var answered = clock.Elapsed;
        var total = DateTime.Now - processStart;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine(
            $"first answer '{result.Answers[0].Id}' {total.TotalMilliseconds:F0} ms after process start, CPU {cpu.TotalMilliseconds:F0} ms " +
            $"(runtime to Main {main.TotalMilliseconds:F0} ms; load {loaded.TotalMilliseconds:F1} ms, " +
            $"build {(built - loaded).TotalMilliseconds:F1} ms, first ask {(answered - built).TotalMilliseconds:F1} ms)");
        return result.Answers[0].Id == "ice-duration" ? 0 : 1;
    }
}
