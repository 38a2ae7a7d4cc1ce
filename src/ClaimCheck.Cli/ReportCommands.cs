using System.CommandLine;
using System.Globalization;
using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Grouping;
using ClaimCheck.Loading;
using ClaimCheck.Model;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;

namespace ClaimCheck.Cli;

/// <summary>The commands that run the engine: <c>check</c> and <c>subjects</c>.</summary>
internal static class ReportCommands
{
    private const string DefaultHtml = "claimcheck-report.html";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<Command> Build(TextWriter output, TextWriter error) => [Check(output, error), Subjects(output, error)];

    private static Command Check(TextWriter output, TextWriter error)
    {
        var paths = CommandLine.PathsArgument();
        var html = new Option<FileInfo?>("--html") { Description = $"Write the HTML report here (default {DefaultHtml} when no output option is given)" };
        var json = new Option<FileInfo?>("--json") { Description = "Write the JSON report here" };
        var template = new Option<FileInfo?>("--template") { Description = "A Scriban template replacing the built-in HTML one" };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when findings at or above this level exist",
            DefaultValueFactory = _ => "never",
        };
        failOn.AcceptOnlyFromAmong("conflict", "tension", "never");

        var command = new Command("check", "Load, validate, group and check claims; print a summary; write the reports asked for")
        {
            paths, html, json, template, failOn,
        };
        command.SetAction(parsed =>
        {
            var corpus = ClaimCorpus.Load(parsed.GetValue(paths)!);
            var report = CheckEngine.Check(corpus);
            var jsonText = JsonReportWriter.ToJson(report);

            var htmlFile = parsed.GetValue(html);
            var jsonFile = parsed.GetValue(json);
            if (htmlFile is null && jsonFile is null) htmlFile = new FileInfo(DefaultHtml);

            var templateFailed = false;
            if (htmlFile is not null)
            {
                var rendered = HtmlReportWriter.Render(report, jsonText, new HtmlReportOptions { TemplatePath = parsed.GetValue(template)?.FullName });
                CommandLine.PrintDiagnostics(rendered.Diagnostics, error);
                templateFailed = !rendered.Success;
                if (rendered.Html is not null) Write(htmlFile, rendered.Html, output);
            }

            if (jsonFile is not null) Write(jsonFile, jsonText, output);

            CommandLine.PrintDiagnostics(report.Diagnostics, error);
            PrintSummary(report, output);
            return ExitCode(report, parsed.GetValue(failOn)!, templateFailed);
        });
        return command;
    }

    private static Command Subjects(TextWriter output, TextWriter error)
    {
        var paths = CommandLine.PathsArgument();
        var command = new Command("subjects", "List subjects with claim and source counts, and keys that look like one subject under two names") { paths };
        command.SetAction(parsed =>
        {
            var corpus = ClaimCorpus.Load(parsed.GetValue(paths)!);
            CommandLine.PrintDiagnostics(corpus.Diagnostics, error);
            var catalog = SubjectCatalog.Build(corpus);
            var width = catalog.Subjects.Select(s => s.Key.Length).DefaultIfEmpty(7).Max();
            output.WriteLine($"{"subject".PadRight(width)}  claims  sources  label");
            foreach (var row in catalog.Subjects)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Key.PadRight(width)}  {row.Claims,6}  {row.Sources,7}  {(row.Registered ? row.Label : "(not in a registry)")}"));
            }

            if (catalog.Suggestions.Length > 0)
            {
                output.WriteLine();
                output.WriteLine("Keys that may name one subject (merge them, or make one an alias of the other):");
                foreach (var suggestion in catalog.Suggestions)
                    output.WriteLine($"  {suggestion.First} ~ {suggestion.Second}: {suggestion.Reason}");
            }

            return corpus.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
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

    private static void Write(FileInfo file, string text, TextWriter output)
    {
        file.Directory?.Create();
        File.WriteAllText(file.FullName, text, Utf8NoBom);
        output.WriteLine($"wrote {CommandLine.CorpusPath(file.FullName)}");
    }
}
