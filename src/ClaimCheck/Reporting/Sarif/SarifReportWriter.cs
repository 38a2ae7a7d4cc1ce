using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Core;
using ClaimCheck.Checking;

namespace ClaimCheck.Reporting.Sarif;

/// <summary>
/// Writes a <see cref="CheckReport"/> as SARIF 2.1.0, the format code scanning (GitHub, Azure DevOps,
/// VS Code's SARIF viewer) reads: one result per conflict (level <c>error</c>), tension (level
/// <c>warning</c>) or unchecked subject (level <c>note</c>: sources that could not be compared), located at
/// the first claim of the finding with the other claims as related locations, plus one result per
/// diagnostic (rule id = its CC code). Agreements and consistent findings are not results.
/// Deterministic: the same report gives byte-identical text (LF line ends, final newline).
/// </summary>
internal static class SarifReportWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The SARIF 2.1.0 JSON schema the output names in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The prefix of the rule ids of findings: <c>CC-quantity</c>, <c>CC-category</c>…</summary>
    public const string FindingRulePrefix = "CC-";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What each rule of the engine checks, by <see cref="Finding.Rule"/>; rules not listed get a generic text.</summary>
    private static readonly ImmutableSortedDictionary<string, string> KnownRules = new Dictionary<string, string>
    {
        ["quantity"] = "Figures for one subject and period whose ranges do not overlap.",
        ["bound"] = "Bounds in the same direction whose figures differ by more than the tolerance.",
        ["category"] = "Different categories for one subject that no 'within' or 'same' entry reconciles.",
        ["comparison"] = "A comparison between two subjects that the figures given for them refute.",
        ["baseline"] = "One subject compared against different baselines with no figures to check them.",
        ["running-total"] = "A running total from the same start whose later figure is smaller than the earlier.",
        ["own-conversion"] = "An article's figure and its own conversion into another currency, which differ only by the rate used.",
        ["status"] = "A planned, target or estimated value against a reported one.",
        ["period"] = "A contradiction that rests on a period that could not be resolved.",
        ["unchecked"] = "Two or more sources speak of a subject, but their claims could not be compared.",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The report as SARIF 2.1.0 JSON text.</summary>
    /// <param name="report">The checked corpus.</param>
    public static string ToSarif(CheckReport report)
    {
        using var buffer = new MemoryStream();
        WriteTo(report, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the report as SARIF 2.1.0 (UTF-8 without BOM, LF line ends, final newline).</summary>
    /// <param name="report">The checked corpus.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteTo(CheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);

        var claimsByRef = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in report.Subjects.SelectMany(s => s.Claims))
            claimsByRef.TryAdd(claim.Claim.Ref, claim.Claim);

        var findings = report.Subjects
            .SelectMany(s => s.Findings.Where(f => f.Kind is FindingKind.Conflict or FindingKind.Tension or FindingKind.Unchecked).Select(f => (Subject: s, Finding: f)))
            .ToList();
        var diagnostics = report.Diagnostics.ToList();

        // Rules: every rule a result references, findings' first (sorted), then diagnostic codes (sorted).
        var findingRules = findings.Select(f => f.Finding.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var codeRules = diagnostics.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in findingRules) ruleIndex[FindingRulePrefix + rule] = ruleIndex.Count;
        foreach (var code in codeRules) ruleIndex.TryAdd(code, ruleIndex.Count);

        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", Version);
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "claimcheck");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in findingRules)
        {
            var text = KnownRules.TryGetValue(rule, out var known) ? known : $"Findings of the '{rule}' rule.";
            WriteRule(json, FindingRulePrefix + rule, rule, text);
        }

        foreach (var code in codeRules)
        {
            var example = diagnostics.First(d => d.Code == code);
            WriteRule(json, code, code, $"ClaimCheck input diagnostic {code} (see docs/diagnostics.md), e.g.: {example.Message}");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "unicodeCodePoints");
        json.WriteStartArray("results");
        foreach (var (subject, finding) in findings)
            WriteFindingResult(json, subject, finding, ruleIndex, claimsByRef);
        foreach (var diagnostic in diagnostics)
            WriteDiagnosticResult(json, diagnostic, ruleIndex);
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteRule(Utf8JsonWriter json, string id, string name, string description)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", description);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFindingResult(
        Utf8JsonWriter json, SubjectResult subject, Finding finding,
        Dictionary<string, int> ruleIndex, Dictionary<string, Claim> claimsByRef)
    {
        var ruleId = FindingRulePrefix + finding.Rule;
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        json.WriteNumber("ruleIndex", ruleIndex[ruleId]);
        json.WriteString("kind", "fail");
        json.WriteString("level", finding.Kind switch { FindingKind.Conflict => "error", FindingKind.Tension => "warning", _ => "note" });
        json.WriteStartObject("message");
        json.WriteString("text", $"{subject.Label} ({subject.Key}): {finding.Message} [{string.Join(", ", finding.Claims)}]");
        json.WriteEndObject();

        var located = finding.Claims.Where(claimsByRef.ContainsKey).Select(r => claimsByRef[r]).ToList();
        json.WriteStartArray("locations");
        if (located.Count > 0) WriteLocation(json, located[0].Position, null, null);
        json.WriteEndArray();

        if (located.Count > 1)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 1; i < located.Count; i++)
                WriteLocation(json, located[i].Position, i, located[i].Ref);
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("claimcheckFinding/v1", $"{subject.Key}|{finding.Rule}|{string.Join(",", finding.Claims)}");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("subject", subject.Key);
        json.WriteString("kind", ContractWords.Of(finding.Kind));
        json.WriteStartArray("claims");
        foreach (var claimRef in finding.Claims) json.WriteStringValue(claimRef);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDiagnosticResult(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
        json.WriteString("level", diagnostic.Severity == Severity.Error ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (HasFile(diagnostic.Position)) WriteLocation(json, diagnostic.Position, null, null);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static bool HasFile(SourcePosition position) =>
        !string.IsNullOrEmpty(position.File) && position.File != ".";

    private static void WriteLocation(Utf8JsonWriter json, SourcePosition position, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is { } value) json.WriteNumber("id", value);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(position.File));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, position.Line));
        json.WriteNumber("startColumn", Math.Max(1, position.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>A relative path as a SARIF relative URI reference: forward slashes, each segment percent-encoded.</summary>
    internal static string ToUri(string file)
    {
        var path = file.Replace('\\', '/');
        if (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }
}
