using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Import;

/// <summary>How <see cref="ClaimTableImporter"/> reads a table and writes claim files.</summary>
/// <param name="Delimiter">The field separator; null detects it (<c>.tsv</c> or a tab in the header: tab; otherwise comma).</param>
/// <param name="Overwrite">Replace claim files that already exist in the output folder (default true); false reports CC0611 for them.</param>
/// <param name="BaseDirectory">Paths in diagnostics and written-file lists are shown relative to this folder (default: the working directory).</param>
/// <param name="MaxTableBytes">Largest table read (default 64 MiB, as a claim file); the read itself stops past it (CC0612).</param>
/// <param name="MaxRows">Most rows read (default 1,000,000); more is CC0612 at the first row over.</param>
internal sealed record ImportOptions(
    char? Delimiter = null,
    bool Overwrite = true,
    string? BaseDirectory = null,
    long MaxTableBytes = 64L * 1024 * 1024,
    int MaxRows = 1_000_000);

/// <summary>What an import did.</summary>
/// <param name="FilesWritten">The claim files written, one per source, relative to the base directory with forward slashes, sorted.</param>
/// <param name="Diagnostics">Every problem, <c>table.csv(ROW,COL): error CC06nn: ...</c>, ordered by row and column.</param>
/// <param name="RowsImported">Rows turned into claims of a file that was written.</param>
/// <param name="RowsSkipped">Rows that could not be imported, or whose claim file could not be written.</param>
internal sealed record ImportResult(
    ImmutableArray<string> FilesWritten,
    ImmutableArray<Diagnostic> Diagnostics,
    int RowsImported,
    int RowsSkipped)
{
    /// <summary>True when any diagnostic is an error (the CLI exits with 2).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
