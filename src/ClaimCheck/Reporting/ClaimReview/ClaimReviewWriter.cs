using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Core;
using ClaimCheck.Reporting.Json;
using ClaimCheck.Checking;

namespace ClaimCheck.Reporting.ClaimReview;

/// <summary>
/// Writes schema.org <c>ClaimReview</c> JSON-LD (the markup fact-check search features read): one
/// object per conflict finding, reviewing the finding's first claim as "Contradicted by other
/// sources", with the other claims named in <c>reviewBody</c>. Deterministic (no dates), and safe to
/// embed in an HTML <c>&lt;script type="application/ld+json"&gt;</c> element: <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, quotes and non-ASCII characters are written as <c>\uXXXX</c> escapes.
/// </summary>
internal static class ClaimReviewWriter
{
    /// <summary>The rating's text, as fact-check markup shows it.</summary>
    public const string ContradictedRating = "Contradicted by other sources";

    /// <summary>The rating's value on the 1 (worst) to 5 (best) scale.</summary>
    public const int ContradictedRatingValue = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>A JSON array of <c>ClaimReview</c> objects, one per conflict finding (an empty array when there is none).</summary>
    /// <param name="report">The checked corpus.</param>
    /// <param name="reportUrl">
    /// The address of the HTML report the reviews point into; each review's <c>url</c> is this plus
    /// <c>#SUBJECT-KEY</c>. Empty (the default) gives bare anchors such as <c>#smic.leading-node</c>.
    /// </param>
    public static string ToJsonLd(CheckReport report, string reportUrl = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reportUrl);
        using var buffer = new ChunkedUtf8Buffer();
        Write(report, reportUrl, buffer);
        return buffer.Decode();
    }

    /// <summary>
    /// The JSON-LD (bare anchors) when it has at most <paramref name="maxChars"/> characters, otherwise null;
    /// writing stops as soon as it is too long. Every non-ASCII character is escaped, so bytes are characters.
    /// </summary>
    internal static string? ToJsonLdWithin(CheckReport report, long maxChars)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new ChunkedUtf8Buffer(maxChars);
        Write(report, "", buffer);
        return buffer.Overflowed ? null : buffer.Decode();
    }

    private static void Write(CheckReport report, string reportUrl, ChunkedUtf8Buffer buffer)
    {
        var sources = report.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var claims = ReviewedClaims(report);

        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var subject in report.Subjects)
            {
                foreach (var finding in subject.Findings.Where(f => f.Kind == FindingKind.Conflict))
                {
                    var reviewed = finding.Claims.Where(claims.ContainsKey).Select(r => claims[r]).ToList();
                    if (reviewed.Count == 0) continue;
                    WriteReview(json, subject, finding, reviewed, sources, reportUrl);
                }

                // Hand bytes on as they come (the writer would otherwise hold them all), and stop once too many.
                if (json.BytesPending >= 1 << 16) json.Flush();
                if (buffer.Overflowed) return;
            }

            json.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The first claim of each ref that a conflict names. Only those refs are kept, and each claim's ref is
    /// compared as a span: no string per claim of the corpus.
    /// </summary>
    private static Dictionary<string, Claim> ReviewedClaims(CheckReport report)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subject in report.Subjects)
        {
            foreach (var finding in subject.Findings)
            {
                if (finding.Kind == FindingKind.Conflict) wanted.UnionWith(finding.Claims);
            }
        }

        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        if (wanted.Count == 0) return claims;
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> text = stackalloc char[ClaimRefs.MaxStackLength];
        foreach (var subject in report.Subjects)
        {
            foreach (var checkedClaim in subject.Claims)
            {
                var claim = checkedClaim.Claim;
                var name = ClaimRefs.TryWrite(claim, text, out var length) ? text[..length] : claim.Ref.AsSpan();
                if (lookup.TryGetValue(name, out var key)) claims.TryAdd(key, claim);
            }
        }

        return claims;
    }

    /// <summary>What a claim says, as a reader would quote it: the quote when there is one, else the subject and value.</summary>
    internal static string ClaimText(SubjectResult subject, Claim claim)
    {
        if (!string.IsNullOrWhiteSpace(claim.Quote)) return claim.Quote.Trim();
        var said = claim.Value ?? claim.Compare ?? "";
        var period = string.IsNullOrWhiteSpace(claim.Period) ? "" : $" ({claim.Period})";
        return $"{subject.Label}: {said}{period}";
    }

    private static void WriteReview(
        Utf8JsonWriter json, SubjectResult subject, Finding finding, List<Claim> reviewed,
        Dictionary<string, Source> sources, string reportUrl)
    {
        var first = reviewed[0];
        sources.TryGetValue(first.SourceId, out var source);

        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ClaimReview");
        json.WriteString("url", reportUrl + "#" + subject.Key);
        json.WriteString("claimReviewed", ClaimText(subject, first));
        json.WriteString("reviewBody", $"{finding.Message} ({string.Join(", ", finding.Claims)})");

        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", "ClaimCheck");
        json.WriteEndObject();

        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteNumber("ratingValue", ContradictedRatingValue);
        json.WriteNumber("bestRating", 5);
        json.WriteNumber("worstRating", 1);
        json.WriteString("alternateName", ContradictedRating);
        json.WriteEndObject();

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        if (source is not null)
        {
            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            json.WriteString("name", source.Outlet ?? source.Title);
            json.WriteEndObject();
            if (source.Published is { } published)
                json.WriteString("datePublished", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartObject("appearance");
            json.WriteString("@type", "CreativeWork");
            json.WriteString("headline", source.Title);
            if (source.Url is not null) json.WriteString("url", source.Url);
            if (source.Outlet is not null)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", source.Outlet);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
