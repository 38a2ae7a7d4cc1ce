using System.Reflection;

namespace ClaimCheck.Core;

/// <summary>The version reports carry: the assembly's informational version without the "+commit" suffix.</summary>
internal static class ToolVersion
{
    /// <summary>E.g. "1.0.0".</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var info = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? info : info[..plus];
    }
}
