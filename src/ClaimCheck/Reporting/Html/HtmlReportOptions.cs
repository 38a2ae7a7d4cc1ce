namespace ClaimCheck.Reporting.Html;

/// <summary>How the HTML report is rendered.</summary>
internal sealed record HtmlReportOptions
{
    /// <summary>A Scriban template file replacing the built-in one (<c>--template FILE</c>); null for the built-in template.</summary>
    public string? TemplatePath { get; init; }

    /// <summary>A template already parsed (<see cref="HtmlReportWriter.ParseTemplate"/>); used before <see cref="TemplatePath"/>.</summary>
    public Scriban.Template? Template { get; init; }

    /// <summary>The name diagnostics give <see cref="Template"/>.</summary>
    public string TemplateName { get; init; } = "template.sbn";

    /// <summary>Longest a render may take before it ends as CC0502 (default two minutes; the fuzzer sets less).</summary>
    public TimeSpan MaxRenderTime { get; init; } = HtmlTemplateContext.MaxRender;

    /// <summary>Claims shown per subject card; the rest are counted ("and N more"). Default 12.</summary>
    public int MaxClaimsPerSubject { get; init; } = 12;

    /// <summary>Resolved values ("Most likely …", one per period) shown per subject card; the rest are counted. Default 4.</summary>
    public int MaxResolvedPerSubject { get; init; } = 4;

    /// <summary>
    /// Subject cards shown on the whole page (default 1,200: the 200,000-claim benchmark page then stays under 20 MB with its pictures). Conflicts come first and may take all of it;
    /// the other sections share what is left, each within its own limit below.
    /// </summary>
    public int MaxSubjectsOnPage { get; init; } = 1200;

    /// <summary>Sources in the source × source picture: those in the most conflicts (then agreements). Default 30.</summary>
    public int MaxSourcesInMatrix { get; init; } = 30;

    /// <summary>Subject cards shown per verdict section other than conflicts; the rest are counted and left to the JSON report. Default 1,000.</summary>
    public int MaxSubjectsPerSection { get; init; } = 1000;

    /// <summary>
    /// Subject cards shown in the sections collapsed by default (agreements, single-source); the rest are
    /// counted and left to the JSON report. Default 500: they are the least read and the most numerous.
    /// </summary>
    public int MaxSubjectsPerCollapsedSection { get; init; } = 500;

    /// <summary>
    /// Diagnostics listed per code (default 100, in report order); the rest are counted ("and N more CCnnnn — see the JSON
    /// report"). The JSON report keeps every one.
    /// </summary>
    public int MaxDiagnosticsPerCode { get; init; } = 100;

    /// <summary>Characters of a diagnostic's message the page shows (default 1,000); a longer one says how much the JSON report adds.</summary>
    public int MaxDiagnosticMessageChars { get; init; } = 1000;

    /// <summary>Conflicts listed per row of the sources table; the rest are counted. Default 10.</summary>
    public int MaxConflictsPerSource { get; init; } = 10;

    /// <summary>
    /// The largest JSON text embedded in the page, in characters (default 4,000,000); a larger one is
    /// left out (the data element then holds <c>null</c>) so that the page stays small: use <c>--json</c>.
    /// </summary>
    public int MaxEmbeddedJsonChars { get; init; } = 4_000_000;

    /// <summary>
    /// The largest ClaimReview JSON-LD (schema.org markup of the conflicts, for search engines) embedded
    /// in the page's head, in characters (default 1,000,000); a larger one is left out: use <c>--claimreview</c>.
    /// </summary>
    public int MaxEmbeddedClaimReviewChars { get; init; } = 1_000_000;
}
