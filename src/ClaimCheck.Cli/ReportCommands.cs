using System.CommandLine;
using System.Globalization;
using System.Text;
using ClaimCheck.Core;

namespace ClaimCheck.Cli;

/// <summary>The commands that run the engine: <c>check</c>, <c>subjects</c> and <c>import</c>.</summary>
internal static class ReportCommands
{
    private const string DefaultHtml = "claimcheck-report.html";
    private static readonly string[] FailOnLevels = ["conflict", "tension", "never"];
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<Command> Build(Session session) =>
        [Check(session), Subjects(session), Import(session)];

    private static Command Check(Session session)
    {
        var paths = CommandLine.PathsArgument();
        var html = new Option<string?>("--html") { HelpName = "FILE", Description = $"Write the HTML report here (default {DefaultHtml} when no output option is given)" };
        var json = new Option<string?>("--json") { HelpName = "FILE", Description = "Write the JSON report here ('-': standard output)" };
        var sarif = new Option<string?>("--sarif") { HelpName = "FILE", Description = "Write a SARIF 2.1.0 log here (for code review annotations)" };
        var claimReview = new Option<string?>("--claimreview") { HelpName = "FILE", Description = "Write schema.org ClaimReview JSON-LD for each conflict here" };
        var template = new Option<string?>("--template") { HelpName = "FILE", Description = "A Scriban template replacing the built-in HTML one" };
        var failOn = Words.Level(new Option<string>("--fail-on")
        {
            HelpName = "conflict|tension|never",
            Description = "Exit 1 when findings at or above this level exist",
            DefaultValueFactory = _ => "never",
        }, FailOnLevels);

        var command = new Command("check", "Load, validate, group and check claims; print a summary; write the reports asked for")
        {
            paths, html, json, sarif, claimReview, template, failOn,
        };
        command.SetAction(parsed =>
        {
            var inputs = parsed.GetValue(paths)!;
            var outputs = new List<ReportOutput>();
            void Add(Option<string?> option, IReportWriter writer)
            {
                if (parsed.GetValue(option) is { } path) outputs.Add(new ReportOutput(writer, path));
            }

            Add(json, ReportWriters.Json);
            Add(sarif, ReportWriters.Sarif);
            Add(claimReview, ReportWriters.ClaimReview);
            Add(html, ReportWriters.Html);
            if (outputs.Count == 0) outputs.Add(new ReportOutput(ReportWriters.Html, DefaultHtml));

            var options = new ReportWriteOptions();
            if (parsed.GetValue(template) is { } templatePath)
            {
                var parsedTemplate = ReportTemplate.Load(templatePath);
                if (!parsedTemplate.IsValid)
                {
                    session.PrintDiagnostics(parsedTemplate.Diagnostics);
                    return ExitCodes.InvalidInput;
                }

                options = options with { Template = parsedTemplate };
            }

            // '-' writes that report to standard output: the process's own, or (when hosted, as in tests) the given writer.
            var raw = session.RawOutput; // a report is bytes, not terminal text
            var toStandardOutput = outputs.Any(o => o.Path == "-");
            using var standardOutput = ReferenceEquals(raw, Console.Out) ? Console.OpenStandardOutput() : new MemoryStream();
            var (report, written) = ProgressDisplay.Run(session, progress =>
            {
                var report = ClaimChecker.Run(inputs, null, progress);
                return (report, ClaimChecker.WriteFilesAndStandardOutput(report, outputs, options, inputs, standardOutput, progress));
            }, show: !(toStandardOutput && session.Terminal.OutputIsTerminal));
            if (standardOutput is MemoryStream captured) raw.Write(Utf8NoBom.GetString(captured.ToArray()));
            var failed = written.Any(d => d.Severity == Severity.Error);
            session.PrintDiagnostics(report.Diagnostics);
            session.PrintDiagnostics(written);
            var summary = toStandardOutput ? session.Error : session.Out; // standard output then carries only the report
            if (session.Verbosity != Verbosity.Quiet) CheckSummary.Print(report, summary, session.Verbosity == Verbosity.Detailed);
            if (!failed)
            {
                foreach (var o in outputs.Where(o => o.Path != "-")) session.Wrote(Session.Shown(o.Path), summary);
            }

            return ExitCode(report, parsed.GetValue(failOn)!, failed);
        });
        return command;
    }

    // Without --all, the lists stop here so the output stays under 200 lines on any corpus.
    private const int SubjectsShown = 100;
    private const int SuggestionsShown = 50;

    private static Command Subjects(Session session)
    {
        var paths = CommandLine.PathsArgument();
        var all = new Option<bool>("--all") { Description = "List every subject and every suggestion (by default the 100 subjects most sources speak of and the 50 likeliest suggestions)" };
        var command = new Command("subjects", "List subjects with claim and source counts, and keys that look like one subject under two names") { paths, all };
        command.SetAction(parsed =>
        {
            var (corpus, catalog) = ProgressDisplay.Run(session, progress => ClaimChecker.Subjects(parsed.GetValue(paths)!, progress));
            session.PrintDiagnostics(corpus.Diagnostics);
            var output = session.Out;
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
            if (catalog.Pairs.Length > 0)
            {
                output.WriteLine();
                output.WriteLine("Keys that may name one subject (merge them, or make one an alias of the other), likeliest first:");
                var shown = everything ? catalog.Pairs.Length : Math.Min(SuggestionsShown, catalog.Pairs.Length);
                foreach (var suggestion in catalog.Pairs.Take(shown))
                    output.WriteLine($"  {suggestion.First} ~ {suggestion.Second}: {suggestion.Reason}");
                More(output, catalog.Pairs.Length - shown, "pair", "pairs");
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

    private static Command Import(Session session)
    {
        var table = new Argument<FileInfo>("TABLE") { Description = "A CSV or TSV table of claims with a header row" };
        var outDir = new Option<DirectoryInfo>("--out") { HelpName = "DIR", Description = "Folder for the claim files, one per source", Required = true };
        var command = new Command("import", "Turn a table of claims (CSV or TSV) into claim files, one per source") { table, outDir };
        command.SetAction(parsed =>
        {
            var result = ClaimChecker.Import(parsed.GetValue(table)!.FullName, parsed.GetValue(outDir)!.FullName);
            session.PrintDiagnostics(result.Diagnostics);
            foreach (var file in result.FilesWritten) session.Wrote(file);
            session.Summary($"{Plural.Count(result.RowsImported, "row")} imported, {result.RowsSkipped} skipped");
            return result.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static int ExitCode(Report report, string failOn, bool writeFailed)
    {
        if (writeFailed || report.Totals.Errors > 0) return ExitCodes.InvalidInput;
        var conflict = report.Totals.Conflicts > 0;
        var tension = conflict || report.Totals.Tensions > 0;
        return failOn.ToLowerInvariant() switch
        {
            "conflict" when conflict => ExitCodes.Findings,
            "tension" when tension => ExitCodes.Findings,
            _ => ExitCodes.Success,
        };
    }
}
