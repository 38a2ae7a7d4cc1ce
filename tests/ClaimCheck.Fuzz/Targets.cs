using System.Text;
using ClaimCheck.Core;
using ClaimCheck.Import;
using ClaimCheck.Loading;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;

namespace ClaimCheck.Fuzz;

/// <summary>A defect the fuzzer found: an invariant of a target did not hold (distinct from an exception escaping).</summary>
internal sealed class FuzzFinding(string message) : Exception(message);

/// <summary>
/// The fuzz targets. Each takes raw bytes and must neither throw nor break an invariant:
/// parsers never throw and point inside the text; the loader turns everything into diagnostics
/// and never reaches its "internal error" guard.
/// </summary>
internal static class Targets
{
    public static readonly string[] Names = ["loader", "quantity", "period", "comparison", "template", "import"];

    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "claimcheck-fuzz-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        return dir;
    });

    public static Action<byte[]> Get(string name) => name switch
    {
        "loader" => Loader,
        "quantity" => bytes => Quantity(Text(bytes)),
        "period" => bytes => Period(Text(bytes)),
        "comparison" => bytes => Comparison(Text(bytes)),
        "template" => bytes => Template(Text(bytes)),
        "import" => Import,
        _ => throw new ArgumentException("unknown target '" + name + "'; use one of " + string.Join(", ", Names)),
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void Loader(byte[] bytes)
    {
        var folder = Folder.Value;
        File.WriteAllBytes(Path.Combine(folder, "f.yaml"), bytes);
        // Small limits keep each execution fast; crossing them is a diagnostic like any other.
        var corpus = ClaimCorpus.Load([folder], new LoadOptions(MaxFileBytes: 1 << 20, BaseDirectory: folder));
        foreach (var diagnostic in corpus.Diagnostics)
        {
            if (diagnostic.Message.Contains("internal error", StringComparison.Ordinal))
                throw new FuzzFinding("loader guard reached: " + diagnostic);
            if (diagnostic.Position.Line < 1 || diagnostic.Position.Column < 1)
                throw new FuzzFinding("diagnostic without a position: " + diagnostic);
        }

        // What loaded goes on through the value parsers, as the engine would take it.
        foreach (var claim in corpus.Claims)
        {
            var published = corpus.Sources.FirstOrDefault(s => s.Id == claim.SourceId)?.Published;
            if (claim.Value is { } value) Quantity(value);
            if (claim.Compare is { } compare) Comparison(compare);
            Period(claim.Period, published);
        }
    }

    // A small report with a conflict, an agreement, a comparison, a registry and diagnostics: what a user template sees.
    private static readonly Lazy<(CheckReport Report, string Json)> SmallReport = new(() =>
    {
        var dir = Path.Combine(Folder.Value, "report");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "a.yaml"), "source:\n  id: a\n  title: \"A <b>&amp;</b>\"\n  url: https://example.org/a\n  published: 2025-03-10\nclaims:\n  - id: n\n    subject: smic.node\n    value: 3 nm\n    quote: \"a 3nm plant\"\n  - id: c\n    subject: shanghai.phds\n    compare: more-than california.phds\n  - id: bad\n    subject: x.y\n    valeu: 1\n");
        File.WriteAllText(Path.Combine(dir, "b.yaml"), "source:\n  id: b\n  title: B\nclaims:\n  - id: n\n    subject: smic.node\n    value: 7 nm\n    period: 2024\n  - id: p\n    subject: shanghai.phds\n    value: about 300\n");
        File.WriteAllText(Path.Combine(dir, "r.yaml"), "subjects:\n  smic.node:\n    label: SMIC's node\n    unit: nm\n");
        var report = Engine.Check(ClaimCorpus.Load([dir], new LoadOptions(BaseDirectory: dir)));
        return (report, JsonReportWriter.ToJson(report));
    });

    // A user template (--template) over a small report: it renders, or it is CC0501/CC0502 at a position in it; never an
    // exception. Renders are cut at half a second (CC0502) so that a template of nested loops is not taken for a hang.
    private static void Template(string text)
    {
        var (report, json) = SmallReport.Value;
        var (parsed, parseDiagnostics) = HtmlReportWriter.ParseTemplate(text, "fuzz.sbn");
        Positioned(parseDiagnostics, "template parse", "CC0501");
        if (parsed is null)
        {
            if (!parseDiagnostics.Any(d => d.Severity == Severity.Error)) throw new FuzzFinding("template did not parse, and no error says why");
            return;
        }

        var result = HtmlReportWriter.Render(report, json, new HtmlReportOptions { Template = parsed, TemplateName = "fuzz.sbn", MaxRenderTime = TimeSpan.FromMilliseconds(500) });
        Positioned(result.Diagnostics, "template render", "CC0501", "CC0502");
        if (result.Html is null && !result.Diagnostics.Any(d => d.Severity == Severity.Error))
            throw new FuzzFinding("template rendered nothing, and no error says why");
    }

    // The bytes as a table for claimcheck import: every problem is a positioned CC06xx diagnostic, never an exception,
    // and the claim files written load without an error (contract section 4: the output validates).
    private static void Import(byte[] bytes)
    {
        var dir = Path.Combine(Folder.Value, "import");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, bytes.AsSpan().IndexOf((byte)'\t') >= 0 && bytes.Length % 2 == 0 ? "t.tsv" : "t.csv"), bytes);
        var table = Directory.GetFiles(dir).Single();
        var result = ClaimTableImporter.Import(table, "out", new ImportOptions(BaseDirectory: dir, MaxTableBytes: 1 << 20));
        Positioned(result.Diagnostics, "import", [.. Enumerable.Range(601, 12).Select(n => "CC0" + n)]);
        if (result.FilesWritten.Length == 0) return;
        var corpus = ClaimCorpus.Load([Path.Combine(dir, "out")], new LoadOptions(BaseDirectory: dir));
        if (corpus.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
            throw new FuzzFinding("an imported claim file does not load: " + error);
        if (corpus.Claims.Length != result.RowsImported)
            throw new FuzzFinding($"{result.RowsImported} rows imported, {corpus.Claims.Length} claims loaded");
    }

    private static void Positioned(IEnumerable<Diagnostic> diagnostics, string what, params string[] codes)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Position.Line < 1 || diagnostic.Position.Column < 1)
                throw new FuzzFinding($"{what}: diagnostic without a position: {diagnostic}");
            if (!codes.Contains(diagnostic.Code))
                throw new FuzzFinding($"{what}: unexpected code: {diagnostic}");
        }
    }

    private static void Quantity(string text)
    {
        var result = QuantityParser.Parse(text);
        Check(result.Success, result.Error, result.Offset, text, "QuantityParser");
        if (result.Success && (double.IsNaN(result.Value!.Interval.Min) || double.IsNaN(result.Value.Interval.Max) || result.Value.Interval.Min > result.Value.Interval.Max))
            throw new FuzzFinding($"QuantityParser: bad interval [{result.Value.Interval.Min}, {result.Value.Interval.Max}] for '{text}'");
    }

    private static void Period(string text)
    {
        Period(text, new DateOnly(2025, 3, 10));
        Period(text, null);
    }

    private static void Period(string? text, DateOnly? published)
    {
        var result = PeriodParser.Parse(text, published);
        Check(result.Success, result.Error, result.Offset, text ?? string.Empty, "PeriodParser");
    }

    private static void Comparison(string text)
    {
        var result = ComparisonParser.Parse(text);
        Check(result.Success, result.Error, result.Offset, text, "ComparisonParser");
    }

    private static void Check(bool success, string? error, int offset, string text, string parser)
    {
        if (success) return;
        if (string.IsNullOrEmpty(error))
            throw new FuzzFinding($"{parser}: failure without a message for '{text}'");
        if (offset < 0 || offset > text.Length)
            throw new FuzzFinding($"{parser}: offset {offset} outside the text (length {text.Length}) for '{text}'");
        // The parsers catch arithmetic/argument/format exceptions as a last guard; reaching it is a defect.
        if (error.StartsWith("cannot read this value (", StringComparison.Ordinal))
            throw new FuzzFinding($"{parser}: defect guard reached: {error} for '{text}'");
    }
}
