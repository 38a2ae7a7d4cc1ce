namespace ClaimCheck.Cli;

/// <summary>
/// What <c>check</c> prints: the counts, then the conflicts and the tensions, worst first (the subjects whose findings
/// involve the most articles, then the most findings, then by key), each with its worst finding and the articles that
/// finding names. At most <see cref="PerVerdict"/> subjects per verdict, then "and N more"; detailed lists every subject
/// and every finding of its verdict.
/// </summary>
internal static class CheckSummary
{
    /// <summary>Most subjects listed per verdict unless detailed.</summary>
    public const int PerVerdict = 20;

    /// <summary>Most articles named per finding; the rest are counted.</summary>
    private const int ArticlesNamed = 6;

    private static readonly (string Verdict, string Word, Tone Tone)[] Listed =
    [
        ("conflict", "conflict", Tone.Conflict),
        ("tension", "tension ", Tone.Tension),
    ];

    public static void Print(Report report, TerminalSafeWriter output, bool detailed)
    {
        PrintTotals(report.Totals, output);
        foreach (var (verdict, word, tone) in Listed)
        {
            var ranked = Ranked(report, verdict);
            var shown = detailed ? ranked.Count : Math.Min(PerVerdict, ranked.Count);
            foreach (var (subject, findings) in ranked.Take(shown))
            {
                output.Write("  ");
                output.Write(word, tone);
                output.Write("  ");
                output.Write(subject.Key, Tone.Strong);
                if (findings.Count == 0)
                {
                    output.WriteLine();
                    continue;
                }

                output.Write(": ");
                PrintFinding(findings[0], output);
                // Detailed: every further finding of the verdict, under the first, where the message column starts.
                foreach (var finding in findings.Skip(detailed ? 1 : int.MaxValue))
                {
                    output.Write(new string(' ', 12));
                    PrintFinding(finding, output);
                }
            }

            if (ranked.Count > shown)
            {
                output.WriteLine($"  and {Plural.Count(ranked.Count - shown, "more " + verdict, "more " + verdict + "s")} (--verbosity detailed lists them)", Tone.Faint);
            }
        }
    }

    /// <summary>The subjects of <paramref name="verdict"/>, worst first, each with its findings of that verdict (worst first).</summary>
    private static List<(ReportSubject Subject, List<ReportFinding> Findings)> Ranked(Report report, string verdict) =>
        [.. report.SubjectsWithVerdict(verdict)
            .Select(s => (Subject: s, Findings: s.Findings.Where(f => f.Kind == verdict).ToList()))
            .OrderByDescending(x => x.Findings.SelectMany(Articles).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(x => x.Findings.Count)
            .ThenBy(x => x.Subject.Key, StringComparer.Ordinal)];

    private static void PrintTotals(ReportTotals s, TerminalSafeWriter output)
    {
        output.Write($"{Plural.Count(s.Sources, "source")}, {Plural.Count(s.Claims, "claim")}, {Plural.Count(s.Subjects, "subject")}: ");
        output.Write(Plural.Count(s.Conflicts, "conflict"), s.Conflicts > 0 ? Tone.Conflict : Tone.Plain);
        output.Write(", ");
        output.Write(Plural.Count(s.Tensions, "tension"), s.Tensions > 0 ? Tone.Tension : Tone.Plain);
        output.Write($", {Plural.Count(s.Agreements, "agreement")}, {s.Consistent} consistent, {s.Unchecked} unchecked, {s.SingleSource} single-source; ");
        output.Write(Plural.Count(s.Errors, "error"), s.Errors > 0 ? Tone.Error : Tone.Plain);
        output.Write(", ");
        output.WriteLine(Plural.Count(s.Warnings, "warning"), s.Warnings > 0 ? Tone.Warning : Tone.Plain);
    }

    private static void PrintFinding(ReportFinding finding, TerminalSafeWriter output)
    {
        output.Write(finding.Message);
        var articles = Articles(finding).ToList();
        if (articles.Count == 0)
        {
            output.WriteLine();
            return;
        }

        var named = string.Join(", ", articles.Take(ArticlesNamed));
        var rest = articles.Count > ArticlesNamed ? $" and {articles.Count - ArticlesNamed} more" : "";
        output.WriteLine($" [{named}{rest}]", Tone.Faint);
    }

    /// <summary>The articles (source ids) whose claims the finding names, each once, in the finding's order.</summary>
    private static IEnumerable<string> Articles(ReportFinding finding) => finding.Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal);
}
