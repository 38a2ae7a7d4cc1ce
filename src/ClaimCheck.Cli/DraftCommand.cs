using ClaimCheck.Core;
using System.CommandLine;
using System.Text;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck draft ARTICLE... [--corpus DIR] [-o FILE | --out DIR] [--force]</c>: a claim file from an article.</summary>
internal static class DraftCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Build(Session session)
    {
        var articles = new Argument<string[]>("ARTICLE") { Description = "Article files: .txt, .md or .html (saved pages; URLs are not fetched)", Arity = ArgumentArity.OneOrMore };
        var corpus = new Option<string[]>("--corpus") { HelpName = "DIR", Description = "A corpus whose subject keys the draft's claims should use", AllowMultipleArgumentsPerToken = true };
        var file = new Option<FileInfo?>("--output", "-o") { HelpName = "FILE", Description = "Write the claim file here (one article)" };
        var folder = new Option<DirectoryInfo?>("--out") { HelpName = "DIR", Description = "Write one claim file per article here, named SOURCE-ID.yaml" };
        var force = new Option<bool>("--force") { Description = "Replace claim files that exist" };
        var command = new Command("draft", "Draft a claim file from an article: one claim per figure, the sentence as quote, period, status and subject key proposed")
        {
            articles, corpus, file, folder, force,
        };
        command.SetAction(parsed => Run(parsed.GetValue(articles)!, parsed.GetValue(corpus) ?? [], parsed.GetValue(file), parsed.GetValue(folder), parsed.GetValue(force), session));
        return command;
    }

    private static int Run(string[] articles, string[] corpusPaths, FileInfo? file, DirectoryInfo? folder, bool force, Session session)
    {
        if (file is not null && folder is not null)
        {
            session.Fail("give -o FILE or --out DIR, not both");
            return ExitCodes.InvalidInput;
        }

        if (file is not null && articles.Length > 1)
        {
            session.Fail("-o FILE takes one article; use --out DIR for several");
            return ExitCodes.InvalidInput;
        }

        if (file is null && folder is null && articles.Length > 1)
        {
            session.Fail("several articles need --out DIR (one claim file each)");
            return ExitCodes.InvalidInput;
        }

        var drafter = ArticleDrafts.WithoutCorpus;
        if (corpusPaths.Length > 0)
        {
            var corpus = ClaimChecker.Load(corpusPaths);
            if (corpus.HasErrors)
            {
                session.PrintDiagnostics(corpus.Diagnostics);
                session.Fail("the corpus has errors; fix them before drafting against it");
                return ExitCodes.InvalidInput;
            }

            drafter = ArticleDrafts.Against(corpus);
        }

        var failed = false;
        var drafts = new List<(string Target, string Yaml)>();
        foreach (var path in articles)
        {
            var display = Session.Shown(path);
            if (ArticleDrafts.IsUrl(path))
            {
                Problem(session, path, 1, 1, DiagnosticDescriptors.DraftGivenUrl, $"'{path}' is a URL; claimcheck never fetches pages: save the page (or its text) to a file and draft that");
                failed = true;
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            var sourceId = ArticleDrafts.SourceIdFor(name);
            var target = file?.FullName ?? (folder is null ? null : Path.Combine(folder.FullName, sourceId + ".yaml"));
            var baseFolder = target is null ? Environment.CurrentDirectory : Path.GetDirectoryName(target)!;
            var textPath = Path.GetRelativePath(baseFolder, Path.GetFullPath(path)).Replace('\\', '/');
            var (yaml, problem) = drafter.Draft(Path.GetFullPath(path), display, sourceId, textPath, name);
            if (yaml is null)
            {
                session.PrintDiagnostics([problem!]);
                failed = true;
                continue;
            }

            if (target is null)
            {
                TerminalSafeWriter.WriteDocument(session.Out, yaml); // a file the tool made, printed whole
                continue;
            }

            if (File.Exists(target) && !force)
            {
                Problem(session, Session.Shown(target), 1, 1, DiagnosticDescriptors.DraftWouldOverwrite, "the file exists; not overwritten (use --force to replace it)");
                failed = true;
                continue;
            }

            if (Path.GetFullPath(target) == Path.GetFullPath(path))
            {
                Problem(session, display, 1, 1, DiagnosticDescriptors.DraftWouldOverwrite, "the claim file would replace the article itself; choose another -o FILE");
                failed = true;
                continue;
            }

            drafts.Add((target, yaml));
        }

        foreach (var (target, yaml) in drafts)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Written beside the target and moved into place, so a failure leaves no partial claim file.
            var temporary = target + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(temporary, yaml, Utf8NoBom);
            File.Move(temporary, target, overwrite: true);
            session.Wrote(Session.Shown(target));
        }

        return failed ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    /// <summary>An error about an article or a draft's target, printed as every diagnostic is.</summary>
    private static void Problem(Session session, string file, int line, int column, DiagnosticDescriptor descriptor, string message) =>
        session.PrintDiagnostics([descriptor.At(new SourcePosition(file, line, column), message)]);
}
