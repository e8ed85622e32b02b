using System.Reflection;

namespace PainCoach.IntegrationTests.Infrastructure;

/// <summary>Build-time paths, written into this assembly by the project file.</summary>
public static class RepoPaths
{
    public static string RepoRoot => Metadata("PainCoach.RepoRoot");

    public static string FunctionsOutputDirectory => Metadata("PainCoach.FunctionsOutputDirectory");

    public static string DevServerOutputDirectory => Metadata("PainCoach.DevServerOutputDirectory");

    private static string Metadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
