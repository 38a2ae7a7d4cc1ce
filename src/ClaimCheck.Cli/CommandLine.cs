using System.CommandLine;
using ClaimCheck.Core;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command line: parses arguments and calls the library, nothing more.</summary>
internal static class CommandLine
{
    /// <summary>Runs <c>claimcheck</c> as a test does: both streams redirected, so no colour and no progress.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Terminal.Redirected);

    /// <summary>Runs <c>claimcheck</c> with <paramref name="args"/> on streams that go where <paramref name="terminal"/> says; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Terminal terminal)
    {
        // Input text never reaches the terminal raw (contract section 2): every line goes through one escaping writer.
        var session = new Session(output, error, terminal);
        var global = new GlobalOptions();
        var root = BuildCommands(session, global);
        var parsed = root.Parse(args);
        session.Configure(parsed.GetValue(global.NoColour), global.VerbosityOf(parsed));
        if (Usage.Problems(parsed, root) is { Count: > 0 } problems)
        {
            foreach (var problem in problems) session.Fail(problem);
            session.Error.WriteLine($"Run '{Usage.CommandPath(parsed)} --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = session.Out, Error = session.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Writing a report can fail on the user's side (a folder that is not there, no permission).
            session.Fail(ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (IsOutOfMemory(ex))
        {
            // Never a stack trace (contract section 2): say what happened and what to do; no report was replaced.
            error.WriteLine("claimcheck: out of memory; earlier reports are left as they were. Check fewer files at once, or give the process more memory");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex)
        {
            error.WriteLine($"claimcheck: internal error ({ex.GetType().Name}): {ex.Message}; earlier reports are left as they were. Please report it with the input that caused it");
            return ExitCodes.InvalidInput;
        }
    }

    // Parallel stages wrap what their threads threw: out of memory on any of them is out of memory.
    private static bool IsOutOfMemory(Exception ex) =>
        ex is OutOfMemoryException || (ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(e => e is OutOfMemoryException));

    /// <summary>The version printed by <c>--version</c> and written into reports.</summary>
    public static string Version => Core.ToolVersion.Current;

    private static RootCommand BuildCommands(Session session, GlobalOptions global)
    {
        var root = new RootCommand("ClaimCheck: where articles contradict each other, agree, or stand in tension, from YAML claim files.");
        foreach (var option in global.All) root.Options.Add(option);
        root.Subcommands.Add(ValidateCommand(session));
        root.Subcommands.Add(NewCommand(session));
        root.Subcommands.Add(DraftCommand.Build(session));
        foreach (var command in ReportCommands.Build(session)) root.Subcommands.Add(command);
        return root;
    }

    internal static Argument<string[]> PathsArgument() => new("PATH")
    {
        Description = "Claim files, registries, or folders searched recursively for *.yaml and *.yml",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command ValidateCommand(Session session)
    {
        var paths = PathsArgument();
        var command = new Command("validate", "Load and validate claim files and registries; print every diagnostic") { paths };
        command.SetAction(parsed =>
        {
            var corpus = ProgressDisplay.Run(session, progress => ClaimChecker.Validate(parsed.GetValue(paths)!, progress));
            session.PrintDiagnostics(corpus.Diagnostics);
            var errors = corpus.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = corpus.Diagnostics.Length - errors;
            session.Summary($"{Plural.Count(corpus.Sources.Length, "source")}, {Plural.Count(corpus.Claims.Length, "claim")}, {Plural.Count(corpus.RegistrySubjects, "registry subject")}: {Plural.Count(errors, "error")}, {Plural.Count(warnings, "warning")}");
            return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static Command NewCommand(Session session)
    {
        var id = new Argument<string>("SOURCE-ID") { Description = "The new source's id: lowercase letters, digits and '-'" };
        var file = new Option<FileInfo?>("--output", "-o") { HelpName = "FILE", Description = "Write the skeleton to this file instead of printing it" };
        var command = new Command("new", "Print (or write with -o) a commented claim-file skeleton") { id, file };
        command.SetAction(parsed =>
        {
            var sourceId = parsed.GetValue(id)!;
            string text;
            try
            {
                text = ClaimChecker.NewClaimFile(sourceId);
            }
            catch (ArgumentException ex)
            {
                session.Fail(ex.Message.Split(" (Parameter")[0]);
                return ExitCodes.InvalidInput;
            }

            if (parsed.GetValue(file) is not { } target)
            {
                TerminalSafeWriter.WriteDocument(session.Out, text); // a file the tool made, printed whole
                return ExitCodes.Success;
            }

            if (target.Exists)
            {
                session.Fail($"{target.Name} exists; not overwritten");
                return ExitCodes.InvalidInput;
            }

            target.Directory?.Create();
            File.WriteAllText(target.FullName, text);
            session.Wrote(Session.Shown(target.FullName));
            // The skeleton's $schema names the schema beside it: give it one, so editors check keys outside this repository too.
            var schema = Path.Combine(target.DirectoryName!, "claimcheck.schema.json");
            if (!File.Exists(schema))
            {
                File.WriteAllText(schema, ClaimChecker.ClaimFileSchema);
                session.Wrote(Session.Shown(schema));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
