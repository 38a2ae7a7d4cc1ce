using System.Collections.Immutable;
using ClaimCheck.Core;

namespace ClaimCheck.Reporting.Html;

/// <summary>The rendered page, or the diagnostics that say why a template could not render it.</summary>
/// <param name="Html">The complete HTML document; null when <paramref name="Diagnostics"/> holds an error.</param>
/// <param name="Diagnostics">Template problems: CC0501 (template cannot be read or parsed), CC0502 (template failed while rendering).</param>
internal sealed record HtmlRenderResult(string? Html, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when <see cref="Html"/> holds the page.</summary>
    public bool Success => Html is not null;
}
