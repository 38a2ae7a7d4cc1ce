using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Core;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.ClaimReview;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Reporting.Sarif;

namespace ClaimCheck;

/// <summary>Writes a report in one format to a stream. The built-in writers are in <see cref="ReportWriters"/>.</summary>
public interface IReportWriter
{
    /// <summary>The format's name, as the command line spells it: <c>html</c>, <c>json</c>, <c>sarif</c>, <c>claimreview</c>.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>.</summary>
    /// <returns>Problems met while writing (a template that fails, CC0502); an error means the output is not complete.</returns>
    ImmutableArray<Diagnostic> Write(Report report, Stream stream, ReportWriteOptions? options = null);
}

/// <summary>What a writer may use besides the report: the HTML template and the limits of what a page embeds.</summary>
public sealed record ReportWriteOptions
{
    /// <summary>The HTML template (default: the built-in one).</summary>
    public ReportTemplate? Template { get; init; }

    /// <summary>The largest JSON report embedded in the HTML page, in characters (default 4,000,000).</summary>
    public int MaxEmbeddedJsonChars { get; init; } = 4_000_000;

    /// <summary>The URL of the published report, used in ClaimReview markup (default none).</summary>
    public string ReportUrl { get; init; } = "";
}

/// <summary>The built-in writers: one per format, all rendering the same report.</summary>
public static class ReportWriters
{
    /// <summary>The HTML report for people (one self-contained page, the JSON report embedded when it is small enough).</summary>
    public static IReportWriter Html { get; } = new HtmlWriter();

    /// <summary>The JSON report (docs/integrations.md), stable and sorted.</summary>
    public static IReportWriter Json { get; } = new StreamingWriter("json", JsonReportWriter.WriteTo);

    /// <summary>A SARIF 2.1.0 log, for code-review annotations.</summary>
    public static IReportWriter Sarif { get; } = new StreamingWriter("sarif", SarifReportWriter.WriteTo);

    /// <summary>schema.org ClaimReview JSON-LD for each conflict.</summary>
    public static IReportWriter ClaimReview { get; } = new ClaimReviewJsonLdWriter();

    /// <summary>Every built-in writer, in the order their files are written.</summary>
    public static ImmutableArray<IReportWriter> All { get; } = [Json, Sarif, ClaimReview, Html];

    /// <summary>The built-in writer of <paramref name="format"/> (case-insensitive), or null.</summary>
    public static IReportWriter? ForFormat(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static void Check(Report report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
    }

    private sealed class HtmlWriter : IReportWriter
    {
        public string Format => "html";

        public ImmutableArray<Diagnostic> Write(Report report, Stream stream, ReportWriteOptions? options = null)
        {
            Check(report, stream);
            options ??= new ReportWriteOptions();
            var template = options.Template ?? ReportTemplate.Default;
            if (!template.IsValid) return template.Diagnostics;
            var html = new HtmlReportOptions { Template = template.Parsed, TemplateName = template.Name, MaxEmbeddedJsonChars = options.MaxEmbeddedJsonChars };
            // The page makes its own embed: the JSON report when it is small enough, else nothing (the page says so).
            var embedded = JsonReportWriter.ToJsonWithin(report.Inner, html.MaxEmbeddedJsonChars);
            using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
            var diagnostics = HtmlReportWriter.RenderTo(report.Inner, embedded, writer, html);
            return template.Diagnostics.AddRange(diagnostics);
        }
    }

    // JSON and SARIF stream straight to the output: one writer shape, the format's own serialiser.
    private sealed class StreamingWriter(string format, Action<CheckReport, Stream> write) : IReportWriter
    {
        public string Format => format;

        public ImmutableArray<Diagnostic> Write(Report report, Stream stream, ReportWriteOptions? options = null)
        {
            Check(report, stream);
            write(report.Inner, stream);
            return [];
        }
    }

    private sealed class ClaimReviewJsonLdWriter : IReportWriter
    {
        public string Format => "claimreview";

        public ImmutableArray<Diagnostic> Write(Report report, Stream stream, ReportWriteOptions? options = null)
        {
            Check(report, stream);
            using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
            writer.Write(ClaimReviewWriter.ToJsonLd(report.Inner, options?.ReportUrl ?? ""));
            return [];
        }
    }
}
