namespace PainCoach.DevServer;

/// <summary>Configuration the DevServer cannot start with. Its message is one line, meant for the console.</summary>
public sealed class DevServerConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
