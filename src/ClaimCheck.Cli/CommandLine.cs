using System.CommandLine;
using System.Reflection;
using ClaimCheck.Loading;
using ClaimCheck.Core;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command line: parses arguments and calls the library, nothing more.</summary>
internal static class CommandLine
{
    /// <summary>Runs <c>claimcheck</c> with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Input text never reaches the terminal raw (contract section 2): every line goes through one escaping writer.
        output = output as TerminalSafeWriter ?? new TerminalSafeWriter(output);
        error = error as TerminalSafeWriter ?? new TerminalSafeWriter(error);
        var root = BuildCommands(output, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var problem in parsed.Errors) error.WriteLine("claimcheck: " + problem.Message);
            error.WriteLine("Run 'claimcheck --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Writing a report can fail on the user's side (a folder that is not there, no permission).
            error.WriteLine("claimcheck: " + ex.Message);
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

    private static RootCommand BuildCommands(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ClaimCheck: where articles contradict each other, agree, or stand in tension, from YAML claim files.");
        root.Subcommands.Add(ValidateCommand(output, error));
        root.Subcommands.Add(NewCommand(output, error));
        root.Subcommands.Add(DraftCommand.Build(output, error));
        foreach (var command in ReportCommands.Build(output, error)) root.Subcommands.Add(command);
        return root;
    }

    internal static Argument<string[]> PathsArgument() => new("PATH")
    {
        Description = "Claim files, registries, or folders searched recursively for *.yaml and *.yml",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command ValidateCommand(TextWriter output, TextWriter error)
    {
        var paths = PathsArgument();
        var command = new Command("validate", "Load and validate claim files and registries; print every diagnostic") { paths };
        command.SetAction(parsed =>
        {
            var corpus = ClaimCheck.Engine.Validate(parsed.GetValue(paths)!);
            PrintDiagnostics(corpus.Diagnostics, error);
            var errors = corpus.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = corpus.Diagnostics.Length - errors;
            output.WriteLine($"{Plural.Count(corpus.Sources.Length, "source")}, {Plural.Count(corpus.Claims.Length, "claim")}, {Plural.Count(corpus.Registry.Subjects.Count, "registry subject")}: {Plural.Count(errors, "error")}, {Plural.Count(warnings, "warning")}");
            return errors > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    private static Command NewCommand(TextWriter output, TextWriter error)
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
                text = ClaimFileSkeleton.Create(sourceId);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine("claimcheck: " + ex.Message.Split(" (Parameter")[0]);
                return ExitCodes.InvalidInput;
            }

            if (parsed.GetValue(file) is not { } target)
            {
                TerminalSafeWriter.WriteDocument(output, text); // a file the tool made, printed whole
                return ExitCodes.Success;
            }

            if (target.Exists)
            {
                error.WriteLine($"claimcheck: {target.Name} exists; not overwritten");
                return ExitCodes.InvalidInput;
            }

            target.Directory?.Create();
            File.WriteAllText(target.FullName, text);
            output.WriteLine($"wrote {CorpusPath(target.FullName)}");
            // The skeleton's $schema names the schema beside it: give it one, so editors check keys outside this repository too.
            var schema = Path.Combine(target.DirectoryName!, "claimcheck.schema.json");
            if (!File.Exists(schema))
            {
                File.WriteAllText(schema, ClaimFileSkeleton.Schema);
                output.WriteLine($"wrote {CorpusPath(schema)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    internal static void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics) error.WriteLine(diagnostic.ToString());
    }

    internal static string CorpusPath(string fullPath) => Core.DisplayPath.Of(fullPath);
}
