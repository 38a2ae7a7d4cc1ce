using ClaimCheck.Grouping;
using ClaimCheck.Loading;

namespace ClaimCheck.Cli;

/// <summary>The calls into the library that the commands share.</summary>
internal static class Engine
{
    /// <summary>Loads and validates, including what only reading the values shows (CC03xx).</summary>
    public static ClaimCorpus Validate(IEnumerable<string> paths)
    {
        var corpus = ClaimCorpus.Load(paths);
        var normalized = ClaimNormalizer.Normalize(corpus);
        return corpus with { Diagnostics = DiagnosticOrder.Sort(corpus.Diagnostics.Concat(normalized.Diagnostics)) };
    }
}
