namespace PainCoach;

/// <summary>
/// Reads the reviewed data files compiled into this assembly (knowledge base, red-flag phrases, FAQ vectors and
/// calibration). A missing resource is a build fault, so it stops the host with what to run.
/// </summary>
internal static class EmbeddedData
{
    public static T Load<T>(string resourceName, Func<Stream, T> load, string whenMissing)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing: {whenMissing}");
        return load(stream);
    }
}
