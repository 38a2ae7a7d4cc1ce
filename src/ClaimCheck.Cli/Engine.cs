using ClaimCheck.Loading;

namespace ClaimCheck.Cli;

/// <summary>The calls into the library that the commands share.</summary>
internal static class Engine
{
    public static ClaimCorpus Validate(IEnumerable<string> paths) => ClaimCorpus.Load(paths);
}
