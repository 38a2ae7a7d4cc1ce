using ClaimCheck.Model;

namespace ClaimCheck.Reporting;

/// <summary>Writes the JSON report of contract section 3: stable, sorted, byte-identical for the same input.</summary>
public static class JsonReportWriter
{
    /// <summary>The report as JSON text (UTF-8 without BOM when written to a file, LF line ends).</summary>
    public static string ToJson(CheckReport report) => throw new NotImplementedException("issue 4");
}
