// Checks a `dotnet publish` of src/PainCoach.Functions is what Azure should run (scripts/check-publish.sh):
// the host's files are there and our assemblies are ReadyToRun (precompiled), which the cold start relies on.
// Usage: dotnet run scripts/check-publish.cs -- <publish directory>
using System.Reflection.PortableExecutable;

var directory = args.Length == 1 ? args[0] : throw new ArgumentException("usage: check-publish.cs <publish directory>");
var problems = new List<string>();
foreach (var file in new[] { "host.json", "functions.metadata", "worker.config.json" })
{
    if (!File.Exists(Path.Combine(directory, file)))
    {
        problems.Add($"{file} is missing from the publish output");
    }
}

foreach (var assembly in new[] { "PainCoach.dll", "PainCoach.Functions.dll", "Quickenshtein.dll" })
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

Console.WriteLine($"check-publish: {directory} is ReadyToRun for linux-x64 with host.json and functions.metadata");
return 0;
