using System.Globalization;

namespace ClaimCheck.Cli;

/// <summary>Counts as people write them: "1 source", "2 sources", never "1 sources".</summary>
internal static class Plural
{
    /// <summary><paramref name="count"/> and the noun, singular for exactly one (<paramref name="many"/> defaults to <paramref name="one"/> + "s").</summary>
    public static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {(count == 1 ? one : many ?? one + "s")}");
}
