using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Loading;

/// <summary>The syntax rules of the contract, in one place.</summary>
internal static partial class Syntax
{
    /// <summary>Source and claim ids: <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public static bool IsId(string text) => IdPattern().IsMatch(text);

    /// <summary>Subject keys: dotted segments, each <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public static bool IsSubjectKey(string text) => SubjectKeyPattern().IsMatch(text);

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>A real calendar date written <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectKeyPattern();
}
