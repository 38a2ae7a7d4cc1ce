using System.CommandLine;

namespace ClaimCheck.Cli;

/// <summary>The commands that need the engine: check and subjects (wired when the engine lands).</summary>
internal static class ReportCommands
{
    public static IEnumerable<Command> Build(TextWriter output, TextWriter error) => [];
}
