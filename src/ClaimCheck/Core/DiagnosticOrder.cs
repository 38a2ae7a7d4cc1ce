using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Core;

/// <summary>The one order of diagnostics in every output: file, line, column, code, message (all ordinal).</summary>
internal static class DiagnosticOrder
{
    /// <summary>Sorts diagnostics stably.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
