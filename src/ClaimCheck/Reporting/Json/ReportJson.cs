using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Resolution;
using ClaimCheck.Normalisation;
using System.Collections.Immutable;
using ClaimCheck.Quantities;

namespace ClaimCheck.Reporting.Json;

/// <summary>
/// The JSON shape of a report, property by property in the contract's order. Utf8JsonWriter is
/// culture-free and writes doubles in their shortest round-trip form; infinite ends become null.
/// </summary>
internal sealed class ReportJson
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

    // Property names encoded once: the writer then neither validates nor escapes them per value.
    private static readonly JsonEncodedText Tool = E("tool"), Name = E("name"), Version = E("version"), Summary = E("summary"),
        Sources = E("sources"), Claims = E("claims"), Subjects = E("subjects"), Conflicts = E("conflicts"),
        Tensions = E("tensions"), Agreements = E("agreements"), SingleSource = E("singleSource"), Errors = E("errors"),
        Warnings = E("warnings"), Id = E("id"), Title = E("title"), Outlet = E("outlet"), Url = E("url"),
        Published = E("published"), File = E("file"), Key = E("key"), Label = E("label"), Verdict = E("verdict"),
        Findings = E("findings"), Trust = E("trust"), Dependence = E("dependence"), Source = E("source"),
        Probability = E("probability"), Shared = E("shared"), SameValues = E("sameValues"), Resolved = E("resolved"),
        Period = E("period"), Value = E("value"), Min = E("min"), Max = E("max"), Confidence = E("confidence"),
        Ref = E("ref"), Line = E("line"), Compare = E("compare"), Unit = E("unit"), Status = E("status"),
        Quote = E("quote"), Note = E("note"), Rate = E("rate"), YearUnknown = E("yearUnknown"), HighYear = E("highYear"), HighPerUsd = E("highPerUsd"), Currency = E("currency"), Year = E("year"),
        PerUsd = E("perUsd"), Kind = E("kind"), Rule = E("rule"), Message = E("message"), Diagnostics = E("diagnostics"),
        Severity = E("severity"), Code = E("code"), Column = E("column"), ClaimcheckName = E("claimcheck"),
        ErrorWord = E("error"), WarningWord = E("warning"),
        Text = E("text"), QuoteFound = E("quoteFound"), QuoteOffset = E("quoteOffset"),
        Consistent = E("consistent"), Unchecked = E("unchecked"),
        AttributedTo = E("attributedTo"), Timeless = E("timeless");

    private readonly Utf8JsonWriter json;
    private readonly Stream stream;

    private ReportJson(Utf8JsonWriter json, Stream stream)
    {
        this.json = json;
        this.stream = stream;
    }

    /// <summary>Writes the report; stops early (leaving the JSON unfinished) once a bounded buffer has overflowed.</summary>
    public static void Write(CheckReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            if (!new ReportJson(json, stream).WriteReport(report)) return;
        }

        stream.WriteByte((byte)'\n');
    }

    private static JsonEncodedText E(string name) => JsonEncodedText.Encode(name);

    private bool WriteReport(CheckReport report)
    {
        json.WriteStartObject();
        WriteTool(report);
        WriteSummary(report.Summary);
        if (!WriteSources(report) || !WriteSubjects(report) || !WriteDiagnostics(report)) return false;
        json.WriteEndObject();
        return true;
    }

    private void WriteTool(CheckReport report)
    {
        json.WriteStartObject(Tool);
        json.WriteString(Name, ClaimcheckName);
        json.WriteString(Version, report.ToolVersion);
        json.WriteEndObject();
    }

    private void WriteSummary(ReportSummary s)
    {
        json.WriteStartObject(Summary);
        json.WriteNumber(Sources, s.Sources);
        json.WriteNumber(Claims, s.Claims);
        json.WriteNumber(Subjects, s.Subjects);
        json.WriteNumber(Conflicts, s.Conflicts);
        json.WriteNumber(Tensions, s.Tensions);
        json.WriteNumber(Agreements, s.Agreements);
        json.WriteNumber(Consistent, s.Consistent);
        json.WriteNumber(Unchecked, s.Unchecked);
        json.WriteNumber(SingleSource, s.SingleSource);
        json.WriteNumber(Errors, s.Errors);
        json.WriteNumber(Warnings, s.Warnings);
        json.WriteEndObject();
    }

    private bool WriteSources(CheckReport report)
    {
        var claimsBySource = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var subject in report.Subjects)
        {
            foreach (var c in subject.Claims)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(claimsBySource, c.Claim.SourceId, out _)++;
            }
        }

        var trust = report.Trust.ToDictionary(t => t.SourceId, StringComparer.Ordinal);
        var dependence = DependenceIndex.Build(report.Dependence);
        Span<char> day = stackalloc char[16];
        json.WriteStartArray(Sources);
        foreach (var source in report.Sources)
        {
            json.WriteStartObject();
            json.WriteString(Id, source.Id);
            json.WriteString(Title, source.Title);
            json.WriteString(Outlet, source.Outlet);
            json.WriteString(Url, source.Url);
            if (source.Published is { } published)
            {
                published.TryFormat(day, out var length, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                json.WriteString(Published, day[..length]);
            }
            else
            {
                json.WriteNull(Published);
            }

            if (source.Text is not null) json.WriteString(Text, source.Text);
            json.WriteString(File, source.File);
            json.WriteNumber(Claims, claimsBySource.GetValueOrDefault(source.Id));
            WriteTrust(source.Id, trust.GetValueOrDefault(source.Id), dependence.GetValueOrDefault(source.Id));
            json.WriteEndObject();
            if (!FlushSometimes()) return false;
        }

        json.WriteEndArray();
        return true;
    }

    private bool WriteSubjects(CheckReport report)
    {
        json.WriteStartArray(Subjects);
        foreach (var subject in report.Subjects)
        {
            json.WriteStartObject();
            json.WriteString(Key, subject.Key);
            json.WriteString(Label, subject.Label);
            json.WriteString(Verdict, ContractWords.Of(subject.Verdict));
            if (subject.Timeless)
            {
                json.WriteBoolean(Timeless, true);
            }

            json.WriteStartArray(Claims);
            foreach (var claim in subject.Claims)
            {
                WriteClaim(claim);

                // A subject may hold every claim of the corpus: flush inside it too.
                if (!FlushSometimes()) return false;
            }

            json.WriteEndArray();
            json.WriteStartArray(Findings);
            foreach (var finding in subject.Findings)
            {
                WriteFinding(finding);
            }

            json.WriteEndArray();
            if (!WriteResolved(report.ResolvedOf(subject), subject.Claims.Any(c => c.Quantity?.Unit == DateUnit))) return false;
            json.WriteEndObject();
        }

        json.WriteEndArray();
        return true;
    }

    // Contract section 3, resolution and trust: 0 to 1, rounded to 4 places so the report stays readable and stable.
    private void WriteTrust(string sourceId, SourceTrust? trust, List<SourceDependence>? dependence)
    {
        if (trust is null)
        {
            json.WriteNull(Trust);
        }
        else
        {
            json.WriteNumber(Trust, Math.Round(trust.Trust, 4));
        }

        json.WriteStartArray(Dependence);
        foreach (var d in dependence ?? [])
        {
            json.WriteStartObject();
            json.WriteString(Source, d.SourceA == sourceId ? d.SourceB : d.SourceA);
            json.WriteNumber(Probability, Math.Round(d.Probability, 4));
            json.WriteNumber(Shared, d.Shared);
            json.WriteNumber(SameValues, d.SameValues);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // A subject of dates resolves to days, written as ISO dates as its claims' bounds are.
    private bool WriteResolved(ImmutableArray<ResolvedValue> resolved, bool dates)
    {
        json.WriteStartArray(Resolved);
        foreach (var r in resolved)
        {
            json.WriteStartObject();
            json.WriteString(Period, r.Period);
            json.WriteString(Value, r.Value);
            WriteBound(Min, r.Min, dates);
            WriteBound(Max, r.Max, dates);
            json.WriteNumber(Confidence, Math.Round(r.Confidence, 4));
            json.WriteStartArray(Claims);
            foreach (var c in r.Claims)
            {
                json.WriteStringValue(c);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (!FlushSometimes()) return false;
        }

        json.WriteEndArray();
        return true;
    }

    /// <summary>Hands the pending bytes to the stream when there are enough; false once a bounded buffer has overflowed.</summary>
    private bool FlushSometimes()
    {
        if (json.BytesPending >= FlushThreshold) json.Flush();
        return stream is not ChunkedUtf8Buffer { Overflowed: true };
    }

    [MethodImpl(HotPath.Optimize)]
    private void WriteClaim(CheckedClaim c)
    {
        var claim = c.Claim;
        json.WriteStartObject();
        WriteRef(claim);
        json.WriteString(File, claim.File);
        json.WriteNumber(Line, claim.Position.Line);
        if (claim.Compare is not null)
        {
            json.WriteString(Compare, claim.Compare);
        }
        else
        {
            json.WriteString(Value, claim.Value);
        }

        var q = c.Quantity;
        var isDate = q?.Unit == DateUnit;
        WriteBound(Min, q?.Interval.Min, isDate);
        WriteBound(Max, q?.Interval.Max, isDate);
        json.WriteString(Unit, q?.Unit);
        json.WriteString(Period, PeriodDisplay.Of(c.Period));
        json.WriteString(Status, ContractWords.Of(claim.Status));
        json.WriteString(Quote, claim.Quote);
        if (claim.QuoteCheck is { } quoteCheck)
        {
            // Only for claims whose source gives the article (source.text): found, and where (null when not found).
            json.WriteBoolean(QuoteFound, quoteCheck.Found);
            if (quoteCheck.Offset is { } offset) json.WriteNumber(QuoteOffset, offset);
            else json.WriteNull(QuoteOffset);
        }

        if (claim.AttributedTo is not null)
        {
            json.WriteString(AttributedTo, claim.AttributedTo);
        }

        if (claim.Note is not null)
        {
            json.WriteString(Note, claim.Note);
        }

        if (q?.Rate is { } rate)
        {
            json.WriteStartObject(Rate);
            json.WriteString(Currency, rate.Currency);
            json.WriteNumber(Year, rate.Year);
            json.WriteNumber(PerUsd, rate.PerUsd);
            if (q.RateHigh is { } high)
            {
                // The claim's year is unknown: the figures span every rate of the table, from this one to the highest.
                json.WriteBoolean(YearUnknown, true);
                json.WriteNumber(HighYear, high.Year);
                json.WriteNumber(HighPerUsd, high.PerUsd);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteRef(Claim claim)
    {
        Span<char> text = stackalloc char[ClaimRefs.MaxStackLength];
        if (ClaimRefs.TryWrite(claim, text, out var length))
        {
            json.WriteString(Ref, text[..length]);
        }
        else
        {
            json.WriteString(Ref, claim.Ref);
        }
    }

    private const string DateUnit = "date";

    // A date's bounds are day numbers: the report writes them as ISO dates ("2018-10-24").
    private void WriteBound(JsonEncodedText name, double? value, bool isDate = false)
    {
        if (value is { } v && double.IsFinite(v) && isDate && v >= DateOnly.MinValue.DayNumber && v <= DateOnly.MaxValue.DayNumber)
        {
            json.WriteString(name, DateOnly.FromDayNumber((int)Math.Round(v)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (value is { } n && double.IsFinite(n))
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void WriteFinding(Finding f)
    {
        json.WriteStartObject();
        json.WriteString(Kind, ContractWords.Of(f.Kind));
        json.WriteString(Rule, f.Rule);
        json.WriteStartArray(Claims);
        foreach (var r in f.Claims)
        {
            json.WriteStringValue(r);
        }

        json.WriteEndArray();
        json.WriteString(Message, f.Message);
        json.WriteEndObject();
    }

    private bool WriteDiagnostics(CheckReport report)
    {
        json.WriteStartArray(Diagnostics);
        foreach (var d in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString(Severity, d.Severity == Core.Severity.Error ? ErrorWord : WarningWord);
            json.WriteString(Code, d.Code);
            json.WriteString(File, d.Position.File);
            json.WriteNumber(Line, d.Position.Line);
            json.WriteNumber(Column, d.Position.Column);
            json.WriteString(Message, d.Message);
            json.WriteEndObject();
            if (!FlushSometimes()) return false;
        }

        json.WriteEndArray();
        return true;
    }
}
