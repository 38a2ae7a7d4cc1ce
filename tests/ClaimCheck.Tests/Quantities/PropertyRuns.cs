using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace ClaimCheck.Tests.Quantities;

/// <summary>
/// How many cases a property test runs and from which seed. A fixed seed by default keeps CI reproducible;
/// <c>CLAIMCHECK_PROPERTY_SEED=random</c> (or a number) and <c>CLAIMCHECK_PROPERTY_RUNS=N</c> (a multiplier)
/// turn the same tests into an exploration, as scripts/fuzz.sh does for the parsers.
/// </summary>
internal static class PropertyRuns
{
    private const ulong DefaultSeed = 20261202;
    private const ulong Gamma = 0x9E3779B97F4A7C15; // FsCheck's split-mix gamma must be odd.

    public static Config Configure(Config config, int cases)
    {
        var multiplier = int.TryParse(Environment.GetEnvironmentVariable("CLAIMCHECK_PROPERTY_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : 1;
        config = config.WithMaxTest(checked(cases * multiplier));
        var seedText = Environment.GetEnvironmentVariable("CLAIMCHECK_PROPERTY_SEED");
        if (string.Equals(seedText, "random", StringComparison.OrdinalIgnoreCase))
            return config.WithReplay(FSharpOption<Replay>.None);
        var seed = ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        return config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, Gamma), FSharpOption<int>.None)));
    }
}
