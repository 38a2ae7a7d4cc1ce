using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>Limits that keep hostile input from exhausting time or memory; crossing one is a diagnostic.</summary>
/// <param name="MaxFileBytes">Largest file read (default 64 MiB).</param>
/// <param name="MaxDepth">Deepest YAML nesting (default 64).</param>
/// <param name="MaxAliases">Most nodes that YAML aliases may stand for in one file (default 10,000): an alias bomb stops here.</param>
/// <param name="MaxClaimsPerFile">Most claims in one file (default 100,000), counted while the file is parsed.</param>
/// <param name="MaxArticleBytes">Largest article file (<c>source.text</c>) read (default 8 MiB).</param>
/// <param name="MaxNodes">Most YAML nodes (keys, values, lists, mappings) in one file (default 2,000,000), counted while the
/// file is parsed, before the tree holds them: 100,000 claims with every key take 1.7 million.</param>
/// <param name="BaseDirectory">Paths in diagnostics and reports are shown relative to this folder (default: the working directory).</param>
/// <param name="Progress">Told the files read as the load goes, when given (a terminal's progress display).</param>
internal sealed record LoadOptions(
    long MaxFileBytes = 64L * 1024 * 1024,
    int MaxDepth = 64,
    int MaxAliases = 10_000,
    int MaxClaimsPerFile = 100_000,
    string? BaseDirectory = null,
    long MaxArticleBytes = 8L * 1024 * 1024,
    int MaxNodes = 2_000_000,
    RunProgress? Progress = null);

/// <summary>Every source, claim and registry entry read from a set of paths, with every problem found.</summary>
/// <param name="Sources">Sources ordered by id.</param>
/// <param name="Claims">Claims in file order, files ordered by path.</param>
/// <param name="Registry">The merged registries.</param>
/// <param name="Diagnostics">Every diagnostic, ordered by file, line, column, code.</param>
internal sealed partial record ClaimCorpus(
    ImmutableArray<Source> Sources,
    ImmutableArray<Claim> Claims,
    Registry Registry,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
