using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Reporting;
using ClaimCheck.Import;
using ClaimCheck.Reporting.ClaimReview;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Reporting.Sarif;
using ClaimCheck.Resolution;

namespace ClaimCheck.Cli;

/// <summary>The commands that run the engine: <c>check</c> and <c>subjects</c>.</summary>
internal static class ReportCommands
{
    private const string DefaultHtml = "claimcheck-report.html";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<Command> Build(TextWriter output, TextWriter error) =>
        [Check(output, error), Subjects(output, error), Import(output, error)];

    private static Command Check(TextWriter output, TextWriter error)
    {
        var paths = CommandLine.PathsArgument();
        var html = new Option<FileInfo?>("--html") { HelpName = "FILE", Description = $"Write the HTML report here (default {DefaultHtml} when no output option is given)" };
        var json = new Option<FileInfo?>("--json") { HelpName = "FILE", Description = "Write the JSON report here" };
        var sarif = new Option<FileInfo?>("--sarif") { HelpName = "FILE", Description = "Write a SARIF 2.1.0 log here (for code review annotations)" };
        var claimReview = new Option<FileInfo?>("--claimreview") { HelpName = "FILE", Description = "Write schema.org ClaimReview JSON-LD for each conflict here" };
        var template = new Option<FileInfo?>("--template") { HelpName = "FILE", Description = "A Scriban template replacing the built-in HTML one" };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when findings at or above this level exist",
            DefaultValueFactory = _ => "never",
        };
        failOn.AcceptOnlyFromAmong("conflict", "tension", "never");

        var command = new Command("check", "Load, validate, group and check claims; print a summary; write the reports asked for")
        {
            paths, html, json, sarif, claimReview, template, failOn,
        };
        command.SetAction(parsed =>
        {
            var corpus = ClaimCorpus.Load(parsed.GetValue(paths)!);
            var report = ClaimCheck.Engine.Check(corpus);

            var htmlFile = parsed.GetValue(html);
            var jsonFile = parsed.GetValue(json);
            var sarifFile = parsed.GetValue(sarif);
            var claimReviewFile = parsed.GetValue(claimReview);
            if (htmlFile is null && jsonFile is null && sarifFile is null && claimReviewFile is null) htmlFile = new FileInfo(DefaultHtml);

            // The machine-readable reports are written on another core while the HTML renders on this one: the
            // writers only read the report, and each file's bytes are the same as when written one after another.
            // Their "wrote" lines are kept and printed in the same order as before.
            var machineOutput = new StringWriter();
            var machineReports = jsonFile is null && sarifFile is null && claimReviewFile is null ? null : Task.Run(() =>
            {
                // JSON streams to its file; a large report is never held whole as one string.
                if (jsonFile is not null) Write(jsonFile, stream => JsonReportWriter.WriteTo(report, stream), machineOutput);
                if (sarifFile is not null) Write(sarifFile, stream => SarifReportWriter.WriteTo(report, stream), machineOutput);
                if (claimReviewFile is not null) Write(claimReviewFile, ClaimReviewWriter.ToJsonLd(report), machineOutput);
            });

            var templateFailed = false;
            var htmlDiagnostics = ImmutableArray<Diagnostic>.Empty;
            FileInfo? partial = null;
            if (htmlFile is not null)
            {
                var options = new HtmlReportOptions { TemplatePath = parsed.GetValue(template)?.FullName };
                var embedded = JsonReportWriter.ToJsonWithin(report, options.MaxEmbeddedJsonChars);
                // Rendered straight into a file beside the target (no page-sized string copies) and moved into
                // place only on success, so a template that fails leaves no page behind, as before.
                partial = new FileInfo(htmlFile.FullName + ".partial");
                Write(partial, stream =>
                {
                    using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024);
                    htmlDiagnostics = HtmlReportWriter.RenderTo(report, embedded, writer, options);
                }, TextWriter.Null);
                templateFailed = htmlDiagnostics.Any(d => d.Severity == Severity.Error);
            }

            try
            {
                machineReports?.GetAwaiter().GetResult(); // rethrows a writer's own exception, not an AggregateException
            }
            catch
            {
                partial?.Delete(); // no half-finished run leaves a page behind
                throw;
            }

            output.Write(machineOutput.ToString());
            if (htmlFile is not null && partial is not null)
            {
                CommandLine.PrintDiagnostics(htmlDiagnostics, error);
                if (templateFailed)
                {
                    partial.Delete();
                }
                else
                {
                    partial.MoveTo(htmlFile.FullName, overwrite: true);
                    output.WriteLine($"wrote {CommandLine.CorpusPath(htmlFile.FullName)}");
                }
            }

            CommandLine.PrintDiagnostics(report.Diagnostics, error);
            PrintSummary(report, output);
            return ExitCode(report, parsed.GetValue(failOn)!, templateFailed);
        });
        return command;
    }

    // Without --all, the lists stop here so the output stays under 200 lines on any corpus.
    private const int SubjectsShown = 100;
    private const int SuggestionsShown = 50;

    private static Command Subjects(TextWriter output, TextWriter error)
    {
        var paths = CommandLine.PathsArgument();
        var all = new Option<bool>("--all") { Description = "List every subject and every suggestion (by default the 100 subjects most sources speak of and the 50 likeliest suggestions)" };
        var command = new Command("subjects", "List subjects with claim and source counts, and keys that look like one subject under two names") { paths, all };
        command.SetAction(parsed =>
        {
            var corpus = ClaimCorpus.Load(parsed.GetValue(paths)!);
            CommandLine.PrintDiagnostics(corpus.Diagnostics, error);
            var catalog = SubjectCatalog.Build(corpus);
            var everything = parsed.GetValue(all);
            var rows = catalog.Subjects
                .OrderByDescending(s => s.Sources).ThenByDescending(s => s.Claims).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Take(everything ? int.MaxValue : SubjectsShown).ToList();
            var width = rows.Select(s => s.Key.Length).DefaultIfEmpty(7).Max();
            output.WriteLine($"{"subject".PadRight(width)}  claims  sources  label");
            foreach (var row in rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Key.PadRight(width)}  {row.Claims,6}  {row.Sources,7}  {(row.Registered ? row.Label : "(not in a registry)")}"));
            }

            More(output, catalog.Subjects.Length - rows.Count, "subject", "subjects");
            if (catalog.Suggestions.Length > 0)
            {
                output.WriteLine();
                output.WriteLine("Keys that may name one subject (merge them, or make one an alias of the other), likeliest first:");
                var shown = everything ? catalog.Suggestions.Length : Math.Min(SuggestionsShown, catalog.Suggestions.Length);
                foreach (var suggestion in catalog.Suggestions.Take(shown))
                    output.WriteLine($"  {suggestion.First} ~ {suggestion.Second}: {suggestion.Reason}");
                More(output, catalog.Suggestions.Length - shown, "pair", "pairs");
            }

            return corpus.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static void More(TextWriter output, int more, string one, string many)
    {
        if (more > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"and {more:#,0} more {(more == 1 ? one : many)} (--all lists them)"));
        }
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var table = new Argument<FileInfo>("TABLE") { Description = "A CSV or TSV table of claims with a header row" };
        var outDir = new Option<DirectoryInfo>("--out") { HelpName = "DIR", Description = "Folder for the claim files, one per source", Required = true };
        var command = new Command("import", "Turn a table of claims (CSV or TSV) into claim files, one per source") { table, outDir };
        command.SetAction(parsed =>
        {
            var result = ClaimTableImporter.Import(parsed.GetValue(table)!.FullName, parsed.GetValue(outDir)!.FullName);
            CommandLine.PrintDiagnostics(result.Diagnostics, error);
            foreach (var file in result.FilesWritten) output.WriteLine($"wrote {file}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.RowsImported} rows imported, {result.RowsSkipped} skipped"));
            return result.Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static int ExitCode(CheckReport report, string failOn, bool templateFailed)
    {
        if (templateFailed || report.Summary.Errors > 0) return ExitCodes.InvalidInput;
        var worst = report.Subjects.Select(s => s.Verdict).DefaultIfEmpty(Verdict.SingleSource).Max();
        return failOn switch
        {
            "conflict" when worst >= Verdict.Conflict => ExitCodes.Findings,
            "tension" when worst >= Verdict.Tension => ExitCodes.Findings,
            _ => ExitCodes.Success,
        };
    }

    private static void PrintSummary(CheckReport report, TextWriter output)
    {
        var s = report.Summary;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Sources} sources, {s.Claims} claims, {s.Subjects} subjects: {s.Conflicts} conflicts, {s.Tensions} tensions, {s.Agreements} agreements, {s.SingleSource} single-source; {s.Errors} errors, {s.Warnings} warnings"));
        foreach (var subject in report.Subjects.Where(x => x.Verdict >= Verdict.Tension).OrderByDescending(x => x.Verdict).ThenBy(x => x.Key, StringComparer.Ordinal))
        {
            var verdict = subject.Verdict == Verdict.Conflict ? "conflict" : "tension ";
            var message = subject.Findings.FirstOrDefault()?.Message; // findings come worst first
            output.WriteLine($"  {verdict}  {subject.Key}: {message}");
        }
    }

    private static void Write(FileInfo file, string text, TextWriter output) =>
        Write(file, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom);
            writer.Write(text);
        }, output);

    private static void Write(FileInfo file, Action<Stream> write, TextWriter output)
    {
        file.Directory?.Create();
        using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            write(stream);
        output.WriteLine($"wrote {CommandLine.CorpusPath(file.FullName)}");
    }
}
