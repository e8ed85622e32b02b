// Checks a `dotnet publish` of src/PainCoach.Functions is what Azure should run (scripts/check-publish.sh):
// the host's files are there and our assemblies are ReadyToRun (precompiled), which the cold start relies on.
// Usage: dotnet run scripts/check-publish.cs -- <publish directory>
using System.Reflection.PortableExecutable;

var directory = args.Length == 1 ? args[0] : throw new ArgumentException("usage: check-publish.cs <publish directory>");
var problems = new List<string>();
// The FAQ's sentence model ships beside the assemblies (src/PainCoach/Language/SentenceModel.targets), with ONNX
// Runtime's native library for the platform; without them the host would stop at start-up.
foreach (var file in new[] { "host.json", "functions.metadata", "worker.config.json", "faq-model/model.onnx", "faq-model/vocab.txt", "libonnxruntime.so" })
{
    if (!File.Exists(Path.Combine(directory, file)))
    {
        problems.Add($"{file} is missing from the publish output");
    }
}

foreach (var assembly in new[] { "PainCoach.dll", "PainCoach.Functions.dll", "Quickenshtein.dll", "Microsoft.ML.OnnxRuntime.dll", "FastBertTokenizer.dll" })
{
    var path = Path.Combine(directory, assembly);
    if (!File.Exists(path))
    {
        problems.Add($"{assembly} is missing from the publish output");
        continue;
    }

    using var reader = new PEReader(File.OpenRead(path));
    if (reader.PEHeaders.CorHeader is not { ManagedNativeHeaderDirectory.Size: > 0 })
    {
        problems.Add($"{assembly} is not ReadyToRun: every method would be JIT-compiled on a cold start");
    }
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"check-publish: {problem}");
}

if (problems.Count > 0)
{
    return 1;
}

var files = new DirectoryInfo(directory).GetFiles("*", SearchOption.AllDirectories);
Console.WriteLine($"check-publish: {directory} is ReadyToRun for linux-x64 with host.json, functions.metadata and the FAQ model; " +
    $"{files.Length} files, {files.Sum(f => f.Length) / 1048576.0:F1} MB (the model {files.Where(f => f.DirectoryName!.EndsWith("faq-model", StringComparison.Ordinal)).Sum(f => f.Length) / 1048576.0:F1} MB)");
return 0;
