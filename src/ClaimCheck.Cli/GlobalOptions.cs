using System.CommandLine;

namespace ClaimCheck.Cli;

/// <summary>Options every command takes (anywhere on the line): how much to print, and whether in colour.</summary>
internal sealed class GlobalOptions
{
    private static readonly string[] Levels = ["quiet", "normal", "detailed"];

    public GlobalOptions() =>
        Quiet.Validators.Add(result =>
        {
            if (result.GetValue(Quiet) && result.GetValue(Verbosity) is { } level && !level.Equals("quiet", StringComparison.OrdinalIgnoreCase))
                result.AddError($"-q means --verbosity quiet; give one of them, not -q with --verbosity {level}");
        });

    /// <summary><c>--verbosity quiet|normal|detailed</c> (case-insensitive).</summary>
    public Option<string?> Verbosity { get; } = Words.Level(new Option<string?>("--verbosity")
    {
        HelpName = "quiet|normal|detailed",
        Description = "How much to print: quiet (errors only), normal (the default), detailed (every subject and finding)",
        Recursive = true,
    }, Levels);

    /// <summary><c>-q</c>, <c>--quiet</c>: <c>--verbosity quiet</c>.</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only (--verbosity quiet)", Recursive = true };

    /// <summary><c>--no-color</c>: no colour even on a terminal (as <c>NO_COLOR</c> does).</summary>
    public Option<bool> NoColour { get; } = new("--no-color") { Description = "No colour, also on a terminal (as the NO_COLOR variable)", Recursive = true };

    /// <summary>Every global option.</summary>
    public IEnumerable<Option> All => [Verbosity, Quiet, NoColour];

    /// <summary>The verbosity the parsed line asks for (normal when it asks for none, or for one that is not a level).</summary>
    public Cli.Verbosity VerbosityOf(ParseResult parsed)
    {
        if (parsed.GetValue(Quiet)) return Cli.Verbosity.Quiet;
        return parsed.GetValue(Verbosity)?.ToLowerInvariant() switch
        {
            "quiet" => Cli.Verbosity.Quiet,
            "detailed" => Cli.Verbosity.Detailed,
            _ => Cli.Verbosity.Normal,
        };
    }
}

/// <summary>Options whose value is one word of a fixed few.</summary>
internal static class Words
{
    /// <summary>Makes <paramref name="option"/> accept only <paramref name="words"/>, in any case; a typo is told the word it likely meant.</summary>
    public static Option<T> Level<T>(Option<T> option, string[] words)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is null || words.Contains(value, StringComparer.OrdinalIgnoreCase)) return;
            var hint = ClaimChecker.DidYouMean(value, words) is { } close ? $"; did you mean '{close}'?" : "";
            result.AddError($"'{value}' is not a {option.Name} level ({string.Join(", ", words)}){hint}");
        });
        return option;
    }
}
