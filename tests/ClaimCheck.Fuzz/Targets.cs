using System.Text;
using ClaimCheck.Loading;
using ClaimCheck.Quantities;

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
    public static readonly string[] Names = ["loader", "quantity", "period", "comparison"];

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
