using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClaimCheck.Checking;
using ClaimCheck.Model;

namespace ClaimCheck.Reporting.Json;

/// <summary>
/// The JSON shape of a report, property by property in the contract's order. Utf8JsonWriter is
/// culture-free and writes doubles in their shortest round-trip form; infinite ends become null.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Readable non-ASCII (¥, é) but HTML-significant characters stay escaped, so the JSON is safe inside a page.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // Bytes the writer may hold before handing them to the stream: without flushes it buffers the whole report.
    private const int FlushThreshold = 1 << 16;

    public static void Write(CheckReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            WriteTool(json, report);
            WriteSummary(json, report.Summary);
            WriteSources(json, report);
            WriteSubjects(json, report);
            WriteDiagnostics(json, report);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteTool(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject("tool");
        json.WriteString("name", "claimcheck");
        json.WriteString("version", report.ToolVersion);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary s)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("sources", s.Sources);
        json.WriteNumber("claims", s.Claims);
        json.WriteNumber("subjects", s.Subjects);
        json.WriteNumber("conflicts", s.Conflicts);
        json.WriteNumber("tensions", s.Tensions);
        json.WriteNumber("agreements", s.Agreements);
        json.WriteNumber("singleSource", s.SingleSource);
        json.WriteNumber("errors", s.Errors);
        json.WriteNumber("warnings", s.Warnings);
        json.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter json, CheckReport report)
    {
        var claimsBySource = report.Subjects
            .SelectMany(s => s.Claims)
            .GroupBy(c => c.Claim.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        json.WriteStartArray("sources");
        foreach (var source in report.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("title", source.Title);
            json.WriteString("outlet", source.Outlet);
            json.WriteString("url", source.Url);
            json.WriteString("published", source.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("file", source.File);
            json.WriteNumber("claims", claimsBySource.GetValueOrDefault(source.Id));
            json.WriteEndObject();
            FlushSometimes(json);
        }

        json.WriteEndArray();
    }

    private static void WriteSubjects(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartArray("subjects");
        foreach (var subject in report.Subjects)
        {
            json.WriteStartObject();
            json.WriteString("key", subject.Key);
            json.WriteString("label", subject.Label);
            json.WriteString("verdict", VerdictWord(subject.Verdict));
            json.WriteStartArray("claims");
            foreach (var claim in subject.Claims)
            {
                WriteClaim(json, claim);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in subject.Findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushSometimes(json);
        }

        json.WriteEndArray();
    }

    private static void FlushSometimes(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold) json.Flush();
    }

    private static void WriteClaim(Utf8JsonWriter json, CheckedClaim c)
    {
        json.WriteStartObject();
        json.WriteString("ref", c.Claim.Ref);
        json.WriteString("file", c.Claim.File);
        json.WriteNumber("line", c.Claim.Position.Line);
        if (c.Claim.Compare is not null)
        {
            json.WriteString("compare", c.Claim.Compare);
        }
        else
        {
            json.WriteString("value", c.Claim.Value);
        }

        var q = c.Quantity;
        WriteBound(json, "min", q?.Interval.Min);
        WriteBound(json, "max", q?.Interval.Max);
        json.WriteString("unit", q?.Unit);
        json.WriteString("period", PeriodDisplay.Of(c.Period));
        json.WriteString("status", ClaimStatusOf.JsonWord(c.Claim.Status));
        json.WriteString("quote", c.Claim.Quote);
        if (c.Claim.Note is not null)
        {
            json.WriteString("note", c.Claim.Note);
        }

        if (q?.Rate is { } rate)
        {
            json.WriteStartObject("rate");
            json.WriteString("currency", rate.Currency);
            json.WriteNumber("year", rate.Year);
            json.WriteNumber("perUsd", rate.PerUsd);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteBound(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindWord(f.Kind));
        json.WriteString("rule", f.Rule);
        json.WriteStartArray("claims");
        foreach (var r in f.Claims)
        {
            json.WriteStringValue(r);
        }

        json.WriteEndArray();
        json.WriteString("message", f.Message);
        json.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("file", d.Position.File);
            json.WriteNumber("line", d.Position.Line);
            json.WriteNumber("column", d.Position.Column);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
            FlushSometimes(json);
        }

        json.WriteEndArray();
    }

    /// <summary>The contract's words for verdicts.</summary>
    public static string VerdictWord(Verdict v) => v switch
    {
        Verdict.Conflict => "conflict",
        Verdict.Tension => "tension",
        Verdict.Agreement => "agreement",
        _ => "single-source",
    };

    /// <summary>The contract's words for finding kinds.</summary>
    public static string KindWord(FindingKind k) => k switch
    {
        FindingKind.Conflict => "conflict",
        FindingKind.Tension => "tension",
        _ => "agreement",
    };
}
