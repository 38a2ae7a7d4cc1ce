using System.Globalization;
using System.Text.RegularExpressions;

using ClaimCheck.Core;

namespace ClaimCheck.Loading;

/// <summary>The syntax rules of the contract, in one place.</summary>
internal static partial class Syntax
{
    /// <summary>Source and claim ids: <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public static bool IsId(string text) => IdPattern().IsMatch(text);

    /// <summary>Subject keys: dotted segments, each <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public static bool IsSubjectKey(string text) => SubjectKeyPattern().IsMatch(text);

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string text) => WebAddress.IsHttp(text);

    /// <summary>A real calendar date written <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A date an article can be published on: a real <c>YYYY-MM-DD</c> date from year 2 on. The year-1 dates are real, but
    /// the article's present (the twelve months up to its date) would begin before the calendar does, so none can anchor it.
    /// </summary>
    public static bool TryParsePublished(string text, out DateOnly date) => TryParseDate(text, out date) && date.Year > 1;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectKeyPattern();
}
