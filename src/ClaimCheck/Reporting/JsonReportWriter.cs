using ClaimCheck.Core;
using ClaimCheck.Reporting.Json;

namespace ClaimCheck.Reporting;

/// <summary>Writes the JSON report of contract section 3: stable, sorted, byte-identical for the same input.</summary>
internal static class JsonReportWriter
{
    /// <summary>The report as JSON text (UTF-8 without BOM when written to a file, LF line ends).</summary>
    public static string ToJson(CheckReport report)
    {
        using var buffer = new ChunkedUtf8Buffer();
        WriteTo(report, buffer);
        return buffer.Decode();
    }

    /// <summary>
    /// The report as JSON text when its UTF-8 form has at most <paramref name="maxBytes"/> bytes, otherwise
    /// null: a large report is counted and dropped, never held whole in memory.
    /// </summary>
    public static string? ToJsonWithin(CheckReport report, long maxBytes)
    {
        using var buffer = new ChunkedUtf8Buffer(maxBytes);
        WriteTo(report, buffer);
        return buffer.Overflowed ? null : buffer.Decode();
    }

    /// <summary>Writes the report as UTF-8 JSON (no BOM, LF line ends, final newline) to <paramref name="stream"/>.</summary>
    public static void WriteTo(CheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        ReportJson.Write(report, stream);
    }
}
