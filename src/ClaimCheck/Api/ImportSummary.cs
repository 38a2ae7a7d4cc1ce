using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck;

/// <summary>What <c>claimcheck import</c> did: the claim files written, every problem, and the rows imported and skipped.</summary>
internal sealed record ImportSummary(ImmutableArray<string> FilesWritten, ImmutableArray<Diagnostic> Diagnostics, int RowsImported, int RowsSkipped)
{
    /// <summary>True when any diagnostic is an error (the CLI exits with 2).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The summary of an importer's result, so the command line reaches the façade only.</summary>
    internal static ImportSummary Of(Import.ImportResult result) => new(result.FilesWritten, result.Diagnostics, result.RowsImported, result.RowsSkipped);
}
