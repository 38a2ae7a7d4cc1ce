using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ClaimCheck.Cli;

/// <summary>
/// What is wrong with a command line, said so a person can fix it: a mistyped command or option is named with the one
/// likely meant ("unknown command 'chek'; did you mean 'check'?"). System.CommandLine would bind an unknown
/// <c>--jsn</c> as a PATH (its typo corrections only run inside its own error action, printed to standard output with
/// the whole help), so unknown options are found here: a token starting with '-' where a path or id was expected.
/// A path that starts with '-' goes after <c>--</c>.
/// </summary>
internal static class Usage
{
    /// <summary>Every usage problem of <paramref name="parsed"/>; empty when it may run (help, too, always may).</summary>
    public static IReadOnlyList<string> Problems(ParseResult parsed, RootCommand root)
    {
        if (parsed.Action is HelpAction) return [];
        var command = parsed.CommandResult.Command;
        var beforeDoubleDash = parsed.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash).ToList();
        var stray = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
            .Where(t => beforeDoubleDash.Any(b => ReferenceEquals(b, t)))
            .Select(t => t.Value)
            .Concat(parsed.UnmatchedTokens)
            .ToList();

        var typos = new List<string>();
        if (ReferenceEquals(command, root) && stray.FirstOrDefault(t => !LooksLikeOption(t)) is { } word)
        {
            var commands = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
            typos.Add(ClaimChecker.DidYouMean(word, commands) is { } close
                ? $"unknown command '{word}'; did you mean '{close}'?"
                : $"unknown command '{word}'; the commands are {string.Join(", ", commands)}");
        }

        foreach (var option in stray.Where(LooksLikeOption).Distinct(StringComparer.Ordinal))
        {
            var names = root.Options.Where(o => o.Recursive).Concat(command.Options).Where(o => !o.Hidden)
                .SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal).ToArray();
            var where = ReferenceEquals(command, root) ? "" : $" for '{command.Name}'";
            typos.Add(ClaimChecker.DidYouMean(option, names) is { } close
                ? $"unknown option '{option}'{where}; did you mean '{close}'?"
                : $"unknown option '{option}'{where} (a path that starts with '-' goes after '--')");
        }

        // A typo explains the parser's own errors that follow from it ("Unrecognized command or argument", "Required
        // command was not provided"): say only the typo then.
        return typos.Count > 0 ? typos : [.. parsed.Errors.Select(e => e.Message)];
    }

    /// <summary>The command the line names, as typed: <c>claimcheck</c> or <c>claimcheck check</c>.</summary>
    public static string CommandPath(ParseResult parsed) =>
        parsed.CommandResult.Parent is null ? "claimcheck" : "claimcheck " + parsed.CommandResult.Command.Name;

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';
}
