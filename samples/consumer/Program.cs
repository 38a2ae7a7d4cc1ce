// PACKAGE.md's example, built against the packed ClaimCheck package (scripts/pack-and-consume.sh).
using ClaimCheck;

var report = ClaimChecker.Run(["claims"]);                       // load, check, resolve
foreach (var diagnostic in report.Diagnostics)
    Console.Error.WriteLine(diagnostic);                          // file(line,col): error CCnnnn: message
var template = ReportTemplate.Parse("<h1>{{ summary.conflicts }} conflicts</h1>", "mine.sbn");
var folder = Path.Combine(Path.GetTempPath(), "claimcheck-sample");
var problems = ClaimChecker.WriteFiles(report, [new ReportOutput(ReportWriters.Html, Path.Combine(folder, "report.html")),
    new ReportOutput(ReportWriters.Json, Path.Combine(folder, "report.json"))], new ReportWriteOptions { Template = template });
foreach (var subject in report.Subjects.Where(s => s.Verdict == "conflict"))
    Console.WriteLine($"{subject.Label}: {subject.Findings[0].Message} ({string.Join(", ", subject.Findings[0].Claims.Select(c => c.SourceId))})");
Console.WriteLine($"{report.Totals.Sources} sources, {report.Totals.Claims} claims, {problems.Length} write problems");
